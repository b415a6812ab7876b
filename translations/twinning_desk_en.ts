<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>as the committee calls it, if not the type</source>
        <translation>as the committee calls it, if not the type</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14/07/1985, 1985 or 2001-2002</translation>
    </message>
    <message>
        <source>A French version of the agreement exists</source>
        <translation>A French version of the agreement exists</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Wording</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Signed</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Si&amp;gnatories</source>
        <translation>Si&amp;gnatories</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Expiry</translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation>&amp;Renewal</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Read-only file</source>
        <translation>Read-only file</translation>
    </message>
    <message>
        <source>{path} cannot be written to, so it opens read-only.</source>
        <translation>{path} cannot be written to, so it opens read-only.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation>Restore the last good backup</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>No sound backup of this file was found.</source>
        <translation>No sound backup of this file was found.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The copy of {date} was restored. The damaged file was kept beside it, renamed.</source>
        <translation>The copy of {date} was restored. The damaged file was kept beside it, renamed.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>The file used last time, {last}, cannot be found (a USB stick or network folder that is not connected?). Opening {default} instead; use File › Open database once the file is back.</source>
        <translation>The file used last time, {last}, cannot be found (a USB stick or network folder that is not connected?). Opening {default} instead; use File › Open database once the file is back.</translation>
    </message>
    <message>
        <source>You can set up your commune later in Edit › Settings; distances to partners are shown once its position is known.</source>
        <translation>You can set up your commune later in Edit › Settings; distances to partners are shown once its position is known.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>New budget line</translation>
    </message>
    <message>
        <source>The account of the associations&apos; chart of accounts (60 to 87), as the subsidy form (Cerfa) asks: 6x for charges, 7x for income, 86 and 87 for contributions in kind (volunteering, rooms lent). The workbook groups the lines by these accounts.</source>
        <translation>The account of the associations&apos; chart of accounts (60 to 87), as the subsidy form (Cerfa) asks: 6x for charges, 7x for income, 86 and 87 for contributions in kind (volunteering, rooms lent). The workbook groups the lines by these accounts.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(no delegation)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Label *</source>
        <translation>&amp;Label *</translation>
    </message>
    <message>
        <source>&amp;Forecast (€)</source>
        <translation>&amp;Forecast (€)</translation>
    </message>
    <message>
        <source>&amp;Actual (€)</source>
        <translation>&amp;Actual (€)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Payee or payer</source>
        <translation>&amp;Payee or payer</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Receipt</translation>
    </message>
    <message>
        <source>F&amp;under (income)</source>
        <translation>F&amp;under (income)</translation>
    </message>
    <message>
        <source>Linked &amp;event</source>
        <translation>Linked &amp;event</translation>
    </message>
    <message>
        <source>Linked dele&amp;gation</source>
        <translation>Linked dele&amp;gation</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <source>Amount in that c&amp;urrency</source>
        <translation>Amount in that c&amp;urrency</translation>
    </message>
    <message>
        <source>E&amp;xchange rate (€ per unit)</source>
        <translation>E&amp;xchange rate (€ per unit)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>No amount yet.</source>
        <translation>No amount yet.</translation>
    </message>
    <message>
        <source>Delete budget line {label}</source>
        <translation>Delete budget line {label}</translation>
    </message>
    <message>
        <source>New fiscal &amp;year…</source>
        <translation>New fiscal &amp;year…</translation>
    </message>
    <message>
        <source>Expenses and income</source>
        <translation>Expenses and income</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>Search a label, a payee, a receipt…</source>
        <translation>Search a label, a payee, a receipt…</translation>
    </message>
    <message>
        <source>New subsidy &amp;request…</source>
        <translation>New subsidy &amp;request…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>&amp;New line…</source>
        <translation>&amp;New line…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Start from last year&apos;s &amp;forecast</source>
        <translation>Start from last year&apos;s &amp;forecast</translation>
    </message>
    <message>
        <source>E&amp;xport the Excel workbook…</source>
        <translation>E&amp;xport the Excel workbook…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>The forecast is balanced.</source>
        <translation>The forecast is balanced.</translation>
    </message>
    <message>
        <source>The forecast is not balanced: income minus expenses is {gap}.</source>
        <translation>The forecast is not balanced: income minus expenses is {gap}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expenses&lt;/b&gt; forecast {cf}, actual {ca} — &lt;b&gt;Income&lt;/b&gt; forecast {pf}, actual {pa}&lt;br&gt;&lt;b&gt;Result of the year&lt;/b&gt;: {result}. {balance}</source>
        <translation>&lt;b&gt;Expenses&lt;/b&gt; forecast {cf}, actual {ca} — &lt;b&gt;Income&lt;/b&gt; forecast {pf}, actual {pa}&lt;br&gt;&lt;b&gt;Result of the year&lt;/b&gt;: {result}. {balance}</translation>
    </message>
    <message>
        <source>Financial reports due: {items}</source>
        <translation>Financial reports due: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line(s)</numerusform>
            <numerusform>%n line(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget line saved.</source>
        <translation>Budget line saved.</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Delete budget line</translation>
    </message>
    <message>
        <source>Delete “{label}”?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Delete “{label}”?

You can undo this with Edit › Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New fiscal year</source>
        <translation>New fiscal year</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>There is no fiscal year {year} to start from.</source>
        <translation>There is no fiscal year {year} to start from.</translation>
    </message>
    <message>
        <source>Start from last year</source>
        <translation>Start from last year</translation>
    </message>
    <message>
        <source>Copy the forecast lines of {previous} into {year} (actual amounts left empty)?</source>
        <translation>Copy the forecast lines of {previous} into {year} (actual amounts left empty)?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied.</source>
        <translation>
            <numerusform>%n line(s) copied.</numerusform>
            <numerusform>%n line(s) copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the budget workbook</source>
        <translation>Export the budget workbook</translation>
    </message>
    <message>
        <source>budget-{year}.xlsx</source>
        <translation>budget-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Budget exported to {path}, with the Cerfa sheets of {action}.</source>
        <translation>Budget exported to {path}, with the Cerfa sheets of {action}.</translation>
    </message>
    <message>
        <source>Budget exported to {path}.</source>
        <translation>Budget exported to {path}.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>External services</translation>
    </message>
    <message>
        <source>Other external services</source>
        <translation>Other external services</translation>
    </message>
    <message>
        <source>Travel, missions and receptions</source>
        <translation>Travel, missions and receptions</translation>
    </message>
    <message>
        <source>Advertising, publications</source>
        <translation>Advertising, publications</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>Staff costs</translation>
    </message>
    <message>
        <source>Other current management costs</source>
        <translation>Other current management costs</translation>
    </message>
    <message>
        <source>Financial costs</source>
        <translation>Financial costs</translation>
    </message>
    <message>
        <source>Exceptional costs</source>
        <translation>Exceptional costs</translation>
    </message>
    <message>
        <source>Depreciation and provisions</source>
        <translation>Depreciation and provisions</translation>
    </message>
    <message>
        <source>Sales, services</source>
        <translation>Sales, services</translation>
    </message>
    <message>
        <source>Operating subsidies</source>
        <translation>Operating subsidies</translation>
    </message>
    <message>
        <source>Subsidy: State</source>
        <translation>Subsidy: State</translation>
    </message>
    <message>
        <source>Subsidy: Region</source>
        <translation>Subsidy: Region</translation>
    </message>
    <message>
        <source>Subsidy: Département</source>
        <translation>Subsidy: Département</translation>
    </message>
    <message>
        <source>Subsidy: Intercommunality</source>
        <translation>Subsidy: Intercommunality</translation>
    </message>
    <message>
        <source>Subsidy: Commune</source>
        <translation>Subsidy: Commune</translation>
    </message>
    <message>
        <source>Subsidy: European funds</source>
        <translation>Subsidy: European funds</translation>
    </message>
    <message>
        <source>Subsidy: other</source>
        <translation>Subsidy: other</translation>
    </message>
    <message>
        <source>Other current management income</source>
        <translation>Other current management income</translation>
    </message>
    <message>
        <source>Membership dues</source>
        <translation>Membership dues</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donations</translation>
    </message>
    <message>
        <source>Financial income</source>
        <translation>Financial income</translation>
    </message>
    <message>
        <source>Exceptional income</source>
        <translation>Exceptional income</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Write-backs</translation>
    </message>
    <message>
        <source>Use of voluntary contributions in kind</source>
        <translation>Use of voluntary contributions in kind</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Voluntary contributions in kind</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <source>Interrupted; nothing more was written.</source>
        <translation>Interrupted; nothing more was written.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details: {log}</source>
        <translation>Unexpected error: {error}. Details: {log}</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; add --read-only to read it anyway, or wait until they close it.</source>
        <translation>Error: {path} is in use by {user} on {host} since {since}; add --read-only to read it anyway, or wait until they close it.</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; wait until they close it, then try again.</source>
        <translation>Error: {path} is in use by {user} on {host} since {since}; wait until they close it, then try again.</translation>
    </message>
    <message>
        <source>Error: {path} does not exist.</source>
        <translation>Error: {path} does not exist.</translation>
    </message>
    <message>
        <source>Damaged: {path}: {reason}</source>
        <translation>Damaged: {path}: {reason}</translation>
    </message>
    <message>
        <source>OK: {path} ({partners} partners, {events} events, {delegations} delegations, {lines} budget lines)</source>
        <translation>OK: {path} ({partners} partners, {events} events, {delegations} delegations, {lines} budget lines)</translation>
    </message>
    <message>
        <source>Error: a shared database is restored on the server (pg_restore), or filled from a backup file with twinning-desk copy FILE ADDRESS into an empty database; nothing was changed.</source>
        <translation>Error: a shared database is restored on the server (pg_restore), or filled from a backup file with twinning-desk copy FILE ADDRESS into an empty database; nothing was changed.</translation>
    </message>
    <message>
        <source>Error: the backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>Error: the backup {path} is damaged ({reason}); nothing was restored.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the damaged file was kept as {damaged}.</source>
        <translation>Restored {backup} into {path}; the damaged file was kept as {damaged}.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the previous state was backed up first (twinning-desk restore can bring it back).</source>
        <translation>Restored {backup} into {path}; the previous state was backed up first (twinning-desk restore can bring it back).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>[{index}/{count}] {table}, rows: {rows}</source>
        <translation>[{index}/{count}] {table}, rows: {rows}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and checked it (row count and checksum of each table): tables: {tables}, rows: {rows}.</source>
        <translation>Copied {source} to {target} and checked it (row count and checksum of each table): tables: {tables}, rows: {rows}.</translation>
    </message>
    <message>
        <source>owner (upgrades the tables with a new version)</source>
        <translation>owner (upgrades the tables with a new version)</translation>
    </message>
    <message>
        <source>editor (reads and writes)</source>
        <translation>editor (reads and writes)</translation>
    </message>
    <message>
        <source>reader (reads and prints only)</source>
        <translation>reader (reads and prints only)</translation>
    </message>
    <message>
        <source>{kind}: {name} (it existed; its password was kept)</source>
        <translation>{kind}: {name} (it existed; its password was kept)</translation>
    </message>
    <message>
        <source>{kind}: {name}, password: {password}</source>
        <translation>{kind}: {name}, password: {password}</translation>
    </message>
    <message>
        <source>The passwords are shown this once and kept nowhere: give each to its person, who types it when connecting.</source>
        <translation>The passwords are shown this once and kept nowhere: give each to its person, who types it when connecting.</translation>
    </message>
    <message>
        <source>Home commune set: {name} ({country}) in {path}</source>
        <translation>Home commune set: {name} ({country}) in {path}</translation>
    </message>
    <message>
        <source>Demo commune created in {path}: {count} partners.</source>
        <translation>Demo commune created in {path}: {count} partners.</translation>
    </message>
    <message>
        <source>Error: no column for {fields} in {file}.</source>
        <translation>Error: no column for {fields} in {file}.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}.</source>
        <translation>Dry run, nothing written: {summary}.</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Imported: {summary}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>expected a year from {low} to {high}, not “{value}”</source>
        <translation>expected a year from {low} to {high}, not “{value}”</translation>
    </message>
    <message>
        <source>expected an id, a whole number from {low}, not “{value}”</source>
        <translation>expected an id, a whole number from {low}, not “{value}”</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>database file (default: the user data folder), or a shared database&apos;s address, postgresql://user@server/database</source>
        <translation>database file (default: the user data folder), or a shared database&apos;s address, postgresql://user@server/database</translation>
    </message>
    <message>
        <source>language of the interface and messages</source>
        <translation>language of the interface and messages</translation>
    </message>
    <message>
        <source>read the file without taking it, even while the app has it open</source>
        <translation>read the file without taking it, even while the app has it open</translation>
    </message>
    <message>
        <source>CSV: the decimal mark, comma (with ; between cells) or dot (with ,); default: the language&apos;s</source>
        <translation>CSV: the decimal mark, comma (with ; between cells) or dot (with ,); default: the language&apos;s</translation>
    </message>
    <message>
        <source>show the version and the data folder, then exit</source>
        <translation>show the version and the data folder, then exit</translation>
    </message>
    <message>
        <source>set the home commune of a new database</source>
        <translation>set the home commune of a new database</translation>
    </message>
    <message>
        <source>ISO code or name, e.g. FR</source>
        <translation>ISO code or name, e.g. FR</translation>
    </message>
    <message>
        <source>fill an empty database with a demo commune</source>
        <translation>fill an empty database with a demo commune</translation>
    </message>
    <message>
        <source>import partners from .xlsx or .csv</source>
        <translation>import partners from .xlsx or .csv</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>show what would be imported</translation>
    </message>
    <message>
        <source>budget: the fiscal year (default: current)</source>
        <translation>budget: the fiscal year (default: current)</translation>
    </message>
    <message>
        <source>budget: the file&apos;s decimal mark, comma or dot (default: read from its amounts)</source>
        <translation>budget: the file&apos;s decimal mark, comma or dot (default: read from its amounts)</translation>
    </message>
    <message>
        <source>list records</source>
        <translation>list records</translation>
    </message>
    <message>
        <source>print the partners&apos; records (distances, dates)</source>
        <translation>print the partners&apos; records (distances, dates)</translation>
    </message>
    <message>
        <source>back the database up (to OUT, or to the backup folder)</source>
        <translation>back the database up (to OUT, or to the backup folder)</translation>
    </message>
    <message>
        <source>copy a whole database, checked, between an SQLite file and a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>copy a whole database, checked, between an SQLite file and a PostgreSQL server (postgresql://user@host/database)</translation>
    </message>
    <message>
        <source>the file or postgresql:// address to copy</source>
        <translation>the file or postgresql:// address to copy</translation>
    </message>
    <message>
        <source>a new file, or an empty database (a file or postgresql:// address)</source>
        <translation>a new file, or an empty database (a file or postgresql:// address)</translation>
    </message>
    <message>
        <source>administer a shared PostgreSQL database</source>
        <translation>administer a shared PostgreSQL database</translation>
    </message>
    <message>
        <source>create the owner, editor and reader roles of a committee&apos;s database</source>
        <translation>create the owner, editor and reader roles of a committee&apos;s database</translation>
    </message>
    <message>
        <source>the database, reached as the server&apos;s administrator (postgresql://postgres@host/database)</source>
        <translation>the database, reached as the server&apos;s administrator (postgresql://postgres@host/database)</translation>
    </message>
    <message>
        <source>the roles&apos; names begin with this (default: the database&apos;s name)</source>
        <translation>the roles&apos; names begin with this (default: the database&apos;s name)</translation>
    </message>
    <message>
        <source>give roles that exist already new passwords</source>
        <translation>give roles that exist already new passwords</translation>
    </message>
    <message>
        <source>replace the database with a backup (undoable)</source>
        <translation>replace the database with a backup (undoable)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>check the database&apos;s integrity</translation>
    </message>
    <message>
        <source>export to a file</source>
        <translation>export to a file</translation>
    </message>
    <message>
        <source>calendar: only this year; budget: the year</source>
        <translation>calendar: only this year; budget: the year</translation>
    </message>
    <message>
        <source>attendance, hosting: the delegation&apos;s id; budget: its Cerfa sheets</source>
        <translation>attendance, hosting: the delegation&apos;s id; budget: its Cerfa sheets</translation>
    </message>
    <message>
        <source>attendance: an event&apos;s id instead; budget: the event&apos;s Cerfa sheets</source>
        <translation>attendance: an event&apos;s id instead; budget: the event&apos;s Cerfa sheets</translation>
    </message>
    <message>
        <source>person: whose data to export (.json or .xlsx)</source>
        <translation>person: whose data to export (.json or .xlsx)</translation>
    </message>
    <message>
        <source>hosting: include diet and health notes</source>
        <translation>hosting: include diet and health notes</translation>
    </message>
    <message>
        <source>mission-report: the template to fill by hand</source>
        <translation>mission-report: the template to fill by hand</translation>
    </message>
    <message>
        <source>erase participants of visits older than N years</source>
        <translation>erase participants of visits older than N years</translation>
    </message>
    <message>
        <source>expected a number of years from {low} to {high}, not “{value}”</source>
        <translation>expected a number of years from {low} to {high}, not “{value}”</translation>
    </message>
    <message>
        <source>Error: no column recognised in {file}: found “{found}”; expected {expected}.</source>
        <translation>Error: no column recognised in {file}: found “{found}”; expected {expected}.</translation>
    </message>
    <message>
        <source>town (ville), country (pays), agreement, date signed…</source>
        <translation>town (ville), country (pays), agreement, date signed…</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}</source>
        <translation>Dry run, nothing written: {summary}</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Preparing the list of towns (once, about 20 seconds)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Exported to {path}: {count} event(s), {visits} delegation(s).</source>
        <translation>Exported to {path}: {count} event(s), {visits} delegation(s).</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx or .csv.</source>
        <translation>Error: the file name must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partners exported to {path}.</translation>
    </message>
    <message>
        <source>Error: give --person ID.</source>
        <translation>Error: give --person ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .json or .xlsx.</source>
        <translation>Error: the file name must end in .json or .xlsx.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf.</source>
        <translation>Error: the file name must end in .pdf.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID or --event ID.</source>
        <translation>Error: give --delegation ID or --event ID.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID.</source>
        <translation>Error: give --delegation ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf or .xlsx.</source>
        <translation>Error: the file name must end in .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Error: give --year YEAR.</source>
        <translation>Error: give --year YEAR.</translation>
    </message>
    <message>
        <source>{count} person(s) erased or anonymised.</source>
        <translation>{count} person(s) erased or anonymised.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .ics.</source>
        <translation>Error: the file name must end in .ics.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx.</source>
        <translation>Error: the file name must end in .xlsx.</translation>
    </message>
    <message>
        <source>Budget {year} exported to {path}.</source>
        <translation>Budget {year} exported to {path}.</translation>
    </message>
    <message>
        <source>{lines} budget lines, {err} errors</source>
        <translation>{lines} budget lines, {err} errors</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>row {row}: {reason}</translation>
    </message>
    <message>
        <source>No home commune yet.</source>
        <translation>No home commune yet.</translation>
    </message>
    <message>
        <source>{name}: no position yet, so no distances (set it in the settings).</source>
        <translation>{name}: no position yet, so no distances (set it in the settings).</translation>
    </message>
    <message>
        <source>{name} ({lat}, {lon})</source>
        <translation>{name} ({lat}, {lon})</translation>
    </message>
    <message>
        <source>Partners: {count}, placed on the map: {placed}</source>
        <translation>Partners: {count}, placed on the map: {placed}</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Error: the file name must end in .png or .pdf.</source>
        <translation>Error: the file name must end in .png or .pdf.</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Map written to {path}.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Place on the map</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Payee or payer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% done</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Report due</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>French version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation</source>
        <translation>Guardian&apos;s authorisation</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Stays with</source>
        <translation>Stays with</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Host family</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Diet and health</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Beds taken</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Current agreement</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budget lines</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>To prepare</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Pets</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Smokers</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Step-free</translation>
    </message>
    <message>
        <source>Diets</source>
        <translation>Diets</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Elected official</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Nights hosted free</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Meals offered</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Twinning Desk</source>
        <translation>Twinning Desk</translation>
    </message>
</context>
<context>
    <name>CommuneForm</name>
    <message>
        <source>e.g. Saint-Aubin-des-Vignes</source>
        <translation>e.g. Saint-Aubin-des-Vignes</translation>
    </message>
    <message>
        <source>e.g. Comité de jumelage de …</source>
        <translation>e.g. Comité de jumelage de …</translation>
    </message>
    <message>
        <source>e.g. 1 place de la Mairie, 37190 …</source>
        <translation>e.g. 1 place de la Mairie, 37190 …</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Choose a &amp;logo…</translation>
    </message>
    <message>
        <source>Commune &amp;name *</source>
        <translation>Commune &amp;name *</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Country *</translation>
    </message>
    <message>
        <source>Find the commune</source>
        <translation>Find the commune</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Population</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>Co&amp;mmittee</translation>
    </message>
    <message>
        <source>Town &amp;hall address</source>
        <translation>Town &amp;hall address</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image of at most 2 MB.</source>
        <translation>This file is not an image of at most 2 MB.</translation>
    </message>
</context>
<context>
    <name>CommuneWizard</name>
    <message>
        <source>Set up Twinning Desk</source>
        <translation>Set up Twinning Desk</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>the other person</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Saved by {who}</translation>
    </message>
    <message>
        <source>The two versions differ in nothing you edit.</source>
        <translation>The two versions differ in nothing you edit.</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Keep all &amp;mine</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Take all &amp;theirs</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>&amp;Save this version</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Back to my changes</translation>
    </message>
    <message>
        <source>{field}
(changed on both sides)</source>
        <translation>{field}
(changed on both sides)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{who} changed this record on {when}, after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>{who} changed this record on {when}, after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>Someone else changed this record after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Connect to a shared database</translation>
    </message>
    <message>
        <source>The committee&apos;s database on a PostgreSQL server, shared by its members. Ask whoever runs the server for these details.</source>
        <translation>The committee&apos;s database on a PostgreSQL server, shared by its members. Ask whoever runs the server for these details.</translation>
    </message>
    <message>
        <source>e.g. db.mairie-example.fr</source>
        <translation>e.g. db.mairie-example.fr</translation>
    </message>
    <message>
        <source>Required (encrypted)</source>
        <translation>Required (encrypted)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Required, with the server&apos;s certificate checked</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>If the server offers it</translation>
    </message>
    <message>
        <source>None (only on a network you trust)</source>
        <translation>None (only on a network you trust)</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Remember the password on this computer</translation>
    </message>
    <message>
        <source>Kept by the system&apos;s password store (keyring), never in a settings file.</source>
        <translation>Kept by the system&apos;s password store (keyring), never in a settings file.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Fill in the server, the database and the user.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>mayor</source>
        <translation>mayor</translation>
    </message>
    <message>
        <source>committee chair</source>
        <translation>committee chair</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interpreter</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>town hall staff</source>
        <translation>town hall staff</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>CoordinatesEdit</name>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Choose a country</source>
        <translation>Choose a country</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change already saved stays saved.

{error}</source>
        <translation>Something went wrong, but your data is safe: every change already saved stays saved.

{error}</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>The details were written to {log}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space, then try again.</source>
        <translation>The disk holding {path} is full: nothing was saved. Free some space, then try again.</translation>
    </message>
    <message>
        <source>{path} is open read-only: nothing was saved. Open a copy you can write to.</source>
        <translation>{path} is open read-only: nothing was saved. Open a copy you can write to.</translation>
    </message>
    <message>
        <source>{path} cannot be written to (no permission, or its drive was removed): nothing was saved. Check that the drive or network folder is still there.</source>
        <translation>{path} cannot be written to (no permission, or its drive was removed): nothing was saved. Check that the drive or network folder is still there.</translation>
    </message>
    <message>
        <source>{path} is busy (another program is writing to it): nothing was saved. Try again in a moment.</source>
        <translation>{path} is busy (another program is writing to it): nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>Writing to {path} failed ({reason}): nothing was saved.</source>
        <translation>Writing to {path} failed ({reason}): nothing was saved.</translation>
    </message>
    <message>
        <source>Another record already has this value ({field}): nothing was saved.</source>
        <translation>Another record already has this value ({field}): nothing was saved.</translation>
    </message>
    <message>
        <source>This change would break a link between records (one is still in use, or was deleted meanwhile): nothing was saved.</source>
        <translation>This change would break a link between records (one is still in use, or was deleted meanwhile): nothing was saved.</translation>
    </message>
    <message>
        <source>A required value is missing ({field}): nothing was saved.</source>
        <translation>A required value is missing ({field}): nothing was saved.</translation>
    </message>
    <message>
        <source>The file refused a value ({reason}): nothing was saved.</source>
        <translation>The file refused a value ({reason}): nothing was saved.</translation>
    </message>
    <message>
        <source>{path} is a shared database on a server, not a file: this is done on the server (see the README, &quot;Shared database&quot;).</source>
        <translation>{path} is a shared database on a server, not a file: this is done on the server (see the README, &quot;Shared database&quot;).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database (not an SQLite file).</source>
        <translation>{path} is not a Twinning Desk database (not an SQLite file).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was not changed. Restore the last good backup, or choose another file.</source>
        <translation>{path} is damaged ({reason}). It was not changed. Restore the last good backup, or choose another file.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The connection to {path} was lost: nothing was saved. Check the network, then save again; what you typed is still there.</source>
        <translation>The connection to {path} was lost: nothing was saved. Check the network, then save again; what you typed is still there.</translation>
    </message>
    <message>
        <source>You may only read {path}: nothing was saved. Ask the committee&apos;s administrator for the right to write.</source>
        <translation>You may only read {path}: nothing was saved. Ask the committee&apos;s administrator for the right to write.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another application, not a Twinning Desk database.</source>
        <translation>{path} is an SQLite file from another application, not a Twinning Desk database.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the file was not changed.</source>
        <translation>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the file was not changed.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}</source>
        <translation>{path} cannot be created: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a read-only file does not allow. Open a copy you can write to.</source>
        <translation>{path} was made by an older version and must be upgraded, which a read-only file does not allow. Open a copy you can write to.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {reason}</source>
        <translation>The backup to {path} failed: {reason}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>The backup {path} is damaged ({reason}); nothing was restored.</translation>
    </message>
    <message>
        <source>{path} is in use by {user} on {host} since {since}. Open it read-only, or wait until they close it.</source>
        <translation>{path} is in use by {user} on {host} since {since}. Open it read-only, or wait until they close it.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
    <message>
        <source>{path} had been left half-created (the program was stopped while creating it) and held no data: it was created again. The unfinished file was kept as {kept}.</source>
        <translation>{path} had been left half-created (the program was stopped while creating it) and held no data: it was created again. The unfinished file was kept as {kept}.</translation>
    </message>
    <message>
        <source>No backup folder is set.</source>
        <translation>No backup folder is set.</translation>
    </message>
    <message>
        <source>{path} is not a database address: {reason}</source>
        <translation>{path} is not a database address: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} refused the user name or the password. Check them, then try again.</source>
        <translation>The server of {path} refused the user name or the password. Check them, then try again.</translation>
    </message>
    <message>
        <source>The server of {path} does not accept an encrypted (TLS) connection. Ask its administrator to turn TLS on; turn encryption off only on a network you trust.</source>
        <translation>The server of {path} does not accept an encrypted (TLS) connection. Ask its administrator to turn TLS on; turn encryption off only on a network you trust.</translation>
    </message>
    <message>
        <source>The server has no database by the name given in {path}. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>The server has no database by the name given in {path}. Check the name, or ask the server&apos;s administrator to create it.</translation>
    </message>
    <message>
        <source>The user of {path} may not use this database ({reason}). Ask the server&apos;s administrator for access.</source>
        <translation>The user of {path} may not use this database ({reason}). Ask the server&apos;s administrator for access.</translation>
    </message>
    <message>
        <source>The server of {path} cannot be reached: it is stopped, or the address, port or network is wrong. Nothing was changed.</source>
        <translation>The server of {path} cannot be reached: it is stopped, or the address, port or network is wrong. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} runs PostgreSQL {version}, older than version 12, the oldest Twinning Desk supports. Ask its administrator to upgrade it.</source>
        <translation>The server of {path} runs PostgreSQL {version}, older than version 12, the oldest Twinning Desk supports. Ask its administrator to upgrade it.</translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s tables, not a Twinning Desk database. Choose an empty database or a committee&apos;s.</source>
        <translation>{path} holds another application&apos;s tables, not a Twinning Desk database. Choose an empty database or a committee&apos;s.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the database was not changed.</source>
        <translation>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the database was not changed.</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a reader may not do. Ask someone who may write to open it once with this version.</source>
        <translation>{path} was made by an older version and must be upgraded, which a reader may not do. Ask someone who may write to open it once with this version.</translation>
    </message>
    <message>
        <source>The user of {path} may not create roles. Connect as the server&apos;s administrator (postgres), then try again.</source>
        <translation>The user of {path} may not create roles. Connect as the server&apos;s administrator (postgres), then try again.</translation>
    </message>
    <message>
        <source>The connection to {path} was lost during the copy: nothing was copied, the target is as it was. Try again.</source>
        <translation>The connection to {path} was lost during the copy: nothing was copied, the target is as it was. Try again.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}): nothing was copied, the target is as it was.</source>
        <translation>{path} cannot be read ({reason}): nothing was copied, the target is as it was.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database: there is nothing to copy.</source>
        <translation>{path} is not a Twinning Desk database: there is nothing to copy.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Twinning Desk: open it once with this version (which upgrades it), then copy it. Nothing was copied.</source>
        <translation>{path} was made by an older version of Twinning Desk: open it once with this version (which upgrades it), then copy it. Nothing was copied.</translation>
    </message>
    <message>
        <source>{path} is not empty (it holds {tables}): nothing was copied. Copy into a new file, or into an empty database.</source>
        <translation>{path} is not empty (it holds {tables}): nothing was copied. Copy into a new file, or into an empty database.</translation>
    </message>
    <message>
        <source>The copy to {path} failed ({reason}): nothing was copied, the target is as it was.</source>
        <translation>The copy to {path} failed ({reason}): nothing was copied, the target is as it was.</translation>
    </message>
    <message>
        <source>The copy to {path} does not match its source in the table {table} ({source_rows} rows, checksum {source_sum}; copied: {target_rows} rows, checksum {target_sum}): nothing was kept.</source>
        <translation>The copy to {path} does not match its source in the table {table} ({source_rows} rows, checksum {source_sum}; copied: {target_rows} rows, checksum {target_sum}): nothing was kept.</translation>
    </message>
    <message>
        <source>{path} is both the source and the target: nothing was copied.</source>
        <translation>{path} is both the source and the target: nothing was copied.</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (Alt+Down)</source>
        <translation>Pick the day in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <source>Type a day, or pick it in the calendar.</source>
        <translation>Type a day, or pick it in the calendar.</translation>
    </message>
</context>
<context>
    <name>DayTimeEdit</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Delegation: {partner}, {date}</source>
        <translation>Delegation: {partner}, {date}</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>New delegation</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Host families</source>
        <translation>&amp;Host families</translation>
    </message>
    <message>
        <source>This delegation has changes that are not saved. Close without saving them?</source>
        <translation>This delegation has changes that are not saved. Close without saving them?</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(choose a partner)</translation>
    </message>
    <message>
        <source>EU or regional grant, if any</source>
        <translation>EU or regional grant, if any</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Partner *</source>
        <translation>&amp;Partner *</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Grant reference</source>
        <translation>&amp;Grant reference</translation>
    </message>
    <message>
        <source>&amp;Linked event</source>
        <translation>&amp;Linked event</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Add a member…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Show diet and health notes</source>
        <translation>Show diet and health notes</translation>
    </message>
    <message>
        <source>&amp;Assign to the family →</source>
        <translation>&amp;Assign to the family →</translation>
    </message>
    <message>
        <source>&amp;Remove from family</source>
        <translation>&amp;Remove from family</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Suggest</translation>
    </message>
    <message>
        <source>Place the visitors without a family: beds, pets, smoking, access and diet are respected; a shared language and groups staying together are preferred.</source>
        <translation>Place the visitors without a family: beds, pets, smoking, access and diet are respected; a shared language and groups staying together are preferred.</translation>
    </message>
    <message>
        <source>Erase diet and health notes…</source>
        <translation>Erase diet and health notes…</translation>
    </message>
    <message>
        <source>Drag visitors onto a family, or select both and click Assign.</source>
        <translation>Drag visitors onto a family, or select both and click Assign.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visitors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Visitors&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host families&lt;/b&gt;</source>
        <translation>&lt;b&gt;Host families&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>pets</translation>
    </message>
    <message>
        <source>smokers</source>
        <translation>smokers</translation>
    </message>
    <message>
        <source>step-free</source>
        <translation>step-free</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>no pets</source>
        <translation>no pets</translation>
    </message>
    <message>
        <source>non-smoking</source>
        <translation>non-smoking</translation>
    </message>
    <message>
        <source>No family fits: {names}. Add a family or change a constraint.</source>
        <translation>No family fits: {names}. Add a family or change a constraint.</translation>
    </message>
    <message>
        <source>Erase diet and health notes</source>
        <translation>Erase diet and health notes</translation>
    </message>
    <message>
        <source>Erase the diet and health notes of every member of this delegation? Do it once the visit is over. This cannot be undone.</source>
        <translation>Erase the diet and health notes of every member of this delegation? Do it once the visit is over. This cannot be undone.</translation>
    </message>
    <message>
        <source>The other changes you made in this window will be saved first.</source>
        <translation>The other changes you made in this window will be saved first.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>By country: {counts}</source>
        <translation>By country: {counts}</translation>
    </message>
    <message>
        <source>meets the EU town-twinning thresholds</source>
        <translation>meets the EU town-twinning thresholds</translation>
    </message>
    <message>
        <source>does not meet the EU town-twinning thresholds</source>
        <translation>does not meet the EU town-twinning thresholds</translation>
    </message>
    <message>
        <source>EU grant: {verdict} — participants {participants}/{min_participants}, invited from abroad {invited}/{min_invited}, countries {countries}/{min_countries}.</source>
        <translation>EU grant: {verdict} — participants {participants}/{min_participants}, invited from abroad {invited}/{min_invited}, countries {countries}/{min_countries}.</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <source>Search a partner…</source>
        <translation>Search a partner…</translation>
    </message>
    <message>
        <source>Received and made</source>
        <translation>Received and made</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;New delegation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Attendance list (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Hosting list…</source>
        <translation>&amp;Hosting list…</translation>
    </message>
    <message>
        <source>Mission &amp;report…</source>
        <translation>Mission &amp;report…</translation>
    </message>
    <message>
        <source>&amp;People and host families…</source>
        <translation>&amp;People and host families…</translation>
    </message>
    <message>
        <source>Delegation saved.</source>
        <translation>Delegation saved.</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Delete delegation</translation>
    </message>
    <message>
        <source>Delete the delegation {label} with its members list, programme and hosting plan? The people stay in the directory.

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Delete the delegation {label} with its members list, programme and hosting plan? The people stay in the directory.

You can undo this with Edit › Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete delegation {label}</source>
        <translation>Delete delegation {label}</translation>
    </message>
    <message>
        <source>Delegation {label} deleted. Ctrl+Z to undo.</source>
        <translation>Delegation {label} deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Mission report saved.</source>
        <translation>Mission report saved.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Attendance list written: {path}</translation>
    </message>
    <message>
        <source>Hosting list</source>
        <translation>Hosting list</translation>
    </message>
    <message>
        <source>hosting</source>
        <translation>hosting</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Include the visitors&apos; diet and health notes? Only the host families who need them should receive a list with them.</source>
        <translation>Include the visitors&apos; diet and health notes? Only the host families who need them should receive a list with them.</translation>
    </message>
    <message>
        <source>Hosting list written: {path}</source>
        <translation>Hosting list written: {path}</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n delegation</numerusform>
            <numerusform>%n delegations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>People and host families</source>
        <translation>People and host families</translation>
    </message>
    <message>
        <source>Search a name, an email or a town…</source>
        <translation>Search a name, an email or a town…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;xport their data…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>E&amp;rase personal data…</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>New &amp;household…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>Host &amp;families</source>
        <translation>Host &amp;families</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Delete {name} from the directory?</source>
        <translation>Delete {name} from the directory?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel workbook (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Erase {name}? Names, contacts, needs and date of birth are deleted for good. Where they took part in a delegation, an anonymous line stays so that counts remain true.

This cannot be undone; export their data first if they asked for it.</source>
        <translation>Erase {name}? Names, contacts, needs and date of birth are deleted for good. Where they took part in a delegation, an anonymous line stays so that counts remain true.

This cannot be undone; export their data first if they asked for it.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <source>Delete {name}? Its people stay in the directory.</source>
        <translation>Delete {name}? Its people stay in the directory.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Attach a &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Scans of signed agreements, photos and posters are kept inside the database file, so a backup keeps them too.</source>
        <translation>Scans of signed agreements, photos and posters are kept inside the database file, so a backup keeps them too.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted when you save.</source>
        <translation>Remove {name}? It is deleted when you save.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event: {title}</source>
        <translation>Event: {title}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Partners and participants</source>
        <translation>&amp;Partners and participants</translation>
    </message>
    <message>
        <source>T&amp;hemes and local actors</source>
        <translation>T&amp;hemes and local actors</translation>
    </message>
    <message>
        <source>&amp;Description and results</source>
        <translation>&amp;Description and results</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>F&amp;ollow-up</translation>
    </message>
    <message>
        <source>Photos and d&amp;ocuments</source>
        <translation>Photos and d&amp;ocuments</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(no delegation)</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>T&amp;ype *</source>
        <translation>T&amp;ype *</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Linked delegation</source>
        <translation>&amp;Linked delegation</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Partners involved</translation>
    </message>
    <message>
        <source>&amp;Local participants</source>
        <translation>&amp;Local participants</translation>
    </message>
    <message>
        <source>Invited, by country</source>
        <translation>Invited, by country</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Another theme…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Add &amp;theme</translation>
    </message>
    <message>
        <source>A school, club, choir, association…</source>
        <translation>A school, club, choir, association…</translation>
    </message>
    <message>
        <source>Add &amp;actor</source>
        <translation>Add &amp;actor</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Local actors</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>Des&amp;cription</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Effects &amp;here</translation>
    </message>
    <message>
        <source>Effects t&amp;here (partner)</source>
        <translation>Effects t&amp;here (partner)</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Close without saving them?</source>
        <translation>This event has changes that are not saved. Close without saving them?</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Delete event {title}</source>
        <translation>Delete event {title}</translation>
    </message>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} years of the twinning with {partner}</translation>
    </message>
    <message>
        <source>To do: {text}</source>
        <translation>To do: {text}</translation>
    </message>
    <message>
        <source>Search a title, a place or a partner…</source>
        <translation>Search a title, a place or a partner…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; — events, follow-ups due and anniversaries</source>
        <translation>&lt;b&gt;Coming up&lt;/b&gt; — events, follow-ups due and anniversaries</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>D&amp;uplicate for next year</source>
        <translation>D&amp;uplicate for next year</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xport to calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Attendance list (PDF)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event(s)</numerusform>
            <numerusform>%n event(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Event saved.</translation>
    </message>
    <message>
        <source>Next year&apos;s edition created; open it to adjust the dates.</source>
        <translation>Next year&apos;s edition created; open it to adjust the dates.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete “{title}” with its follow-ups?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Delete “{title}” with its follow-ups?

You can undo this with Edit › Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>“{title}” deleted. Ctrl+Z to undo.</source>
        <translation>“{title}” deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Attendance list written: {path}</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>Export to a calendar</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation>events.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to the calendar file.</source>
        <translation>
            <numerusform>%n event(s) exported to the calendar file.</numerusform>
            <numerusform>%n event(s) exported to the calendar file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in another program, close it and try again; the previous file was left unchanged.</source>
        <translation>Cannot write {path}: {reason}. If the file is open in another program, close it and try again; the previous file was left unchanged.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Partner status</source>
        <translation>Partner status</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Current agreement</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Visits received</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Visits made</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Asleep</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Agreement type</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>French version</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Trip to {partner}</translation>
    </message>
    <message>
        <source>Visit from {partner}</source>
        <translation>Visit from {partner}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Purpose: {purpose}</translation>
    </message>
    <message>
        <source>Transport: {transport}</source>
        <translation>Transport: {transport}</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Members: {count}</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up action</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Due</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)…</source>
        <translation>Search the guide (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Twinning Desk — User guide</source>
        <translation>Twinning Desk — User guide</translation>
    </message>
    <message>
        <source>This guide is not yet translated into your language; here it is in English.</source>
        <translation>This guide is not yet translated into your language; here it is in English.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation>&amp;Undo “{action}”</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo “{action}”</source>
        <translation>&amp;Redo “{action}”</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Undone: {fields}</source>
        <translation>Undone: {fields}</translation>
    </message>
    <message>
        <source>Redone: {fields}</source>
        <translation>Redone: {fields}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Changed: {fields}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>{record} — {what}</source>
        <translation>{record} — {what}</translation>
    </message>
    <message>
        <source>History: {name}</source>
        <translation>History: {name}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when} (version {version}).</source>
        <translation>Last changed by {who} on {when} (version {version}).</translation>
    </message>
    <message>
        <source>No change recorded yet: the history starts with this version of Twinning Desk.</source>
        <translation>No change recorded yet: the history starts with this version of Twinning Desk.</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>E&amp;urope</source>
        <translation>E&amp;urope</translation>
    </message>
    <message>
        <source>&amp;World</source>
        <translation>&amp;World</translation>
    </message>
    <message>
        <source>E&amp;xport the map…</source>
        <translation>E&amp;xport the map…</translation>
    </message>
    <message>
        <source>Point at a partner for its name and distance; click it to open it. Wheel to zoom, drag to move.</source>
        <translation>Point at a partner for its name and distance; click it to open it. Wheel to zoom, drag to move.</translation>
    </message>
    <message>
        <source>&amp;Set the commune’s position…</source>
        <translation>&amp;Set the commune’s position…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Ties to look after</source>
        <translation>Ties to look after</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>The year ahead</translation>
    </message>
    <message>
        <source>Where is {commune}? Set the commune’s position (search its name in the settings) to see your partners on the map, with their distances.</source>
        <translation>Where is {commune}? Set the commune’s position (search its name in the settings) to see your partners on the map, with their distances.</translation>
    </message>
    <message>
        <source>Set up the home commune and its position to see your partners on the map.</source>
        <translation>Set up the home commune and its position to see your partners on the map.</translation>
    </message>
    <message>
        <source>No partner yet: add them in the Partners tab.</source>
        <translation>No partner yet: add them in the Partners tab.</translation>
    </message>
    <message>
        <source>last exchange {date}</source>
        <translation>last exchange {date}</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>no exchange recorded</translation>
    </message>
    <message>
        <source>Asleep: {partner}, {when}</source>
        <translation>Asleep: {partner}, {when}</translation>
    </message>
    <message>
        <source>All the asleep partners…</source>
        <translation>All the asleep partners…</translation>
    </message>
    <message>
        <source>One-way: {partner}, visits received {received}, made {made} (last five years)</source>
        <translation>One-way: {partner}, visits received {received}, made {made} (last five years)</translation>
    </message>
    <message>
        <source>Expired on {date}: {agreement} with {partner}</source>
        <translation>Expired on {date}: {agreement} with {partner}</translation>
    </message>
    <message>
        <source>Expires on {date}: {agreement} with {partner}</source>
        <translation>Expires on {date}: {agreement} with {partner}</translation>
    </message>
    <message>
        <source>{years} years: {agreement} with {partner}, {when}</source>
        <translation>{years} years: {agreement} with {partner}, {when}</translation>
    </message>
    <message>
        <source>Nothing to look after: every tie is alive.</source>
        <translation>Nothing to look after: every tie is alive.</translation>
    </message>
    <message>
        <source>Mandat spécial to vote before {date} ({partner}): {names}</source>
        <translation>Mandat spécial to vote before {date} ({partner}): {names}</translation>
    </message>
    <message>
        <source>Visit of {partner}</source>
        <translation>Visit of {partner}</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Trip to {partner}</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}: {text}</source>
        <translation>Follow-up overdue since {date}: {text}</translation>
    </message>
    <message>
        <source>Follow-up due {date}: {text}</source>
        <translation>Follow-up due {date}: {text}</translation>
    </message>
    <message>
        <source>Subsidy report due {date}: {action} ({funder})</source>
        <translation>Subsidy report due {date}: {action} ({funder})</translation>
    </message>
    <message>
        <source>Nothing planned in the next twelve months.</source>
        <translation>Nothing planned in the next twelve months.</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <source>partners-map.pdf</source>
        <translation>partners-map.pdf</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf);;PNG image (*.png)</source>
        <translation>PDF, A4 landscape (*.pdf);;PNG image (*.png)</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Map written to {path}.</translation>
    </message>
    <message>
        <source>Map of the partners</source>
        <translation>Map of the partners</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Famille Martin</source>
        <translation>Famille Martin</translation>
    </message>
    <message>
        <source>does not host</source>
        <translation>does not host</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>e.g. German, Polish</translation>
    </message>
    <message>
        <source>Pets at home</source>
        <translation>Pets at home</translation>
    </message>
    <message>
        <source>Smokers at home</source>
        <translation>Smokers at home</translation>
    </message>
    <message>
        <source>Step-free access (no stairs to the bedroom)</source>
        <translation>Step-free access (no stairs to the bedroom)</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>vegetarian, gluten-free…</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Beds for visitors</source>
        <translation>&amp;Beds for visitors</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>&amp;Diets they can cook</source>
        <translation>&amp;Diets they can cook</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new partner</source>
        <translation>new partner</translation>
    </message>
    <message>
        <source>agreement added</source>
        <translation>agreement added</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>duplicate, skipped</translation>
    </message>
    <message>
        <source>no name, left out</source>
        <translation>no name, left out</translation>
    </message>
    <message>
        <source>coordinates from the file</source>
        <translation>coordinates from the file</translation>
    </message>
    <message>
        <source>organisation, not on the map</source>
        <translation>organisation, not on the map</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>position unknown</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Double-click to choose another place, a country or “not placed”.</source>
        <translation>Double-click to choose another place, a country or “not placed”.</translation>
    </message>
</context>
<context>
    <name>ImportDoubts</name>
    <message>
        <source>{count} inhabitants</source>
        <translation>{count} inhabitants</translation>
    </message>
    <message>
        <source>country “{value}” not recognised: choose it</source>
        <translation>country “{value}” not recognised: choose it</translation>
    </message>
    <message>
        <source>{count} places fit; {place} was chosen</source>
        <translation>{count} places fit; {place} was chosen</translation>
    </message>
    <message>
        <source>added to the partner of row {row}</source>
        <translation>added to the partner of row {row}</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>position unknown</translation>
    </message>
    <message>
        <source>wording “{value}” kept as an “other” agreement</source>
        <translation>wording “{value}” kept as an “other” agreement</translation>
    </message>
</context>
<context>
    <name>ImportPartnersDialog</name>
    <message>
        <source>Import partners from {file}</source>
        <translation>Import partners from {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Sheet of the workbook to import</source>
        <translation>Sheet of the workbook to import</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Rows to check</translation>
    </message>
    <message>
        <source>Duplicates and rows left out</source>
        <translation>Duplicates and rows left out</translation>
    </message>
    <message>
        <source>&amp;Fix the row…</source>
        <translation>&amp;Fix the row…</translation>
    </message>
    <message>
        <source>Agreement &amp;wordings…</source>
        <translation>Agreement &amp;wordings…</translation>
    </message>
    <message>
        <source>No column was recognised: found “{found}”; expected a town or partner name (“Ville”), and if you have them “Pays”, “Type d&apos;accord”, “Date de signature”.</source>
        <translation>No column was recognised: found “{found}”; expected a town or partner name (“Ville”), and if you have them “Pays”, “Type d&apos;accord”, “Date de signature”.</translation>
    </message>
    <message>
        <source>This sheet is empty: there is nothing to import.</source>
        <translation>This sheet is empty: there is nothing to import.</translation>
    </message>
    <message>
        <source>Rows marked in yellow need a look: double-click one to fix it.</source>
        <translation>Rows marked in yellow need a look: double-click one to fix it.</translation>
    </message>
    <message>
        <source>Discard your corrections?</source>
        <translation>Discard your corrections?</translation>
    </message>
    <message>
        <source>The rows you fixed in this preview are not imported yet. Close and lose the corrections?</source>
        <translation>The rows you fixed in this preview are not imported yet. Close and lose the corrections?</translation>
    </message>
    <message>
        <source>Discard corrections</source>
        <translation>Discard corrections</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Preparing the list of towns (once, about 20 seconds)…</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>Nothing was imported. {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Date signed, as written:</source>
        <translation>Date signed, as written:</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n new partner(s)</source>
        <translation>
            <numerusform>%n new partner</numerusform>
            <numerusform>%n new partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed on the map</source>
        <translation>
            <numerusform>%n placed on the map</numerusform>
            <numerusform>%n placed on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a position</source>
        <translation>
            <numerusform>%n without a position</numerusform>
            <numerusform>%n without a position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a name left out</source>
        <translation>
            <numerusform>%n row without a name left out</numerusform>
            <numerusform>%n rows without a name left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden row(s) skipped</source>
        <translation>
            <numerusform>%n hidden row skipped</numerusform>
            <numerusform>%n hidden rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check (marked)</source>
        <translation>
            <numerusform>%n row to check (marked)</numerusform>
            <numerusform>%n rows to check (marked)</numerusform>
        </translation>
    </message>
    <message>
        <source>{main}; {extras}</source>
        <translation>{main}; {extras}</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Imported: {summary}.</translation>
    </message>
    <message>
        <source>To import: {summary}.</source>
        <translation>To import: {summary}.</translation>
    </message>
</context>
<context>
    <name>InvitedDialog</name>
    <message>
        <source>Invited participants</source>
        <translation>Invited participants</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(no partner)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospecting</source>
        <translation>Prospecting</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Twinning charter</translation>
    </message>
    <message>
        <source>Honorary twinning</source>
        <translation>Honorary twinning</translation>
    </message>
    <message>
        <source>Exclusive twinning</source>
        <translation>Exclusive twinning</translation>
    </message>
    <message>
        <source>Friendship and cooperation pact</source>
        <translation>Friendship and cooperation pact</translation>
    </message>
    <message>
        <source>Decentralised cooperation agreement</source>
        <translation>Decentralised cooperation agreement</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <source>Project partnership</source>
        <translation>Project partnership</translation>
    </message>
    <message>
        <source>Other agreement</source>
        <translation>Other agreement</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>Official reception</translation>
    </message>
    <message>
        <source>Twinning anniversary</source>
        <translation>Twinning anniversary</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>School exchange</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Youth exchange</translation>
    </message>
    <message>
        <source>Sports meeting</source>
        <translation>Sports meeting</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Concert</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exhibition</translation>
    </message>
    <message>
        <source>Market / stand</source>
        <translation>Market / stand</translation>
    </message>
    <message>
        <source>Conference / workshop</source>
        <translation>Conference / workshop</translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation>General assembly</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <source>Fundraising</source>
        <translation>Fundraising</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Official mission</source>
        <translation>Official mission</translation>
    </message>
    <message>
        <source>Identification mission</source>
        <translation>Identification mission</translation>
    </message>
    <message>
        <source>Technical visit</source>
        <translation>Technical visit</translation>
    </message>
    <message>
        <source>Citizens&apos; trip</source>
        <translation>Citizens&apos; trip</translation>
    </message>
    <message>
        <source>Sports delegation</source>
        <translation>Sports delegation</translation>
    </message>
    <message>
        <source>Cultural delegation</source>
        <translation>Cultural delegation</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Elected official</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Chaperone</source>
        <translation>Chaperone</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Plane</translation>
    </message>
    <message>
        <source>Minibus</source>
        <translation>Minibus</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>Being prepared</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Called off</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Effects here</translation>
    </message>
    <message>
        <source>Visit received</source>
        <translation>Visit received</translation>
    </message>
    <message>
        <source>Visit made</source>
        <translation>Visit made</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>(anonymous person)</source>
        <translation>(anonymous person)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;vents</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Delegations</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Demo commune — {file}</source>
        <translation>Demo commune — {file}</translation>
    </message>
    <message>
        <source>READ-ONLY — {file}</source>
        <translation>READ-ONLY — {file}</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (read-only)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Open the &amp;demo commune</source>
        <translation>Open the &amp;demo commune</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Save a &amp;copy of the database…</source>
        <translation>Save a &amp;copy of the database…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;tore a backup…</translation>
    </message>
    <message>
        <source>&amp;Import partners…</source>
        <translation>&amp;Import partners…</translation>
    </message>
    <message>
        <source>&amp;Export partners…</source>
        <translation>&amp;Export partners…</translation>
    </message>
    <message>
        <source>&amp;Activity report of a year (PDF)…</source>
        <translation>&amp;Activity report of a year (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <source>The undo history was emptied: it held the personal data just erased.</source>
        <translation>The undo history was emptied: it held the personal data just erased.</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>H&amp;ome</translation>
    </message>
    <message>
        <source>Shared database: {address}</source>
        <translation>Shared database: {address}</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Connect to a &amp;shared database…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>A shared database is restored on the server. A backup made here is a file: open it with File › Open database.</source>
        <translation>A shared database is restored on the server. A backup made here is a file: open it with File › Open database.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>{commune} (demo)</source>
        <translation>{commune} (demo)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Help on this &amp;tab</source>
        <translation>Help on this &amp;tab</translation>
    </message>
    <message>
        <source>&amp;About Twinning Desk</source>
        <translation>&amp;About Twinning Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>{path} already exists; it was opened instead of replaced.</source>
        <translation>{path} already exists; it was opened instead of replaced.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Opened {path}</translation>
    </message>
    <message>
        <source>The undo history of the previous file was cleared.</source>
        <translation>The undo history of the previous file was cleared.</translation>
    </message>
    <message>
        <source>Connected to {database}</source>
        <translation>Connected to {database}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup on opening saved.</source>
        <translation>Backup on opening saved.</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>Finishing the backup…</translation>
    </message>
    <message>
        <source>Updated with changes made by others.</source>
        <translation>Updated with changes made by others.</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>Also connected: {names}</translation>
    </message>
    <message>
        <source>Demo commune opened.</source>
        <translation>Demo commune opened.</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace everything in {file} with the copy of {date}?

The current state is backed up first; you can restore it from the same list.</source>
        <translation>Replace everything in {file} with the copy of {date}?

The current state is backed up first; you can restore it from the same list.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Backup restored. The undo history was cleared.</source>
        <translation>Backup restored. The undo history was cleared.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>activity-report-{year}.pdf</source>
        <translation>activity-report-{year}.pdf</translation>
    </message>
    <message>
        <source>Activity report written: {path}</source>
        <translation>Activity report written: {path}</translation>
    </message>
    <message>
        <source>About Twinning Desk</source>
        <translation>About Twinning Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of town-twinning committees: partners, events, delegations and budget, in one file on your computer, with no network needed.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of town-twinning committees: partners, events, delegations and budget, in one file on your computer, with no network needed.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Our partners — {commune}</source>
        <translation>Our partners — {commune}</translation>
    </message>
    <message>
        <source>Our partners</source>
        <translation>Our partners</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Made on {date} with Twinning Desk.</source>
        <translation>Made on {date} with Twinning Desk.</translation>
    </message>
    <message>
        <source>The home commune has no position yet: distances are not shown.</source>
        <translation>The home commune has no position yet: distances are not shown.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>No exchange recorded</source>
        <translation>No exchange recorded</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Asleep</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Prospecting</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Home commune</translation>
    </message>
    <message>
        <source>Outlines: Natural Earth (public domain). Distances as the crow flies.</source>
        <translation>Outlines: Natural Earth (public domain). Distances as the crow flies.</translation>
    </message>
    <message>
        <source>tied with {names}, first by name</source>
        <translation>tied with {names}, first by name</translation>
    </message>
    <message>
        <source>Farthest</source>
        <translation>Farthest</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Nearest</translation>
    </message>
    <message>
        <source>Northernmost</source>
        <translation>Northernmost</translation>
    </message>
    <message>
        <source>Southernmost</source>
        <translation>Southernmost</translation>
    </message>
    <message>
        <source>Most populous</source>
        <translation>Most populous</translation>
    </message>
    <message>
        <source>Oldest agreement</source>
        <translation>Oldest agreement</translation>
    </message>
    <message>
        <source>Newest agreement</source>
        <translation>Newest agreement</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Continents</source>
        <translation>Continents</translation>
    </message>
    <message>
        <source>Trips in {year}, there and back</source>
        <translation>Trips in {year}, there and back</translation>
    </message>
    <message>
        <source>Not placed on the map</source>
        <translation>Not placed on the map</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Type a name to search the directory…</source>
        <translation>Type a name to search the directory…</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <source>Invited from the partner town (a visitor)</source>
        <translation>Invited from the partner town (a visitor)</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation received</source>
        <translation>Guardian&apos;s authorisation received</translation>
    </message>
    <message>
        <source>deliberation no., e.g. 2026-047</source>
        <translation>deliberation no., e.g. 2026-047</translation>
    </message>
    <message>
        <source>Mandat spécial (municipal council)</source>
        <translation>Mandat spécial (municipal council)</translation>
    </message>
    <message>
        <source>An elected member travels on a mandat spécial: a deliberation of the municipal council, voted before the departure, that names the mission. Without it the costs of the trip cannot be refunded (CGCT, article L2123-18). Write the deliberation&apos;s number and the day it was voted.</source>
        <translation>An elected member travels on a mandat spécial: a deliberation of the municipal council, voted before the departure, that names the mission. Without it the costs of the trip cannot be refunded (CGCT, article L2123-18). Write the deliberation&apos;s number and the day it was voted.</translation>
    </message>
    <message>
        <source>&amp;Deliberation</source>
        <translation>&amp;Deliberation</translation>
    </message>
    <message>
        <source>&amp;Voted on</source>
        <translation>&amp;Voted on</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>vegetarian, gluten-free…</translation>
    </message>
    <message>
        <source>allergy, treatment… (purged after the visit)</source>
        <translation>allergy, treatment… (purged after the visit)</translation>
    </message>
    <message>
        <source>Cannot stay with pets</source>
        <translation>Cannot stay with pets</translation>
    </message>
    <message>
        <source>Needs a non-smoking home</source>
        <translation>Needs a non-smoking home</translation>
    </message>
    <message>
        <source>Needs step-free access</source>
        <translation>Needs step-free access</translation>
    </message>
    <message>
        <source>same word for people who stay together</source>
        <translation>same word for people who stay together</translation>
    </message>
    <message>
        <source>Hosting needs (sensitive)</source>
        <translation>Hosting needs (sensitive)</translation>
    </message>
    <message>
        <source>D&amp;iet</source>
        <translation>D&amp;iet</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Health</translation>
    </message>
    <message>
        <source>Stays &amp;with</source>
        <translation>Stays &amp;with</translation>
    </message>
    <message>
        <source>&amp;Person *</source>
        <translation>&amp;Person *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>a partner</source>
        <translation>a partner</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>an agreement</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>a contact</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>a document</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>an event</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>a follow-up</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>a delegation</translation>
    </message>
    <message>
        <source>a delegation member</source>
        <translation>a delegation member</translation>
    </message>
    <message>
        <source>a host family assignment</source>
        <translation>a host family assignment</translation>
    </message>
    <message>
        <source>a programme item</source>
        <translation>a programme item</translation>
    </message>
    <message>
        <source>a mission report</source>
        <translation>a mission report</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>a person</translation>
    </message>
    <message>
        <source>a host family</source>
        <translation>a host family</translation>
    </message>
    <message>
        <source>a budget line</source>
        <translation>a budget line</translation>
    </message>
    <message>
        <source>a subsidy</source>
        <translation>a subsidy</translation>
    </message>
    <message>
        <source>the commune’s details</source>
        <translation>the commune’s details</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>a record</translation>
    </message>
    <message>
        <source>Something this touches ({record}) was changed since, from another window or the command line. Nothing was written, so that change is not lost.</source>
        <translation>Something this touches ({record}) was changed since, from another window or the command line. Nothing was written, so that change is not lost.</translation>
    </message>
    <message>
        <source>partner {name}</source>
        <translation>partner {name}</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>event {name}</source>
        <translation>event {name}</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegation</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>delegations</translation>
    </message>
    <message>
        <source>budget line {name}</source>
        <translation>budget line {name}</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>budget lines</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>subsidy</translation>
    </message>
    <message>
        <source>subsidies</source>
        <translation>subsidies</translation>
    </message>
    <message>
        <source>mission report</source>
        <translation>mission report</translation>
    </message>
    <message>
        <source>mission reports</source>
        <translation>mission reports</translation>
    </message>
    <message>
        <source>host family {name}</source>
        <translation>host family {name}</translation>
    </message>
    <message>
        <source>host families</source>
        <translation>host families</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>person {name}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>delegation members</source>
        <translation>delegation members</translation>
    </message>
    <message>
        <source>host family assignments</source>
        <translation>host family assignments</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>follow-ups</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>agreements</translation>
    </message>
    <message>
        <source>contact {name}</source>
        <translation>contact {name}</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>document {name}</source>
        <translation>document {name}</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>commune’s details</source>
        <translation>commune’s details</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>chart of accounts</source>
        <translation>chart of accounts</translation>
    </message>
    <message>
        <source>funders</source>
        <translation>funders</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>local actors</source>
        <translation>local actors</translation>
    </message>
    <message>
        <source>Create {what}</source>
        <translation>Create {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Edit {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Delete {what}</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this line? It is deleted when you save the partner.</source>
        <translation>Remove this line? It is deleted when you save the partner.</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>e.g. German, Polish</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Country *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Find the &amp;town</source>
        <translation>Find the &amp;town</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Population</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Another theme…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Add &amp;theme</translation>
    </message>
    <message>
        <source>This partner has changes that are not saved. Close without saving them?</source>
        <translation>This partner has changes that are not saved. Close without saving them?</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>{status}, asleep</source>
        <translation>{status}, asleep</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>position unknown</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>no exchange recorded</translation>
    </message>
    <message>
        <source>This town is not placed on the map yet: open it and find it by its name.</source>
        <translation>This town is not placed on the map yet: open it and find it by its name.</translation>
    </message>
    <message>
        <source>No event or delegation is recorded with this partner yet.</source>
        <translation>No event or delegation is recorded with this partner yet.</translation>
    </message>
    <message>
        <source>Asleep: no exchange for more than {months} months.</source>
        <translation>Asleep: no exchange for more than {months} months.</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Delete partner {name}</source>
        <translation>Delete partner {name}</translation>
    </message>
    <message>
        <source>Search a partner or a country…</source>
        <translation>Search a partner or a country…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Asleep only</source>
        <translation>Asleep only</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;New partner…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner(s)</numerusform>
            <numerusform>%n partner(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner matches this search.</source>
        <translation>No partner matches this search.</translation>
    </message>
    <message>
        <source>No partner yet. Click “New partner…” to add one, or “Import…” to read the list your committee already keeps (Excel or CSV).</source>
        <translation>No partner yet. Click “New partner…” to add one, or “Import…” to read the list your committee already keeps (Excel or CSV).</translation>
    </message>
    <message>
        <source>Partner saved.</source>
        <translation>Partner saved.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Delete partner</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it.

Set its status to “Ended” instead; its history stays in your records.</source>
        <translation>{name} cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it.

Set its status to “Ended” instead; its history stays in your records.</translation>
    </message>
    <message>
        <source>Delete {name} with its agreements, contacts and documents?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Delete {name} with its agreements, contacts and documents?

You can undo this with Edit › Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{name} deleted. Ctrl+Z to undo.</source>
        <translation>{name} deleted. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Import partners</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Export partners</translation>
    </message>
    <message>
        <source>partners.xlsx</source>
        <translation>partners.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partners exported to {path}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>e.g. German, Polish</translation>
    </message>
    <message>
        <source>Minor (under 18): record the date of birth</source>
        <translation>Minor (under 18): record the date of birth</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(our commune)</source>
        <translation>(our commune)</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;First name *</translation>
    </message>
    <message>
        <source>&amp;Surname *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>From &amp;partner town</source>
        <translation>From &amp;partner town</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Household</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <source>Type a town name, then pick it in the list</source>
        <translation>Type a town name, then pick it in the list</translation>
    </message>
    <message>
        <source>Search a town</source>
        <translation>Search a town</translation>
    </message>
    <message>
        <source>Stop preparing</source>
        <translation>Stop preparing</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once only, under a minute)…</source>
        <translation>Preparing the list of towns (once only, under a minute)…</translation>
    </message>
    <message>
        <source>The list of towns was not prepared; type the coordinates instead.</source>
        <translation>The list of towns was not prepared; type the coordinates instead.</translation>
    </message>
    <message>
        <source>The list of towns is not available ({error}); type the coordinates.</source>
        <translation>The list of towns is not available ({error}); type the coordinates.</translation>
    </message>
    <message>
        <source>{name} — {where} — {population} inh.</source>
        <translation>{name} — {where} — {population} inh.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>e.g. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
</context>
<context>
    <name>Printed</name>
    <message>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Host town</source>
        <translation>Host town</translation>
    </message>
    <message>
        <source>Invited town</source>
        <translation>Invited town</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Grant reference</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>First name and SURNAME</source>
        <translation>First name and SURNAME</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Town hall of {commune}</source>
        <translation>Town hall of {commune}</translation>
    </message>
    <message>
        <source>Organised by: {committee}</source>
        <translation>Organised by: {committee}</translation>
    </message>
    <message>
        <source>Certification by the organiser</source>
        <translation>Certification by the organiser</translation>
    </message>
    <message>
        <source>I, the undersigned, organiser of the activity, certify that this list is accurate and was signed by the participants present.</source>
        <translation>I, the undersigned, organiser of the activity, certify that this list is accurate and was signed by the participants present.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Activity report {year}</source>
        <translation>Activity report {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>Situation on {date}</source>
        <translation>Situation on {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>The year at a glance</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Visits received</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Visits made</translation>
    </message>
    <message>
        <source>Local participants</source>
        <translation>Local participants</translation>
    </message>
    <message>
        <source>Invited participants</source>
        <translation>Invited participants</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>By partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Committee events with no partner</source>
        <translation>Committee events with no partner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The year’s accounts</source>
        <translation>The year’s accounts</translation>
    </message>
    <message>
        <source>Whole budget of the year</source>
        <translation>Whole budget of the year</translation>
    </message>
    <message>
        <source>of which linked to an event or a delegation</source>
        <translation>of which linked to an event or a delegation</translation>
    </message>
    <message>
        <source>of which not linked to an action (running costs, annual subsidies, dues)</source>
        <translation>of which not linked to an action (running costs, annual subsidies, dues)</translation>
    </message>
    <message>
        <source>Result of the year (received less spent)</source>
        <translation>Result of the year (received less spent)</translation>
    </message>
    <message>
        <source>Actual amounts of the {year} budget, contributions in kind apart. The amounts per partner and per action below are those of the budget lines linked to each event or delegation that took place.</source>
        <translation>Actual amounts of the {year} budget, contributions in kind apart. The amounts per partner and per action below are those of the budget lines linked to each event or delegation that took place.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>on {day}</translation>
    </message>
    <message>
        <source>{when}, {commune} received a delegation from {partner} ({purpose}); participants: {count}.</source>
        <translation>{when}, {commune} received a delegation from {partner} ({purpose}); participants: {count}.</translation>
    </message>
    <message>
        <source>{when}, a delegation from {commune} travelled to {partner} ({purpose}); participants: {count}.</source>
        <translation>{when}, a delegation from {commune} travelled to {partner} ({purpose}); participants: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}.</source>
        <translation>{when}, “{title}”{place}; participants: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}, of whom invited: {invited}.</source>
        <translation>{when}, “{title}”{place}; participants: {count}, of whom invited: {invited}.</translation>
    </message>
    <message>
        <source>Results: {results}</source>
        <translation>Results: {results}</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>The year ahead</translation>
    </message>
    <message>
        <source>What is planned or due from {start} to {end}.</source>
        <translation>What is planned or due from {start} to {end}.</translation>
    </message>
    <message>
        <source>Nothing planned yet for the next twelve months.</source>
        <translation>Nothing planned yet for the next twelve months.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversary</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Report due</translation>
    </message>
    <message>
        <source>Delegation from {partner} received</source>
        <translation>Delegation from {partner} received</translation>
    </message>
    <message>
        <source>Delegation travelling to {partner}</source>
        <translation>Delegation travelling to {partner}</translation>
    </message>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} years of the twinning with {partner}</translation>
    </message>
    <message>
        <source>Financial report to send: {what}</source>
        <translation>Financial report to send: {what}</translation>
    </message>
    <message>
        <source>Where our partners are</source>
        <translation>Where our partners are</translation>
    </message>
    <message>
        <source>No event and no delegation this year.</source>
        <translation>No event and no delegation this year.</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Page {page} / {pages}</translation>
    </message>
    <message>
        <source>By signing, each participant certifies having taken part in the activity above.</source>
        <translation>By signing, each participant certifies having taken part in the activity above.</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Host families</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Host family</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Diet and health</translation>
    </message>
    <message>
        <source>(no host yet)</source>
        <translation>(no host yet)</translation>
    </message>
    <message>
        <source>Contains health information: keep it safe and destroy it after the visit.</source>
        <translation>Contains health information: keep it safe and destroy it after the visit.</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Mission report</translation>
    </message>
    <message>
        <source>Partner town</source>
        <translation>Partner town</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Objectives and link with the partnership</source>
        <translation>Objectives and link with the partnership</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>The delegation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>deliberation {number} of {date}</source>
        <translation>deliberation {number} of {date}</translation>
    </message>
    <message>
        <source>Programme and people met</source>
        <translation>Programme and people met</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Effects here</translation>
    </message>
    <message>
        <source>Effects in the partner town</source>
        <translation>Effects in the partner town</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Perspectives and next steps</source>
        <translation>Perspectives and next steps</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Costs and financing</source>
        <translation>Costs and financing</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financing</translation>
    </message>
    <message>
        <source>Mission allowances of the elected officials</source>
        <translation>Mission allowances of the elected officials</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <source>Nights hosted free (−65 %)</source>
        <translation>Nights hosted free (−65 %)</translation>
    </message>
    <message>
        <source>Meals offered (−17.5 %)</source>
        <translation>Meals offered (−17.5 %)</translation>
    </message>
    <message>
        <source>Hosting report</source>
        <translation>Hosting report</translation>
    </message>
    <message>
        <source>Delegation received from</source>
        <translation>Delegation received from</translation>
    </message>
    <message>
        <source>Objectives of the visit and link with the partnership</source>
        <translation>Objectives of the visit and link with the partnership</translation>
    </message>
    <message>
        <source>The delegation received</source>
        <translation>The delegation received</translation>
    </message>
    <message>
        <source>Programme of the visit and people met</source>
        <translation>Programme of the visit and people met</translation>
    </message>
    <message>
        <source>no deliberation recorded</source>
        <translation>no deliberation recorded</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>Share of the partner town</source>
        <translation>Share of the partner town</translation>
    </message>
    <message>
        <source>Participants’ contributions and other income</source>
        <translation>Participants’ contributions and other income</translation>
    </message>
    <message>
        <source>Mission allowance: {name}</source>
        <translation>Mission allowance: {name}</translation>
    </message>
    <message>
        <source>Balance borne by the commune or the committee</source>
        <translation>Balance borne by the commune or the committee</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total expenses</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total income</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Function: {function}</source>
        <translation>Function: {function}</translation>
    </message>
    <message>
        <source>Stamp of the town hall</source>
        <translation>Stamp of the town hall</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>No report has been saved for this delegation yet: the sections after this page are left blank, to be filled in by hand.</source>
        <translation>No report has been saved for this delegation yet: the sections after this page are left blank, to be filled in by hand.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No budget line is linked to this delegation.</source>
        <translation>No budget line is linked to this delegation.</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Distribution list</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>Done at {place}, on {date}</translation>
    </message>
    <message>
        <source>Template to fill in by hand</source>
        <translation>Template to fill in by hand</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme item</source>
        <translation>Programme item</translation>
    </message>
    <message>
        <source>hh:mm, if any</source>
        <translation>hh:mm, if any</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Activity *</source>
        <translation>&amp;Activity *</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>People &amp;met</source>
        <translation>People &amp;met</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The file is open read-only: nothing can be changed in it. To make changes, open a copy you can write to, or close it where it is in use.</source>
        <translation>The file is open read-only: nothing can be changed in it. To make changes, open a copy you can write to, or close it where it is in use.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>This file is open read-only: changes cannot be saved.</source>
        <translation>This file is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report: {partner}, {date}</source>
        <translation>Mission report: {partner}, {date}</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Next steps</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>&amp;Allowances</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Blank template…</source>
        <translation>&amp;Blank template…</translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Close without saving them?</source>
        <translation>This report has changes that are not saved. Close without saving them?</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectives</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>R&amp;esults</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Effects &amp;here</translation>
    </message>
    <message>
        <source>Effects &amp;there</source>
        <translation>Effects &amp;there</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Conclusions</translation>
    </message>
    <message>
        <source>&amp;Perspectives</source>
        <translation>&amp;Perspectives</translation>
    </message>
    <message>
        <source>&amp;Distribution list</source>
        <translation>&amp;Distribution list</translation>
    </message>
    <message>
        <source>Municipal council, committee members, the partner town hall…</source>
        <translation>Municipal council, committee members, the partner town hall…</translation>
    </message>
    <message>
        <source>Each elected member&apos;s mission allowance: the days abroad times the daily flat rate (forfait), less a share for each night or meal given free by the hosts. The rate is the one the council voted; the total goes into the report&apos;s costs.</source>
        <translation>Each elected member&apos;s mission allowance: the days abroad times the daily flat rate (forfait), less a share for each night or meal given free by the hosts. The rate is the one the council voted; the total goes into the report&apos;s costs.</translation>
    </message>
    <message>
        <source>For each elected official travelling: days abroad × the daily rate set by the council, less 65 % of the rate for each night hosted free and 17.5 % for each meal offered by the partner. Double-click a cell to type.</source>
        <translation>For each elected official travelling: days abroad × the daily rate set by the council, less 65 % of the rate for each night hosted free and 17.5 % for each meal offered by the partner. Double-click a cell to type.</translation>
    </message>
    <message>
        <source>Mayor, deputy mayor, chair of the committee…</source>
        <translation>Mayor, deputy mayor, chair of the committee…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>Signed &amp;at</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Signed &amp;on</translation>
    </message>
    <message>
        <source>Preview of the mission report</source>
        <translation>Preview of the mission report</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Save the mission report</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>when the file was opened</source>
        <translation>when the file was opened</translation>
    </message>
    <message>
        <source>when the app was closed</source>
        <translation>when the app was closed</translation>
    </message>
    <message>
        <source>saved by hand</source>
        <translation>saved by hand</translation>
    </message>
    <message>
        <source>just before a restore</source>
        <translation>just before a restore</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restoring replaces what the file holds now with the chosen copy. The current state is backed up first, so you can come back to it from this same list.</source>
        <translation>Restoring replaces what the file holds now with the chosen copy. The current state is backed up first, so you can come back to it from this same list.</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>There is no backup of this file yet.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>RowChoiceDialog</name>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Row {row}: {name}</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14/07/1985, 1985 or 2001-2002</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Signed</translation>
    </message>
    <message>
        <source>Not placed (position unknown)</source>
        <translation>Not placed (position unknown)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Flag a partner as &amp;asleep after</source>
        <translation>Flag a partner as &amp;asleep after</translation>
    </message>
    <message>
        <source>The fiscal year &amp;starts in</source>
        <translation>The fiscal year &amp;starts in</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>&amp;Erase now…</translation>
    </message>
    <message>
        <source>Erase participants of visits older than</source>
        <translation>Erase participants of visits older than</translation>
    </message>
    <message>
        <source>Event types of the committee</source>
        <translation>Event types of the committee</translation>
    </message>
    <message>
        <source>e.g. Christmas market, choir tour…</source>
        <translation>e.g. Christmas market, choir tour…</translation>
    </message>
    <message>
        <source>The usual types (official reception, concert…) are built in; add your committee&apos;s own here.</source>
        <translation>The usual types (official reception, concert…) are built in; add your committee&apos;s own here.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Chart of accounts (budget)</source>
        <translation>Chart of accounts (budget)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Add a sub-account…</source>
        <translation>Add a sub-account…</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Home commune</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Nobody took part only in visits older than {years} years.</source>
        <translation>Nobody took part only in visits older than {years} years.</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n person(s) whose last visit ended more than {years} years ago? Counts of past visits stay true. This cannot be undone.</source>
        <translation>
            <numerusform>Erase the personal data of %n person whose last visit ended more than {years} years ago? Counts of past visits stay true. This cannot be undone.</numerusform>
            <numerusform>Erase the personal data of %n people whose last visit ended more than {years} years ago? Counts of past visits stay true. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n person erased.</numerusform>
            <numerusform>%n people erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Rename the account</translation>
    </message>
    <message>
        <source>Label of account {code}:</source>
        <translation>Label of account {code}:</translation>
    </message>
    <message>
        <source>Choose the account the new one belongs under.</source>
        <translation>Choose the account the new one belongs under.</translation>
    </message>
    <message>
        <source>New sub-account</source>
        <translation>New sub-account</translation>
    </message>
    <message>
        <source>Number of the new account under {parent}:</source>
        <translation>Number of the new account under {parent}:</translation>
    </message>
</context>
<context>
    <name>SubsidyDialog</name>
    <message>
        <source>Subsidy request</source>
        <translation>Subsidy request</translation>
    </message>
    <message>
        <source>six months after the fiscal year, if empty</source>
        <translation>six months after the fiscal year, if empty</translation>
    </message>
    <message>
        <source>&amp;Funder *</source>
        <translation>&amp;Funder *</translation>
    </message>
    <message>
        <source>&amp;Action financed *</source>
        <translation>&amp;Action financed *</translation>
    </message>
    <message>
        <source>Amount &amp;requested (€)</source>
        <translation>Amount &amp;requested (€)</translation>
    </message>
    <message>
        <source>Amount &amp;granted (€)</source>
        <translation>Amount &amp;granted (€)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Requested &amp;on</source>
        <translation>Requested &amp;on</translation>
    </message>
    <message>
        <source>Financial report &amp;due</source>
        <translation>Financial report &amp;due</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ference</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>culture</source>
        <translation>culture</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>youth</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>schools</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>sport</translation>
    </message>
    <message>
        <source>heritage</source>
        <translation>heritage</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>economy</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>tourism</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environment</translation>
    </message>
    <message>
        <source>solidarity</source>
        <translation>solidarity</translation>
    </message>
    <message>
        <source>local governance</source>
        <translation>local governance</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” is not a number.</translation>
    </message>
    <message>
        <source>“{value}” no longer exists; today&apos;s country was chosen.</source>
        <translation>“{value}” no longer exists; today&apos;s country was chosen.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>is out of range.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised; taken from the place found.</source>
        <translation>country “{value}” not recognised; taken from the place found.</translation>
    </message>
    <message>
        <source>this agreement is already recorded.</source>
        <translation>this agreement is already recorded.</translation>
    </message>
    <message>
        <source>same partner, agreement and date as an earlier row.</source>
        <translation>same partner, agreement and date as an earlier row.</translation>
    </message>
    <message>
        <source>this file is not a spreadsheet or a CSV text.</source>
        <translation>this file is not a spreadsheet or a CSV text.</translation>
    </message>
    <message>
        <source>near row {row}, a cell holds more than {limit} characters, or a quote is never closed.</source>
        <translation>near row {row}, a cell holds more than {limit} characters, or a quote is never closed.</translation>
    </message>
    <message>
        <source>a cell of row {row} holds more than {limit} characters.</source>
        <translation>a cell of row {row} holds more than {limit} characters.</translation>
    </message>
    <message>
        <source>this workbook holds XML that points outside itself or expands without end: it is refused, as a hostile file would be.</source>
        <translation>this workbook holds XML that points outside itself or expands without end: it is refused, as a hostile file would be.</translation>
    </message>
    <message>
        <source>this workbook unpacks to more than {limit} MB (or {ratio} times its size): it is refused, as a damaged or hostile file would be.</source>
        <translation>this workbook unpacks to more than {limit} MB (or {ratio} times its size): it is refused, as a damaged or hostile file would be.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB.</source>
        <translation>the file is larger than 200 MB.</translation>
    </message>
    <message>
        <source>this file is not a readable Excel workbook.</source>
        <translation>this file is not a readable Excel workbook.</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows, more than a committee’s list; split it.</source>
        <translation>the sheet has more than {limit} rows, more than a committee’s list; split it.</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns.</source>
        <translation>row {row} has more than {limit} columns.</translation>
    </message>
    <message>
        <source>old .xls files are not supported: save it as .xlsx or .csv in Excel.</source>
        <translation>old .xls files are not supported: save it as .xlsx or .csv in Excel.</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither.</source>
        <translation>give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>must be between -90 and 90 degrees.</source>
        <translation>must be between -90 and 90 degrees.</translation>
    </message>
    <message>
        <source>must be between -180 and 180 degrees.</source>
        <translation>must be between -180 and 180 degrees.</translation>
    </message>
    <message>
        <source>must be between 0 and 50,000,000.</source>
        <translation>must be between 0 and 50,000,000.</translation>
    </message>
    <message>
        <source>choose a country.</source>
        <translation>choose a country.</translation>
    </message>
    <message>
        <source>must be between 1 and 600 months.</source>
        <translation>must be between 1 and 600 months.</translation>
    </message>
    <message>
        <source>must be a month from 1 to 12.</source>
        <translation>must be a month from 1 to 12.</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB.</source>
        <translation>the logo is larger than 2 MB.</translation>
    </message>
    <message>
        <source>the year {year} is not between {min} and {max}.</source>
        <translation>the year {year} is not between {min} and {max}.</translation>
    </message>
    <message>
        <source>{day:02d}/{month:02d}/{year} is not a real date.</source>
        <translation>{day:02d}/{month:02d}/{year} is not a real date.</translation>
    </message>
    <message>
        <source>the range {first}–{second} ends before it starts.</source>
        <translation>the range {first}–{second} ends before it starts.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 14/07/1985, 1985 or 2001-2002.</source>
        <translation>“{value}” is not a date; write 14/07/1985, 1985 or 2001-2002.</translation>
    </message>
    <message>
        <source>needs a full date such as 14/07/2025.</source>
        <translation>needs a full date such as 14/07/2025.</translation>
    </message>
    <message>
        <source>The demo fills an empty database only; this one already has partners.</source>
        <translation>The demo fills an empty database only; this one already has partners.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Agreement type</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dormant after (months)</source>
        <translation>Dormant after (months)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Type of event</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Local actors</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Effects here</translation>
    </message>
    <message>
        <source>Effects there</source>
        <translation>Effects there</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Exchange rate</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Payee or payer</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Amount requested</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Start of the fiscal year</source>
        <translation>Start of the fiscal year</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Diets offered</source>
        <translation>Diets offered</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Nights hosted free</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Meals offered</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Daily rate</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Health needs</source>
        <translation>Health needs</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Diet</translation>
    </message>
    <message>
        <source>Stays with group</source>
        <translation>Stays with group</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Grant reference</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Host family</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspectives</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Distribution list</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Title of the signatory</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>This partner no longer exists.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>This document no longer exists.</translation>
    </message>
    <message>
        <source>unknown kind.</source>
        <translation>unknown kind.</translation>
    </message>
    <message>
        <source>unknown status.</source>
        <translation>unknown status.</translation>
    </message>
    <message>
        <source>{name} is larger than 25 MB.</source>
        <translation>{name} is larger than 25 MB.</translation>
    </message>
    <message>
        <source>unknown agreement type.</source>
        <translation>unknown agreement type.</translation>
    </message>
    <message>
        <source>is before the signature.</source>
        <translation>is before the signature.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>“{value}” is not an email address.</translation>
    </message>
    <message>
        <source>a partner called “{name}” already exists in this country.</source>
        <translation>a partner called “{name}” already exists in this country.</translation>
    </message>
    <message>
        <source>This partner cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it. Set its status to “Ended” instead.</source>
        <translation>This partner cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it. Set its status to “Ended” instead.</translation>
    </message>
    <message>
        <source>contains invisible control characters.</source>
        <translation>contains invisible control characters.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>This event no longer exists.</translation>
    </message>
    <message>
        <source>choose a partner.</source>
        <translation>choose a partner.</translation>
    </message>
    <message>
        <source>choose a purpose.</source>
        <translation>choose a purpose.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>is required.</translation>
    </message>
    <message>
        <source>is before the start.</source>
        <translation>is before the start.</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} is listed twice.</translation>
    </message>
    <message>
        <source>must be between 0 and {max}.</source>
        <translation>must be between 0 and {max}.</translation>
    </message>
    <message>
        <source>is not a sensible amount.</source>
        <translation>is not a sensible amount.</translation>
    </message>
    <message>
        <source>{name} is a minor: tick the guardian&apos;s authorisation before marking the delegation ready.</source>
        <translation>{name} is a minor: tick the guardian&apos;s authorisation before marking the delegation ready.</translation>
    </message>
    <message>
        <source>a chosen person no longer exists.</source>
        <translation>a chosen person no longer exists.</translation>
    </message>
    <message>
        <source>this household no longer exists.</source>
        <translation>this household no longer exists.</translation>
    </message>
    <message>
        <source>this event no longer exists.</source>
        <translation>this event no longer exists.</translation>
    </message>
    <message>
        <source>{name} travels as an elected official but no mandat spécial (deliberation number and date) is recorded.</source>
        <translation>{name} travels as an elected official but no mandat spécial (deliberation number and date) is recorded.</translation>
    </message>
    <message>
        <source>{name}: the mandat spécial of {date} must be voted before departure.</source>
        <translation>{name}: the mandat spécial of {date} must be voted before departure.</translation>
    </message>
    <message>
        <source>{name} is a minor: the guardian&apos;s authorisation is missing.</source>
        <translation>{name} is a minor: the guardian&apos;s authorisation is missing.</translation>
    </message>
    <message>
        <source>This delegation no longer exists; the list is refreshed.</source>
        <translation>This delegation no longer exists; the list is refreshed.</translation>
    </message>
    <message>
        <source>{host} hosts more visitors than its {capacity} bed(s).</source>
        <translation>{host} hosts more visitors than its {capacity} bed(s).</translation>
    </message>
    <message>
        <source>{name} cannot stay with pets, and {host} has some.</source>
        <translation>{name} cannot stay with pets, and {host} has some.</translation>
    </message>
    <message>
        <source>{name} needs a non-smoking home; {host} smokes.</source>
        <translation>{name} needs a non-smoking home; {host} smokes.</translation>
    </message>
    <message>
        <source>{name} needs step-free access, which {host} does not offer.</source>
        <translation>{name} needs step-free access, which {host} does not offer.</translation>
    </message>
    <message>
        <source>{host} does not offer the diet {name} needs.</source>
        <translation>{host} does not offer the diet {name} needs.</translation>
    </message>
    <message>
        <source>{name} and {host} have no language in common.</source>
        <translation>{name} and {host} have no language in common.</translation>
    </message>
    <message>
        <source>{name} should stay with their group but is placed elsewhere.</source>
        <translation>{name} should stay with their group but is placed elsewhere.</translation>
    </message>
    <message>
        <source>No host yet for: {names}.</source>
        <translation>No host yet for: {names}.</translation>
    </message>
    <message>
        <source>this delegation no longer exists.</source>
        <translation>this delegation no longer exists.</translation>
    </message>
    <message>
        <source>a chosen partner no longer exists.</source>
        <translation>a chosen partner no longer exists.</translation>
    </message>
    <message>
        <source>is too long ({length} characters, at most {max}).</source>
        <translation>is too long ({length} characters, at most {max}).</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount; write 1 234,50 or 12,5.</source>
        <translation>“{value}” is not an amount; write 1 234,50 or 12,5.</translation>
    </message>
    <message>
        <source>has more than two decimals (cents).</source>
        <translation>has more than two decimals (cents).</translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation>This budget line no longer exists.</translation>
    </message>
    <message>
        <source>is not an amount.</source>
        <translation>is not an amount.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>cannot be negative.</translation>
    </message>
    <message>
        <source>is larger than {max}; check the amount.</source>
        <translation>is larger than {max}; check the amount.</translation>
    </message>
    <message>
        <source>the fiscal year {year} does not exist.</source>
        <translation>the fiscal year {year} does not exist.</translation>
    </message>
    <message>
        <source>the account {code} already exists.</source>
        <translation>the account {code} already exists.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR, PLN or GBP.</source>
        <translation>“{value}” is not a currency code such as EUR, PLN or GBP.</translation>
    </message>
    <message>
        <source>give the amount in {currency} and the rate used.</source>
        <translation>give the amount in {currency} and the rate used.</translation>
    </message>
    <message>
        <source>choose a category of the chart of accounts.</source>
        <translation>choose a category of the chart of accounts.</translation>
    </message>
    <message>
        <source>this record no longer exists.</source>
        <translation>this record no longer exists.</translation>
    </message>
    <message>
        <source>“{value}” could be read two ways (a decimal comma or a thousands separator) and nothing else in the file tells which: write it 1 500 or 1,50, or say which mark the file uses (--decimal-mark).</source>
        <translation>“{value}” could be read two ways (a decimal comma or a thousands separator) and nothing else in the file tells which: write it 1 500 or 1,50, or say which mark the file uses (--decimal-mark).</translation>
    </message>
    <message>
        <source>“{value}” is not an account of the chart (60 to 87).</source>
        <translation>“{value}” is not an account of the chart (60 to 87).</translation>
    </message>
    <message>
        <source>this category does not match the kind of line.</source>
        <translation>this category does not match the kind of line.</translation>
    </message>
    <message>
        <source>This record no longer exists; the list is refreshed.</source>
        <translation>This record no longer exists; the list is refreshed.</translation>
    </message>
    <message>
        <source>is in the future.</source>
        <translation>is in the future.</translation>
    </message>
    <message>
        <source>This person took part in {count} delegation(s); use “Erase personal data” to keep the counts true.</source>
        <translation>This person took part in {count} delegation(s); use “Erase personal data” to keep the counts true.</translation>
    </message>
    <message>
        <source>This household hosted {count} visitor(s); remove them from the hosting plans first.</source>
        <translation>This household hosted {count} visitor(s); remove them from the hosting plans first.</translation>
    </message>
    <message>
        <source>must be between {min} and {max}.</source>
        <translation>must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>“{value}” is not a time (hh:mm).</source>
        <translation>“{value}” is not a time (hh:mm).</translation>
    </message>
    <message>
        <source>choose a person from the directory, or create one.</source>
        <translation>choose a person from the directory, or create one.</translation>
    </message>
    <message>
        <source>is not one of the delegation’s days ({first} to {last}).</source>
        <translation>is not one of the delegation’s days ({first} to {last}).</translation>
    </message>
</context>
<context>
    <name>WordingsDialog</name>
    <message>
        <source>Agreement wordings</source>
        <translation>Agreement wordings</translation>
    </message>
    <message>
        <source>These wordings match no agreement type. Choose what each one means; the choice applies to all its rows and is remembered for the next import.</source>
        <translation>These wordings match no agreement type. Choose what each one means; the choice applies to all its rows and is remembered for the next import.</translation>
    </message>
    <message>
        <source>Keep as written (other)</source>
        <translation>Keep as written (other)</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>By action</translation>
    </message>
    <message>
        <source>Forecast budget</source>
        <translation>Forecast budget</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Financial report</translation>
    </message>
    <message>
        <source>Budget {year}</source>
        <translation>Budget {year}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Printed on {date}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% done</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Voluntary contributions in kind</translation>
    </message>
    <message>
        <source>Contributions in kind: 87 − 86 (must be zero)</source>
        <translation>Contributions in kind: 87 − 86 (must be zero)</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total expenses</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total income</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Result of the year (income − expenses)</source>
        <translation>Result of the year (income − expenses)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Payee or payer</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Trip to {partner}, {date}</source>
        <translation>Trip to {partner}, {date}</translation>
    </message>
    <message>
        <source>Visit of {partner}, {date}</source>
        <translation>Visit of {partner}, {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Forecast budget of the action</source>
        <translation>Forecast budget of the action</translation>
    </message>
    <message>
        <source>Laid out as the budget table of Cerfa form 12156</source>
        <translation>Laid out as the budget table of Cerfa form 12156</translation>
    </message>
    <message>
        <source>Financial report of the action</source>
        <translation>Financial report of the action</translation>
    </message>
    <message>
        <source>Laid out as the summary table of Cerfa form 15059</source>
        <translation>Laid out as the summary table of Cerfa form 15059</translation>
    </message>
    <message>
        <source>Association: {name}</source>
        <translation>Association: {name}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Action: {action}</translation>
    </message>
    <message>
        <source>Action: all the actions of the year (budget of the association)</source>
        <translation>Action: all the actions of the year (budget of the association)</translation>
    </message>
    <message>
        <source>Fiscal year: {year}</source>
        <translation>Fiscal year: {year}</translation>
    </message>
    <message>
        <source>Fiscal year: {year}, from {start} to {end}</source>
        <translation>Fiscal year: {year}, from {start} to {end}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>State: ministries, directorates or decentralised services</source>
        <translation>State: ministries, directorates or decentralised services</translation>
    </message>
    <message>
        <source>Region(s)</source>
        <translation>Region(s)</translation>
    </message>
    <message>
        <source>Département(s)</source>
        <translation>Département(s)</translation>
    </message>
    <message>
        <source>Intercommunality: EPCI</source>
        <translation>Intercommunality: EPCI</translation>
    </message>
    <message>
        <source>Commune(s)</source>
        <translation>Commune(s)</translation>
    </message>
    <message>
        <source>European funds (ESF, ERDF, CERV…)</source>
        <translation>European funds (ESF, ERDF, CERV…)</translation>
    </message>
    <message>
        <source>Agence de services et de paiement (ASP, subsidised jobs)</source>
        <translation>Agence de services et de paiement (ASP, subsidised jobs)</translation>
    </message>
    <message>
        <source>Other public bodies, private funders</source>
        <translation>Other public bodies, private funders</translation>
    </message>
    <message>
        <source>ministry not named</source>
        <translation>ministry not named</translation>
    </message>
    <message>
        <source>funder not named</source>
        <translation>funder not named</translation>
    </message>
    <message>
        <source>of which membership dues</source>
        <translation>of which membership dues</translation>
    </message>
    <message>
        <source>of which donations</source>
        <translation>of which donations</translation>
    </message>
    <message>
        <source>of which {account}</source>
        <translation>of which {account}</translation>
    </message>
    <message>
        <source>Rounding to whole euros</source>
        <translation>Rounding to whole euros</translation>
    </message>
    <message>
        <source>Forecast surplus (profit)</source>
        <translation>Forecast surplus (profit)</translation>
    </message>
    <message>
        <source>Forecast shortfall (loss)</source>
        <translation>Forecast shortfall (loss)</translation>
    </message>
    <message>
        <source>Surplus (profit)</source>
        <translation>Surplus (profit)</translation>
    </message>
    <message>
        <source>Shortfall (loss)</source>
        <translation>Shortfall (loss)</translation>
    </message>
    <message>
        <source>Explanation of the significant variances between forecast and actual</source>
        <translation>Explanation of the significant variances between forecast and actual</translation>
    </message>
    <message>
        <source>Lines whose actual amount differs from the forecast by {percent} or more, or that were not planned: explain each one on its right.</source>
        <translation>Lines whose actual amount differs from the forecast by {percent} or more, or that were not planned: explain each one on its right.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>No significant variance.</source>
        <translation>No significant variance.</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Amount in currency</source>
        <translation>Amount in currency</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Expenses forecast</source>
        <translation>Expenses forecast</translation>
    </message>
    <message>
        <source>Expenses actual</source>
        <translation>Expenses actual</translation>
    </message>
    <message>
        <source>Income forecast</source>
        <translation>Income forecast</translation>
    </message>
    <message>
        <source>Income actual</source>
        <translation>Income actual</translation>
    </message>
    <message>
        <source>Balance (actual)</source>
        <translation>Balance (actual)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>_CommunePage</name>
    <message>
        <source>Your commune</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <source>Type its name in “Find the commune” and pick it, or type the coordinates.</source>
        <translation>Type its name in “Find the commune” and pick it, or type the coordinates.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Twinning Desk</source>
        <translation>Welcome to Twinning Desk</translation>
    </message>
    <message>
        <source>Twinning Desk keeps your committee&apos;s partners, events, delegations and budget in one file on this computer; no Internet connection is needed.

First, tell us which commune the committee belongs to. Its name and logo head your reports, and its position gives the distance to each partner. Click Next to start.</source>
        <translation>Twinning Desk keeps your committee&apos;s partners, events, delegations and budget in one file on this computer; no Internet connection is needed.

First, tell us which commune the committee belongs to. Its name and logo head your reports, and its position gives the distance to each partner. Click Next to start.</translation>
    </message>
    <message>
        <source>Just looking? Open a demo commune, filled with partners, events, visits and a budget. It has its own file: your committee&apos;s file stays empty, and you can come back to it, or to the demo (File menu), at any time.</source>
        <translation>Just looking? Open a demo commune, filled with partners, events, visits and a budget. It has its own file: your committee&apos;s file stays empty, and you can come back to it, or to the demo (File menu), at any time.</translation>
    </message>
    <message>
        <source>&amp;Try with the demo</source>
        <translation>&amp;Try with the demo</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>This computer has no password store (keyring) the app can use: the password was not kept and will be asked at the next connection.</source>
        <translation>This computer has no password store (keyring) the app can use: the password was not kept and will be asked at the next connection.</translation>
    </message>
</context>
</TS>
