"""Qt widgets. Widgets call services; nothing here writes SQL."""
