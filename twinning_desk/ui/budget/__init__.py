"""The Budget tab: budget lines, subsidies and the budget workbook export."""
