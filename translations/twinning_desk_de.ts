<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>as the committee calls it, if not the type</source>
        <translation>so, wie das Komitee sie nennt, falls anders als die Art</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14.07.1985, 1985 oder 2001-2002</translation>
    </message>
    <message>
        <source>A French version of the agreement exists</source>
        <translation>Es gibt eine französische Fassung der Vereinbarung</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Unterzeichnet</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Si&amp;gnatories</source>
        <translation>Unter&amp;zeichner</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>Ab&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation>&amp;Erneuerung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Read-only file</source>
        <translation>Schreibgeschützte Datei</translation>
    </message>
    <message>
        <source>{path} cannot be written to, so it opens read-only.</source>
        <translation>{path} ist schreibgeschützt und wird daher nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation>Letzte intakte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Nur lesend öffnen</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No sound backup of this file was found.</source>
        <translation>Es wurde keine intakte Sicherung dieser Datei gefunden.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The copy of {date} was restored. The damaged file was kept beside it, renamed.</source>
        <translation>Die Kopie vom {date} wurde wiederhergestellt. Die beschädigte Datei wurde umbenannt daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>The file used last time, {last}, cannot be found (a USB stick or network folder that is not connected?). Opening {default} instead; use File › Open database once the file is back.</source>
        <translation>Die zuletzt benutzte Datei {last} ist nicht auffindbar (USB-Stick oder Netzwerkordner nicht verbunden?). Stattdessen wird {default} geöffnet; verwenden Sie Datei › Datenbank öffnen, sobald die Datei wieder da ist.</translation>
    </message>
    <message>
        <source>You can set up your commune later in Edit › Settings; distances to partners are shown once its position is known.</source>
        <translation>Sie können Ihre Gemeinde später unter Bearbeiten › Einstellungen eintragen; Entfernungen zu den Partnern erscheinen, sobald ihre Lage bekannt ist.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Budget line</source>
        <translation>Haushaltszeile</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Neue Haushaltszeile</translation>
    </message>
    <message>
        <source>The account of the associations&apos; chart of accounts (60 to 87), as the subsidy form (Cerfa) asks: 6x for charges, 7x for income, 86 and 87 for contributions in kind (volunteering, rooms lent). The workbook groups the lines by these accounts.</source>
        <translation>Das Konto des Kontenrahmens für Vereine (60 bis 87), wie es das Zuschussformular (Cerfa) verlangt: 6x für Ausgaben, 7x für Einnahmen, 86 und 87 für Sachleistungen (Ehrenamt, überlassene Räume). Die Arbeitsmappe fasst die Zeilen nach diesen Konten zusammen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Label *</source>
        <translation>&amp;Bezeichnung *</translation>
    </message>
    <message>
        <source>&amp;Forecast (€)</source>
        <translation>&amp;Plan (€)</translation>
    </message>
    <message>
        <source>&amp;Actual (€)</source>
        <translation>&amp;Ist (€)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Payee or payer</source>
        <translation>&amp;Empfänger oder Zahler</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>Bele&amp;g</translation>
    </message>
    <message>
        <source>F&amp;under (income)</source>
        <translation>Geldgebe&amp;r (Einnahmen)</translation>
    </message>
    <message>
        <source>Linked &amp;event</source>
        <translation>Zugehörige &amp;Veranstaltung</translation>
    </message>
    <message>
        <source>Linked dele&amp;gation</source>
        <translation>Zugehörige De&amp;legation</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>Amount in that c&amp;urrency</source>
        <translation>Be&amp;trag in dieser Währung</translation>
    </message>
    <message>
        <source>E&amp;xchange rate (€ per unit)</source>
        <translation>We&amp;chselkurs (€ je Einheit)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>No amount yet.</source>
        <translation>Noch keine Beträge.</translation>
    </message>
    <message>
        <source>Delete budget line {label}</source>
        <translation>Haushaltszeile {label} löschen</translation>
    </message>
    <message>
        <source>New fiscal &amp;year…</source>
        <translation>Neues &amp;Geschäftsjahr…</translation>
    </message>
    <message>
        <source>Expenses and income</source>
        <translation>Ausgaben und Einnahmen</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Search a label, a payee, a receipt…</source>
        <translation>Bezeichnung, Empfänger, Beleg suchen…</translation>
    </message>
    <message>
        <source>New subsidy &amp;request…</source>
        <translation>Neuer &amp;Zuschussantrag…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Zuschüsse</translation>
    </message>
    <message>
        <source>&amp;New line…</source>
        <translation>&amp;Neue Zeile…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Start from last year&apos;s &amp;forecast</source>
        <translation>&amp;Plan des Vorjahres übernehmen</translation>
    </message>
    <message>
        <source>E&amp;xport the Excel workbook…</source>
        <translation>Excel-Mappe e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>The forecast is balanced.</source>
        <translation>Der Plan ist ausgeglichen.</translation>
    </message>
    <message>
        <source>The forecast is not balanced: income minus expenses is {gap}.</source>
        <translation>Der Plan ist nicht ausgeglichen: Einnahmen minus Ausgaben = {gap}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expenses&lt;/b&gt; forecast {cf}, actual {ca} — &lt;b&gt;Income&lt;/b&gt; forecast {pf}, actual {pa}&lt;br&gt;&lt;b&gt;Result of the year&lt;/b&gt;: {result}. {balance}</source>
        <translation>&lt;b&gt;Ausgaben&lt;/b&gt; Plan {cf}, Ist {ca} — &lt;b&gt;Einnahmen&lt;/b&gt; Plan {pf}, Ist {pa}&lt;br&gt;&lt;b&gt;Jahresergebnis&lt;/b&gt;: {result}. {balance}</translation>
    </message>
    <message>
        <source>Financial reports due: {items}</source>
        <translation>Fällige Verwendungsnachweise: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget line saved.</source>
        <translation>Haushaltszeile gespeichert.</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Haushaltszeile löschen</translation>
    </message>
    <message>
        <source>Delete “{label}”?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>„{label}“ löschen?

Sie können dies mit Bearbeiten › Rückgängig (Strg+Z) zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New fiscal year</source>
        <translation>Neues Geschäftsjahr</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <source>There is no fiscal year {year} to start from.</source>
        <translation>Es gibt kein Geschäftsjahr {year} als Vorlage.</translation>
    </message>
    <message>
        <source>Start from last year</source>
        <translation>Vorjahr übernehmen</translation>
    </message>
    <message>
        <source>Copy the forecast lines of {previous} into {year} (actual amounts left empty)?</source>
        <translation>Die Planzeilen von {previous} nach {year} kopieren (Ist-Beträge bleiben leer)?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied.</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the budget workbook</source>
        <translation>Haushaltsmappe exportieren</translation>
    </message>
    <message>
        <source>budget-{year}.xlsx</source>
        <translation>haushalt-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Mappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Budget exported to {path}, with the Cerfa sheets of {action}.</source>
        <translation>Haushalt nach {path} exportiert, mit den Cerfa-Blättern von {action}.</translation>
    </message>
    <message>
        <source>Budget exported to {path}.</source>
        <translation>Haushalt nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Purchases</source>
        <translation>Einkäufe</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Fremdleistungen</translation>
    </message>
    <message>
        <source>Other external services</source>
        <translation>Sonstige Fremdleistungen</translation>
    </message>
    <message>
        <source>Travel, missions and receptions</source>
        <translation>Reisen, Dienstreisen und Empfänge</translation>
    </message>
    <message>
        <source>Advertising, publications</source>
        <translation>Werbung, Veröffentlichungen</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern und Abgaben</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>Personalkosten</translation>
    </message>
    <message>
        <source>Other current management costs</source>
        <translation>Sonstige laufende Aufwendungen</translation>
    </message>
    <message>
        <source>Financial costs</source>
        <translation>Finanzaufwendungen</translation>
    </message>
    <message>
        <source>Exceptional costs</source>
        <translation>Außerordentliche Aufwendungen</translation>
    </message>
    <message>
        <source>Depreciation and provisions</source>
        <translation>Abschreibungen und Rückstellungen</translation>
    </message>
    <message>
        <source>Sales, services</source>
        <translation>Verkäufe, Leistungen</translation>
    </message>
    <message>
        <source>Operating subsidies</source>
        <translation>Betriebszuschüsse</translation>
    </message>
    <message>
        <source>Subsidy: State</source>
        <translation>Zuschuss: Staat</translation>
    </message>
    <message>
        <source>Subsidy: Region</source>
        <translation>Zuschuss: Region</translation>
    </message>
    <message>
        <source>Subsidy: Département</source>
        <translation>Zuschuss: Département</translation>
    </message>
    <message>
        <source>Subsidy: Intercommunality</source>
        <translation>Zuschuss: Gemeindeverband</translation>
    </message>
    <message>
        <source>Subsidy: Commune</source>
        <translation>Zuschuss: Gemeinde</translation>
    </message>
    <message>
        <source>Subsidy: European funds</source>
        <translation>Zuschuss: EU-Mittel</translation>
    </message>
    <message>
        <source>Subsidy: other</source>
        <translation>Zuschuss: sonstige</translation>
    </message>
    <message>
        <source>Other current management income</source>
        <translation>Sonstige laufende Erträge</translation>
    </message>
    <message>
        <source>Membership dues</source>
        <translation>Mitgliedsbeiträge</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>Financial income</source>
        <translation>Finanzerträge</translation>
    </message>
    <message>
        <source>Exceptional income</source>
        <translation>Außerordentliche Erträge</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Auflösungen</translation>
    </message>
    <message>
        <source>Use of voluntary contributions in kind</source>
        <translation>Verwendung freiwilliger Sachleistungen</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Freiwillige Sachleistungen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: {reason}</source>
        <translation>Fehler: {reason}</translation>
    </message>
    <message>
        <source>Interrupted; nothing more was written.</source>
        <translation>Abgebrochen; nichts weiter wurde geschrieben.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details: {log}</source>
        <translation>Unerwarteter Fehler: {error}. Details: {log}</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; add --read-only to read it anyway, or wait until they close it.</source>
        <translation>Fehler: {path} wird seit {since} von {user} auf {host} benutzt; fügen Sie --read-only hinzu, um sie trotzdem zu lesen, oder warten Sie, bis sie geschlossen wird.</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; wait until they close it, then try again.</source>
        <translation>Fehler: {path} wird seit {since} von {user} auf {host} benutzt; warten Sie, bis sie geschlossen wird, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Error: {path} does not exist.</source>
        <translation>Fehler: {path} existiert nicht.</translation>
    </message>
    <message>
        <source>Damaged: {path}: {reason}</source>
        <translation>Beschädigt: {path}: {reason}</translation>
    </message>
    <message>
        <source>OK: {path} ({partners} partners, {events} events, {delegations} delegations, {lines} budget lines)</source>
        <translation>OK: {path} ({partners} Partner, {events} Veranstaltungen, {delegations} Delegationen, {lines} Haushaltszeilen)</translation>
    </message>
    <message>
        <source>Error: a shared database is restored on the server (pg_restore), or filled from a backup file with twinning-desk copy FILE ADDRESS into an empty database; nothing was changed.</source>
        <translation>Fehler: Eine gemeinsame Datenbank wird auf dem Server wiederhergestellt (pg_restore) oder mit twinning-desk copy DATEI ADRESSE aus einer Sicherungsdatei in eine leere Datenbank gefüllt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Error: the backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>Fehler: Die Sicherung {path} ist beschädigt ({reason}); nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the damaged file was kept as {damaged}.</source>
        <translation>{backup} in {path} wiederhergestellt; die beschädigte Datei wurde als {damaged} aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the previous state was backed up first (twinning-desk restore can bring it back).</source>
        <translation>{backup} in {path} wiederhergestellt; der vorherige Stand wurde zuvor gesichert (twinning-desk restore holt ihn zurück).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <source>[{index}/{count}] {table}, rows: {rows}</source>
        <translation>[{index}/{count}] {table}, Zeilen: {rows}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and checked it (row count and checksum of each table): tables: {tables}, rows: {rows}.</source>
        <translation>{source} nach {target} kopiert und geprüft (Zeilenzahl und Prüfsumme jeder Tabelle): Tabellen: {tables}, Zeilen: {rows}.</translation>
    </message>
    <message>
        <source>owner (upgrades the tables with a new version)</source>
        <translation>Eigentümer (aktualisiert die Tabellen bei einer neuen Version)</translation>
    </message>
    <message>
        <source>editor (reads and writes)</source>
        <translation>Bearbeiter (liest und schreibt)</translation>
    </message>
    <message>
        <source>reader (reads and prints only)</source>
        <translation>Leser (liest und druckt nur)</translation>
    </message>
    <message>
        <source>{kind}: {name} (it existed; its password was kept)</source>
        <translation>{kind}: {name} (bestand bereits; sein Passwort wurde behalten)</translation>
    </message>
    <message>
        <source>{kind}: {name}, password: {password}</source>
        <translation>{kind}: {name}, Passwort: {password}</translation>
    </message>
    <message>
        <source>The passwords are shown this once and kept nowhere: give each to its person, who types it when connecting.</source>
        <translation>Die Passwörter werden nur dieses eine Mal gezeigt und nirgends gespeichert: Geben Sie jedes seiner Person, die es beim Verbinden eintippt.</translation>
    </message>
    <message>
        <source>Home commune set: {name} ({country}) in {path}</source>
        <translation>Gemeinde eingetragen: {name} ({country}) in {path}</translation>
    </message>
    <message>
        <source>Demo commune created in {path}: {count} partners.</source>
        <translation>Demo-Gemeinde in {path} angelegt: {count} Partner.</translation>
    </message>
    <message>
        <source>Error: no column for {fields} in {file}.</source>
        <translation>Fehler: keine Spalte für {fields} in {file}.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}.</source>
        <translation>Probelauf, nichts geschrieben: {summary}.</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Importiert: {summary}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (Auswahl: %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>expected a year from {low} to {high}, not “{value}”</source>
        <translation>ein Jahr von {low} bis {high} erwartet, nicht „{value}“</translation>
    </message>
    <message>
        <source>expected an id, a whole number from {low}, not “{value}”</source>
        <translation>eine ID erwartet, eine ganze Zahl ab {low}, nicht „{value}“</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Datenordner: {path}</translation>
    </message>
    <message>
        <source>database file (default: the user data folder), or a shared database&apos;s address, postgresql://user@server/database</source>
        <translation>Datenbankdatei (Standard: der Datenordner des Benutzers) oder Adresse einer gemeinsamen Datenbank, postgresql://benutzer@server/datenbank</translation>
    </message>
    <message>
        <source>language of the interface and messages</source>
        <translation>Sprache der Oberfläche und der Meldungen</translation>
    </message>
    <message>
        <source>read the file without taking it, even while the app has it open</source>
        <translation>Datei lesen, ohne sie zu belegen, auch während die Anwendung sie geöffnet hat</translation>
    </message>
    <message>
        <source>CSV: the decimal mark, comma (with ; between cells) or dot (with ,); default: the language&apos;s</source>
        <translation>CSV: das Dezimaltrennzeichen, Komma (Zellen durch ; getrennt) oder Punkt (durch ,); Vorgabe: das der Sprache</translation>
    </message>
    <message>
        <source>show the version and the data folder, then exit</source>
        <translation>Version und Datenordner anzeigen, dann beenden</translation>
    </message>
    <message>
        <source>set the home commune of a new database</source>
        <translation>die eigene Gemeinde einer neuen Datenbank festlegen</translation>
    </message>
    <message>
        <source>ISO code or name, e.g. FR</source>
        <translation>ISO-Code oder Name, z. B. FR</translation>
    </message>
    <message>
        <source>fill an empty database with a demo commune</source>
        <translation>eine leere Datenbank mit einer Demo-Gemeinde füllen</translation>
    </message>
    <message>
        <source>import partners from .xlsx or .csv</source>
        <translation>Partner aus .xlsx oder .csv importieren</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>anzeigen, was importiert würde</translation>
    </message>
    <message>
        <source>budget: the fiscal year (default: current)</source>
        <translation>Haushalt: das Geschäftsjahr (Standard: das laufende)</translation>
    </message>
    <message>
        <source>budget: the file&apos;s decimal mark, comma or dot (default: read from its amounts)</source>
        <translation>Haushalt: das Dezimalzeichen der Datei, comma (Komma) oder dot (Punkt); Standard: aus ihren Beträgen erkannt</translation>
    </message>
    <message>
        <source>list records</source>
        <translation>Einträge auflisten</translation>
    </message>
    <message>
        <source>print the partners&apos; records (distances, dates)</source>
        <translation>die Rekorde der Partner ausgeben (Entfernungen, Daten)</translation>
    </message>
    <message>
        <source>back the database up (to OUT, or to the backup folder)</source>
        <translation>die Datenbank sichern (nach OUT oder in den Sicherungsordner)</translation>
    </message>
    <message>
        <source>copy a whole database, checked, between an SQLite file and a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>eine ganze Datenbank geprüft zwischen einer SQLite-Datei und einem PostgreSQL-Server kopieren (postgresql://benutzer@host/datenbank)</translation>
    </message>
    <message>
        <source>the file or postgresql:// address to copy</source>
        <translation>die zu kopierende Datei oder postgresql://-Adresse</translation>
    </message>
    <message>
        <source>a new file, or an empty database (a file or postgresql:// address)</source>
        <translation>eine neue Datei oder eine leere Datenbank (eine Datei oder postgresql://-Adresse)</translation>
    </message>
    <message>
        <source>administer a shared PostgreSQL database</source>
        <translation>eine gemeinsame PostgreSQL-Datenbank verwalten</translation>
    </message>
    <message>
        <source>create the owner, editor and reader roles of a committee&apos;s database</source>
        <translation>die Rollen Eigentümer, Bearbeiter und Leser der Datenbank eines Komitees anlegen</translation>
    </message>
    <message>
        <source>the database, reached as the server&apos;s administrator (postgresql://postgres@host/database)</source>
        <translation>die Datenbank, erreicht als Administrator des Servers (postgresql://postgres@host/datenbank)</translation>
    </message>
    <message>
        <source>the roles&apos; names begin with this (default: the database&apos;s name)</source>
        <translation>damit beginnen die Namen der Rollen (Vorgabe: der Name der Datenbank)</translation>
    </message>
    <message>
        <source>give roles that exist already new passwords</source>
        <translation>bestehenden Rollen neue Passwörter geben</translation>
    </message>
    <message>
        <source>replace the database with a backup (undoable)</source>
        <translation>die Datenbank durch eine Sicherung ersetzen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>die Integrität der Datenbank prüfen</translation>
    </message>
    <message>
        <source>export to a file</source>
        <translation>in eine Datei exportieren</translation>
    </message>
    <message>
        <source>calendar: only this year; budget: the year</source>
        <translation>Kalender: nur dieses Jahr; Haushalt: das Jahr</translation>
    </message>
    <message>
        <source>attendance, hosting: the delegation&apos;s id; budget: its Cerfa sheets</source>
        <translation>Anwesenheit, Unterbringung: die Nummer der Delegation; Haushalt: ihre Cerfa-Blätter</translation>
    </message>
    <message>
        <source>attendance: an event&apos;s id instead; budget: the event&apos;s Cerfa sheets</source>
        <translation>Anwesenheit: stattdessen die Nummer einer Veranstaltung; Haushalt: die Cerfa-Blätter der Veranstaltung</translation>
    </message>
    <message>
        <source>person: whose data to export (.json or .xlsx)</source>
        <translation>Person: deren Daten exportiert werden (.json oder .xlsx)</translation>
    </message>
    <message>
        <source>hosting: include diet and health notes</source>
        <translation>Unterbringung: Ernährung und Gesundheitshinweise einschließen</translation>
    </message>
    <message>
        <source>mission-report: the template to fill by hand</source>
        <translation>Dienstreisebericht: die Vorlage zum Ausfüllen von Hand</translation>
    </message>
    <message>
        <source>erase participants of visits older than N years</source>
        <translation>Teilnehmende von Besuchen löschen, die älter als N Jahre sind</translation>
    </message>
    <message>
        <source>expected a number of years from {low} to {high}, not “{value}”</source>
        <translation>eine Anzahl Jahre von {low} bis {high} erwartet, nicht „{value}“</translation>
    </message>
    <message>
        <source>Error: no column recognised in {file}: found “{found}”; expected {expected}.</source>
        <translation>Fehler: keine Spalte erkannt in {file}: gefunden „{found}“; erwartet {expected}.</translation>
    </message>
    <message>
        <source>town (ville), country (pays), agreement, date signed…</source>
        <translation>Stadt (ville), Land (pays), Vereinbarung, Unterzeichnungsdatum…</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}</source>
        <translation>Probelauf, nichts geschrieben: {summary}</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Die Ortsliste wird vorbereitet (einmalig, etwa 20 Sekunden)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Exported to {path}: {count} event(s), {visits} delegation(s).</source>
        <translation>Nach {path} exportiert: {count} Veranstaltung(en), {visits} Delegation(en).</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx or .csv.</source>
        <translation>Fehler: Der Dateiname muss auf .xlsx oder .csv enden.</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partner nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Error: give --person ID.</source>
        <translation>Fehler: Geben Sie --person ID an.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .json or .xlsx.</source>
        <translation>Fehler: Der Dateiname muss auf .json oder .xlsx enden.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf.</source>
        <translation>Fehler: Der Dateiname muss auf .pdf enden.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID or --event ID.</source>
        <translation>Fehler: Geben Sie --delegation ID oder --event ID an.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID.</source>
        <translation>Fehler: Geben Sie --delegation ID an.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf or .xlsx.</source>
        <translation>Fehler: Der Dateiname muss auf .pdf oder .xlsx enden.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Geschrieben: {path}</translation>
    </message>
    <message>
        <source>Error: give --year YEAR.</source>
        <translation>Fehler: Geben Sie --year JAHR an.</translation>
    </message>
    <message>
        <source>{count} person(s) erased or anonymised.</source>
        <translation>{count} Person(en) gelöscht oder anonymisiert.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .ics.</source>
        <translation>Fehler: Der Dateiname muss auf .ics enden.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx.</source>
        <translation>Fehler: Der Dateiname muss auf .xlsx enden.</translation>
    </message>
    <message>
        <source>Budget {year} exported to {path}.</source>
        <translation>Haushalt {year} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>{lines} budget lines, {err} errors</source>
        <translation>{lines} Haushaltszeilen, {err} Fehler</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>Zeile {row}: {reason}</translation>
    </message>
    <message>
        <source>No home commune yet.</source>
        <translation>Noch keine Gemeinde.</translation>
    </message>
    <message>
        <source>{name}: no position yet, so no distances (set it in the settings).</source>
        <translation>{name}: noch keine Lage, daher keine Entfernungen (in den Einstellungen festlegen).</translation>
    </message>
    <message>
        <source>{name} ({lat}, {lon})</source>
        <translation>{name} ({lat}, {lon})</translation>
    </message>
    <message>
        <source>Partners: {count}, placed on the map: {placed}</source>
        <translation>Partner: {count}, auf der Karte: {placed}</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Error: the file name must end in .png or .pdf.</source>
        <translation>Fehler: Der Dateiname muss auf .png oder .pdf enden.</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Karte gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Lage auf der Karte</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Empfänger oder Zahler</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% erreicht</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Nachweis fällig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Französische Fassung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation</source>
        <translation>Einverständnis der Eltern</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Stays with</source>
        <translation>Wohnt mit</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Gastfamilie</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Ernährung und Gesundheit</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Belegte Betten</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Geltende Vereinbarung</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Entfernung (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Letzter Austausch</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Haushaltszeilen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>Vorzubereiten</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Betten</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Raucher</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Barrierefrei</translation>
    </message>
    <message>
        <source>Diets</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Mandatsträger(in)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Tagessatz</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Kostenlose Übernachtungen</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Gestellte Mahlzeiten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
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
        <translation>z. B. Saint-Aubin-des-Vignes</translation>
    </message>
    <message>
        <source>e.g. Comité de jumelage de …</source>
        <translation>z. B. Partnerschaftskomitee …</translation>
    </message>
    <message>
        <source>e.g. 1 place de la Mairie, 37190 …</source>
        <translation>z. B. Rathausplatz 1, 74206 …</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>Commune &amp;name *</source>
        <translation>&amp;Name der Gemeinde *</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>L&amp;and *</translation>
    </message>
    <message>
        <source>Find the commune</source>
        <translation>Gemeinde suchen</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Reg&amp;ion</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Einwohner</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>&amp;Komitee</translation>
    </message>
    <message>
        <source>Town &amp;hall address</source>
        <translation>Anschrift des Rat&amp;hauses</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image of at most 2 MB.</source>
        <translation>Diese Datei ist kein Bild von höchstens 2 MB.</translation>
    </message>
</context>
<context>
    <name>CommuneWizard</name>
    <message>
        <source>Set up Twinning Desk</source>
        <translation>Twinning Desk einrichten</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>der anderen Person</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Gespeichert von {who}</translation>
    </message>
    <message>
        <source>The two versions differ in nothing you edit.</source>
        <translation>Die beiden Fassungen unterscheiden sich in nichts, was Sie hier bearbeiten.</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Alles &amp;Meine behalten</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Alles &amp;Andere übernehmen</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>Diese Fassung &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Zurück zu meinen Änderungen</translation>
    </message>
    <message>
        <source>{field}
(changed on both sides)</source>
        <translation>{field}
(auf beiden Seiten geändert)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{who} changed this record on {when}, after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>{who} hat diesen Eintrag am {when} geändert, nachdem Sie ihn geöffnet haben. Es wurde nichts gespeichert, keine der beiden Änderungen geht also verloren: Vergleichen Sie die beiden Fassungen und wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>Jemand anderes hat diesen Eintrag geändert, nachdem Sie ihn geöffnet haben. Es wurde nichts gespeichert, keine der beiden Änderungen geht also verloren: Vergleichen Sie die beiden Fassungen und wählen Sie, was bleiben soll.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Mit einer gemeinsamen Datenbank verbinden</translation>
    </message>
    <message>
        <source>The committee&apos;s database on a PostgreSQL server, shared by its members. Ask whoever runs the server for these details.</source>
        <translation>Die Datenbank des Komitees auf einem PostgreSQL-Server, von seinen Mitgliedern gemeinsam genutzt. Fragen Sie die Person, die den Server betreibt, nach diesen Angaben.</translation>
    </message>
    <message>
        <source>e.g. db.mairie-example.fr</source>
        <translation>z. B. db.rathaus-beispiel.de</translation>
    </message>
    <message>
        <source>Required (encrypted)</source>
        <translation>Erforderlich (verschlüsselt)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Erforderlich, mit Prüfung des Serverzertifikats</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>None (only on a network you trust)</source>
        <translation>Keine (nur in einem vertrauenswürdigen Netz)</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>Passwort auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Kept by the system&apos;s password store (keyring), never in a settings file.</source>
        <translation>Im Passwortspeicher des Systems abgelegt, nie in einer Einstellungsdatei.</translation>
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
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>Versc&amp;hlüsselung (TLS):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Geben Sie Server, Datenbank und Benutzer an.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>mayor</source>
        <translation>Bürgermeister(in)</translation>
    </message>
    <message>
        <source>committee chair</source>
        <translation>Vorsitz des Komitees</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>Dolmetscher(in)</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>Schriftführer(in)</translation>
    </message>
    <message>
        <source>town hall staff</source>
        <translation>Rathausmitarbeiter(in)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>CoordinatesEdit</name>
    <message>
        <source>Latitude</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Länge</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Choose a country</source>
        <translation>Land wählen</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change already saved stays saved.

{error}</source>
        <translation>Etwas ist schiefgegangen, aber Ihre Daten sind sicher: Jede bereits gespeicherte Änderung bleibt erhalten.

{error}</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>Die Details wurden in {log} geschrieben.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space, then try again.</source>
        <translation>Der Datenträger mit {path} ist voll: Nichts wurde gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is open read-only: nothing was saved. Open a copy you can write to.</source>
        <translation>{path} ist nur lesend geöffnet: Nichts wurde gespeichert. Öffnen Sie eine beschreibbare Kopie.</translation>
    </message>
    <message>
        <source>{path} cannot be written to (no permission, or its drive was removed): nothing was saved. Check that the drive or network folder is still there.</source>
        <translation>In {path} kann nicht geschrieben werden (keine Berechtigung, oder das Laufwerk wurde entfernt): Es wurde nichts gespeichert. Prüfen Sie, ob das Laufwerk oder der Netzwerkordner noch da ist.</translation>
    </message>
    <message>
        <source>{path} is busy (another program is writing to it): nothing was saved. Try again in a moment.</source>
        <translation>{path} ist belegt (ein anderes Programm schreibt hinein): Nichts wurde gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Writing to {path} failed ({reason}): nothing was saved.</source>
        <translation>Schreiben in {path} fehlgeschlagen ({reason}): Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Another record already has this value ({field}): nothing was saved.</source>
        <translation>Ein anderer Datensatz hat bereits diesen Wert ({field}): Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This change would break a link between records (one is still in use, or was deleted meanwhile): nothing was saved.</source>
        <translation>Diese Änderung würde eine Verknüpfung zwischen Datensätzen zerstören (einer wird noch verwendet oder wurde inzwischen gelöscht): Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A required value is missing ({field}): nothing was saved.</source>
        <translation>Ein Pflichtwert fehlt ({field}): Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The file refused a value ({reason}): nothing was saved.</source>
        <translation>Die Datei hat einen Wert abgelehnt ({reason}): Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{path} is a shared database on a server, not a file: this is done on the server (see the README, &quot;Shared database&quot;).</source>
        <translation>{path} ist eine gemeinsame Datenbank auf einem Server, keine Datei: Das geschieht auf dem Server (siehe README, „Gemeinsame Datenbank“).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database (not an SQLite file).</source>
        <translation>{path} ist keine Twinning-Desk-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was not changed. Restore the last good backup, or choose another file.</source>
        <translation>{path} ist beschädigt ({reason}). Die Datei wurde nicht verändert. Stellen Sie die letzte intakte Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>The connection to {path} was lost: nothing was saved. Check the network, then save again; what you typed is still there.</source>
        <translation>Die Verbindung zu {path} ist abgebrochen: Nichts wurde gespeichert. Prüfen Sie das Netz und speichern Sie erneut; Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <source>You may only read {path}: nothing was saved. Ask the committee&apos;s administrator for the right to write.</source>
        <translation>Sie dürfen {path} nur lesen: Nichts wurde gespeichert. Bitten Sie die Verwaltung des Komitees um Schreibrechte.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another application, not a Twinning Desk database.</source>
        <translation>{path} ist eine SQLite-Datei einer anderen Anwendung, keine Twinning-Desk-Datenbank.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the file was not changed.</source>
        <translation>{path} wurde von einer neueren Version von Twinning Desk geschrieben. Installieren Sie diese Version, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}</source>
        <translation>{path} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a read-only file does not allow. Open a copy you can write to.</source>
        <translation>{path} stammt von einer älteren Version und muss aktualisiert werden, was bei einer schreibgeschützten Datei nicht geht. Öffnen Sie eine beschreibbare Kopie.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {reason}</source>
        <translation>Die Sicherung nach {path} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>Die Sicherung {path} ist beschädigt ({reason}); nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>{path} is in use by {user} on {host} since {since}. Open it read-only, or wait until they close it.</source>
        <translation>{path} wird seit {since} von {user} auf {host} benutzt. Öffnen Sie sie nur lesend oder warten Sie, bis sie geschlossen wird.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>{path} had been left half-created (the program was stopped while creating it) and held no data: it was created again. The unfinished file was kept as {kept}.</source>
        <translation>{path} war nur halb angelegt (das Programm wurde während des Anlegens beendet) und enthielt keine Daten: Die Datei wurde neu angelegt. Die unfertige Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>No backup folder is set.</source>
        <translation>Es ist kein Sicherungsordner festgelegt.</translation>
    </message>
    <message>
        <source>{path} is not a database address: {reason}</source>
        <translation>{path} ist keine Datenbankadresse: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} refused the user name or the password. Check them, then try again.</source>
        <translation>Der Server von {path} hat Benutzername oder Passwort abgelehnt. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server of {path} does not accept an encrypted (TLS) connection. Ask its administrator to turn TLS on; turn encryption off only on a network you trust.</source>
        <translation>Der Server von {path} nimmt keine verschlüsselte (TLS-)Verbindung an. Bitten Sie die Administration, TLS einzuschalten; schalten Sie die Verschlüsselung nur in einem vertrauenswürdigen Netz ab.</translation>
    </message>
    <message>
        <source>The server has no database by the name given in {path}. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Der Server hat keine Datenbank mit dem in {path} angegebenen Namen. Prüfen Sie den Namen oder bitten Sie die Server-Administration, sie anzulegen.</translation>
    </message>
    <message>
        <source>The user of {path} may not use this database ({reason}). Ask the server&apos;s administrator for access.</source>
        <translation>Der Benutzer von {path} darf diese Datenbank nicht nutzen ({reason}). Bitten Sie die Server-Administration um Zugang.</translation>
    </message>
    <message>
        <source>The server of {path} cannot be reached: it is stopped, or the address, port or network is wrong. Nothing was changed.</source>
        <translation>Der Server von {path} ist nicht erreichbar: Er ist gestoppt, oder Adresse, Port oder Netz stimmen nicht. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} runs PostgreSQL {version}, older than version 12, the oldest Twinning Desk supports. Ask its administrator to upgrade it.</source>
        <translation>Der Server von {path} läuft mit PostgreSQL {version}, älter als Version 12, die älteste, die Twinning Desk unterstützt. Bitten Sie die Administration um ein Update.</translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s tables, not a Twinning Desk database. Choose an empty database or a committee&apos;s.</source>
        <translation>{path} enthält Tabellen einer anderen Anwendung, keine Twinning-Desk-Datenbank. Wählen Sie eine leere Datenbank oder die eines Komitees.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the database was not changed.</source>
        <translation>{path} wurde von einer neueren Version von Twinning Desk geschrieben. Installieren Sie die neuere Version, um sie zu öffnen; die Datenbank wurde nicht geändert.</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a reader may not do. Ask someone who may write to open it once with this version.</source>
        <translation>{path} stammt von einer älteren Version und muss aktualisiert werden, was nur Lesende nicht dürfen. Bitten Sie jemanden mit Schreibrecht, sie einmal mit dieser Version zu öffnen.</translation>
    </message>
    <message>
        <source>The user of {path} may not create roles. Connect as the server&apos;s administrator (postgres), then try again.</source>
        <translation>Der Benutzer von {path} darf keine Rollen anlegen. Verbinden Sie sich als Administrator des Servers (postgres) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to {path} was lost during the copy: nothing was copied, the target is as it was. Try again.</source>
        <translation>Die Verbindung zu {path} ist während des Kopierens abgebrochen: Nichts wurde kopiert, das Ziel ist unverändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}): nothing was copied, the target is as it was.</source>
        <translation>{path} kann nicht gelesen werden ({reason}): Nichts wurde kopiert, das Ziel ist unverändert.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database: there is nothing to copy.</source>
        <translation>{path} ist keine Twinning-Desk-Datenbank: Es gibt nichts zu kopieren.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Twinning Desk: open it once with this version (which upgrades it), then copy it. Nothing was copied.</source>
        <translation>{path} wurde von einer älteren Version von Twinning Desk angelegt: Öffnen Sie es einmal mit dieser Version (die es aktualisiert) und kopieren Sie es dann. Nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>{path} is not empty (it holds {tables}): nothing was copied. Copy into a new file, or into an empty database.</source>
        <translation>{path} ist nicht leer (enthält {tables}): Nichts wurde kopiert. Kopieren Sie in eine neue Datei oder eine leere Datenbank.</translation>
    </message>
    <message>
        <source>The copy to {path} failed ({reason}): nothing was copied, the target is as it was.</source>
        <translation>Das Kopieren nach {path} ist fehlgeschlagen ({reason}): Nichts wurde kopiert, das Ziel ist unverändert.</translation>
    </message>
    <message>
        <source>The copy to {path} does not match its source in the table {table} ({source_rows} rows, checksum {source_sum}; copied: {target_rows} rows, checksum {target_sum}): nothing was kept.</source>
        <translation>Die Kopie nach {path} stimmt in der Tabelle {table} nicht mit der Quelle überein ({source_rows} Zeilen, Prüfsumme {source_sum}; kopiert: {target_rows} Zeilen, Prüfsumme {target_sum}): Nichts wurde behalten.</translation>
    </message>
    <message>
        <source>{path} is both the source and the target: nothing was copied.</source>
        <translation>{path} ist zugleich Quelle und Ziel: Nichts wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (Alt+Down)</source>
        <translation>Den Tag im Kalender wählen (Alt+Unten)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Kalender öffnen</translation>
    </message>
    <message>
        <source>Type a day, or pick it in the calendar.</source>
        <translation>Geben Sie einen Tag ein oder wählen Sie ihn im Kalender.</translation>
    </message>
</context>
<context>
    <name>DayTimeEdit</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
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
        <translation>Neue Delegation</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>A&amp;llgemein</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>Progr&amp;amm</translation>
    </message>
    <message>
        <source>&amp;Host families</source>
        <translation>Ga&amp;stfamilien</translation>
    </message>
    <message>
        <source>This delegation has changes that are not saved. Close without saving them?</source>
        <translation>Diese Delegation hat ungespeicherte Änderungen. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(Partner wählen)</translation>
    </message>
    <message>
        <source>EU or regional grant, if any</source>
        <translation>EU- oder Regionalförderung, falls vorhanden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>&amp;Partner *</source>
        <translation>&amp;Partner *</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Verkehrsmittel</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Grant reference</source>
        <translation>&amp;Förderkennzeichen</translation>
    </message>
    <message>
        <source>&amp;Linked event</source>
        <translation>Ver&amp;knüpfte Veranstaltung</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Show diet and health notes</source>
        <translation>Ernährung und Gesundheit anzeigen</translation>
    </message>
    <message>
        <source>&amp;Assign to the family →</source>
        <translation>Der Familie &amp;zuweisen →</translation>
    </message>
    <message>
        <source>&amp;Remove from family</source>
        <translation>Aus Familie &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Place the visitors without a family: beds, pets, smoking, access and diet are respected; a shared language and groups staying together are preferred.</source>
        <translation>Verteilt die Gäste ohne Familie: Betten, Haustiere, Rauchen, Barrierefreiheit und Ernährung werden beachtet; eine gemeinsame Sprache und zusammenbleibende Gruppen werden bevorzugt.</translation>
    </message>
    <message>
        <source>Erase diet and health notes…</source>
        <translation>Ernährung und Gesundheit löschen…</translation>
    </message>
    <message>
        <source>Drag visitors onto a family, or select both and click Assign.</source>
        <translation>Ziehen Sie Gäste auf eine Familie, oder wählen Sie beide aus und klicken Sie auf Zuweisen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visitors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gäste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host families&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gastfamilien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>smokers</source>
        <translation>Raucher</translation>
    </message>
    <message>
        <source>step-free</source>
        <translation>barrierefrei</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>no pets</source>
        <translation>keine Haustiere</translation>
    </message>
    <message>
        <source>non-smoking</source>
        <translation>Nichtraucher</translation>
    </message>
    <message>
        <source>No family fits: {names}. Add a family or change a constraint.</source>
        <translation>Keine Familie passt: {names}. Fügen Sie eine Familie hinzu oder ändern Sie eine Einschränkung.</translation>
    </message>
    <message>
        <source>Erase diet and health notes</source>
        <translation>Ernährung und Gesundheit löschen</translation>
    </message>
    <message>
        <source>Erase the diet and health notes of every member of this delegation? Do it once the visit is over. This cannot be undone.</source>
        <translation>Ernährungs- und Gesundheitsangaben aller Mitglieder dieser Delegation löschen? Tun Sie das nach dem Besuch. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The other changes you made in this window will be saved first.</source>
        <translation>Ihre anderen Änderungen in diesem Fenster werden zuerst gespeichert.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>By country: {counts}</source>
        <translation>Nach Land: {counts}</translation>
    </message>
    <message>
        <source>meets the EU town-twinning thresholds</source>
        <translation>erfüllt die EU-Schwellen für Städtepartnerschaften</translation>
    </message>
    <message>
        <source>does not meet the EU town-twinning thresholds</source>
        <translation>erfüllt die EU-Schwellen für Städtepartnerschaften nicht</translation>
    </message>
    <message>
        <source>EU grant: {verdict} — participants {participants}/{min_participants}, invited from abroad {invited}/{min_invited}, countries {countries}/{min_countries}.</source>
        <translation>EU-Förderung: {verdict} — Teilnehmende {participants}/{min_participants}, Gäste aus dem Ausland {invited}/{min_invited}, Länder {countries}/{min_countries}.</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <source>Search a partner…</source>
        <translation>Partner suchen…</translation>
    </message>
    <message>
        <source>Received and made</source>
        <translation>Empfänge und Reisen</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Neue Delegation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Anwesenheitsliste (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Hosting list…</source>
        <translation>&amp;Unterbringungsliste…</translation>
    </message>
    <message>
        <source>Mission &amp;report…</source>
        <translation>Missions&amp;bericht…</translation>
    </message>
    <message>
        <source>&amp;People and host families…</source>
        <translation>&amp;Personen und Gastfamilien…</translation>
    </message>
    <message>
        <source>Delegation saved.</source>
        <translation>Delegation gespeichert.</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Delegation löschen</translation>
    </message>
    <message>
        <source>Delete the delegation {label} with its members list, programme and hosting plan? The people stay in the directory.

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Die Delegation {label} mit Mitgliederliste, Programm und Unterbringungsplan löschen? Die Personen bleiben im Verzeichnis.

Sie können dies mit Bearbeiten › Rückgängig (Strg+Z) rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete delegation {label}</source>
        <translation>Delegation {label} löschen</translation>
    </message>
    <message>
        <source>Delegation {label} deleted. Ctrl+Z to undo.</source>
        <translation>Delegation {label} gelöscht. Strg+Z zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>Mission report saved.</source>
        <translation>Missionsbericht gespeichert.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>anwesenheit</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Anwesenheitsliste geschrieben: {path}</translation>
    </message>
    <message>
        <source>Hosting list</source>
        <translation>Unterbringungsliste</translation>
    </message>
    <message>
        <source>hosting</source>
        <translation>unterbringung</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Include the visitors&apos; diet and health notes? Only the host families who need them should receive a list with them.</source>
        <translation>Ernährungs- und Gesundheitsangaben der Gäste aufnehmen? Nur Gastfamilien, die sie brauchen, sollten eine Liste damit erhalten.</translation>
    </message>
    <message>
        <source>Hosting list written: {path}</source>
        <translation>Unterbringungsliste geschrieben: {path}</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n Delegation</numerusform>
            <numerusform>%n Delegationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>People and host families</source>
        <translation>Personen und Gastfamilien</translation>
    </message>
    <message>
        <source>Search a name, an email or a town…</source>
        <translation>Name, E-Mail oder Ort suchen…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Personenbezogene Daten l&amp;öschen…</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>Neuer &amp;Haushalt…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Lösc&amp;hen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Host &amp;families</source>
        <translation>Ga&amp;stfamilien</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete {name} from the directory?</source>
        <translation>{name} aus dem Verzeichnis löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase {name}? Names, contacts, needs and date of birth are deleted for good. Where they took part in a delegation, an anonymous line stays so that counts remain true.

This cannot be undone; export their data first if they asked for it.</source>
        <translation>{name} löschen? Name, Kontaktdaten, Bedürfnisse und Geburtsdatum werden endgültig gelöscht. Wo die Person an einer Delegation teilnahm, bleibt eine anonyme Zeile, damit die Zahlen stimmen.

Dies kann nicht rückgängig gemacht werden; exportieren Sie zuerst die Daten, falls die Person sie angefordert hat.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Haushalt löschen</translation>
    </message>
    <message>
        <source>Delete {name}? Its people stay in the directory.</source>
        <translation>{name} löschen? Die Personen bleiben im Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Scans of signed agreements, photos and posters are kept inside the database file, so a backup keeps them too.</source>
        <translation>Scans unterzeichneter Vereinbarungen, Fotos und Plakate werden in der Datenbankdatei gespeichert, also auch mit gesichert.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted when you save.</source>
        <translation>{name} entfernen? Die Datei wird beim Speichern gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event: {title}</source>
        <translation>Veranstaltung: {title}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Allge&amp;mein</translation>
    </message>
    <message>
        <source>&amp;Partners and participants</source>
        <translation>&amp;Partner, Teilnehmende</translation>
    </message>
    <message>
        <source>T&amp;hemes and local actors</source>
        <translation>T&amp;hemen und Akteure</translation>
    </message>
    <message>
        <source>&amp;Description and results</source>
        <translation>Be&amp;schreibung, Ergebnisse</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Nachbereitung</translation>
    </message>
    <message>
        <source>Photos and d&amp;ocuments</source>
        <translation>&amp;Fotos, Dokumente</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>T&amp;ype *</source>
        <translation>&amp;Art *</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Linked delegation</source>
        <translation>Zu&amp;gehörige Delegation</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Beteiligte Partner</translation>
    </message>
    <message>
        <source>&amp;Local participants</source>
        <translation>&amp;Örtliche Teilnehmende</translation>
    </message>
    <message>
        <source>Invited, by country</source>
        <translation>Gäste nach Land</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Weiteres Thema…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>&amp;Thema hinzufügen</translation>
    </message>
    <message>
        <source>A school, club, choir, association…</source>
        <translation>Eine Schule, ein Verein, ein Chor…</translation>
    </message>
    <message>
        <source>Add &amp;actor</source>
        <translation>&amp;Akteur hinzufügen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Örtliche Akteure</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>Bes&amp;chreibung</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Wirkung &amp;hier</translation>
    </message>
    <message>
        <source>Effects t&amp;here (partner)</source>
        <translation>Wirkung &amp;dort (beim Partner)</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Close without saving them?</source>
        <translation>Diese Veranstaltung hat ungespeicherte Änderungen. Ohne Speichern schließen?</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Delete event {title}</source>
        <translation>Veranstaltung {title} löschen</translation>
    </message>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} Jahre Partnerschaft mit {partner}</translation>
    </message>
    <message>
        <source>To do: {text}</source>
        <translation>Zu tun: {text}</translation>
    </message>
    <message>
        <source>Search a title, a place or a partner…</source>
        <translation>Titel, Ort oder Partner suchen…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; — events, follow-ups due and anniversaries</source>
        <translation>&lt;b&gt;Demnächst&lt;/b&gt; — Veranstaltungen, fällige Aufgaben und Jubiläen</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate for next year</source>
        <translation>Für nächstes Jahr &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>In Kalender e&amp;xportieren (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Anwesenheitsliste (PDF)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Alle Partner</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Veranstaltung gespeichert.</translation>
    </message>
    <message>
        <source>Next year&apos;s edition created; open it to adjust the dates.</source>
        <translation>Ausgabe für nächstes Jahr angelegt; öffnen Sie sie, um die Daten anzupassen.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <source>Delete “{title}” with its follow-ups?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>„{title}“ mit den Aufgaben löschen?

Sie können dies mit Bearbeiten › Rückgängig (Strg+Z) zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“{title}” deleted. Ctrl+Z to undo.</source>
        <translation>„{title}“ gelöscht. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>anwesenheit</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Anwesenheitsliste geschrieben: {path}</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>In einen Kalender exportieren</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation>veranstaltungen.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to the calendar file.</source>
        <translation>
            <numerusform>%n Veranstaltung in die Kalenderdatei exportiert.</numerusform>
            <numerusform>%n Veranstaltungen in die Kalenderdatei exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in another program, close it and try again; the previous file was left unchanged.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}. Ist die Datei in einem anderen Programm geöffnet, schließen Sie es und versuchen Sie es erneut; die bisherige Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Partner status</source>
        <translation>Partnerstatus</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Geltende Vereinbarung</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Entfernung (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Letzter Austausch</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Empfangene Besuche</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Eigene Besuche</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Art der Vereinbarung</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Französische Fassung</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Reise nach {partner}</translation>
    </message>
    <message>
        <source>Visit from {partner}</source>
        <translation>Besuch der Delegation aus {partner}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Zweck: {purpose}</translation>
    </message>
    <message>
        <source>Transport: {transport}</source>
        <translation>Verkehrsmittel: {transport}</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Mitglieder: {count}</translation>
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
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)…</source>
        <translation>Im Handbuch suchen (Strg+F)…</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Twinning Desk — User guide</source>
        <translation>Twinning Desk — Benutzerhandbuch</translation>
    </message>
    <message>
        <source>This guide is not yet translated into your language; here it is in English.</source>
        <translation>Dieses Handbuch ist noch nicht ins Deutsche übersetzt; hier ist es auf Englisch.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation>&amp;Rückgängig: „{action}“</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo “{action}”</source>
        <translation>&amp;Wiederherstellen: „{action}“</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Undone: {fields}</source>
        <translation>Rückgängig gemacht: {fields}</translation>
    </message>
    <message>
        <source>Redone: {fields}</source>
        <translation>Wiederhergestellt: {fields}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Geändert: {fields}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>{record} — {what}</source>
        <translation>{record} — {what}</translation>
    </message>
    <message>
        <source>History: {name}</source>
        <translation>Verlauf: {name}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when} (version {version}).</source>
        <translation>Zuletzt geändert von {who} am {when} (Version {version}).</translation>
    </message>
    <message>
        <source>No change recorded yet: the history starts with this version of Twinning Desk.</source>
        <translation>Noch keine Änderung aufgezeichnet: Der Verlauf beginnt mit dieser Version von Twinning Desk.</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>E&amp;urope</source>
        <translation>E&amp;uropa</translation>
    </message>
    <message>
        <source>&amp;World</source>
        <translation>&amp;Welt</translation>
    </message>
    <message>
        <source>E&amp;xport the map…</source>
        <translation>Karte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Point at a partner for its name and distance; click it to open it. Wheel to zoom, drag to move.</source>
        <translation>Zeigen Sie auf einen Partner für Name und Entfernung; klicken Sie, um ihn zu öffnen. Mausrad zum Zoomen, Ziehen zum Verschieben.</translation>
    </message>
    <message>
        <source>&amp;Set the commune’s position…</source>
        <translation>&amp;Lage der Gemeinde festlegen…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekorde</translation>
    </message>
    <message>
        <source>Ties to look after</source>
        <translation>Zu pflegende Verbindungen</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>Das kommende Jahr</translation>
    </message>
    <message>
        <source>Where is {commune}? Set the commune’s position (search its name in the settings) to see your partners on the map, with their distances.</source>
        <translation>Wo liegt {commune}? Legen Sie die Lage der Gemeinde fest (Namen in den Einstellungen suchen), um Ihre Partner mit ihren Entfernungen auf der Karte zu sehen.</translation>
    </message>
    <message>
        <source>Set up the home commune and its position to see your partners on the map.</source>
        <translation>Richten Sie Ihre Gemeinde und ihre Lage ein, um Ihre Partner auf der Karte zu sehen.</translation>
    </message>
    <message>
        <source>No partner yet: add them in the Partners tab.</source>
        <translation>Noch keine Partner: Fügen Sie sie im Reiter Partner hinzu.</translation>
    </message>
    <message>
        <source>last exchange {date}</source>
        <translation>letzter Austausch am {date}</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>kein Austausch erfasst</translation>
    </message>
    <message>
        <source>Asleep: {partner}, {when}</source>
        <translation>Ruhend: {partner}, {when}</translation>
    </message>
    <message>
        <source>All the asleep partners…</source>
        <translation>Alle ruhenden Partner…</translation>
    </message>
    <message>
        <source>One-way: {partner}, visits received {received}, made {made} (last five years)</source>
        <translation>Einseitig: {partner}, Besuche empfangen {received}, gemacht {made} (letzte fünf Jahre)</translation>
    </message>
    <message>
        <source>Expired on {date}: {agreement} with {partner}</source>
        <translation>Abgelaufen am {date}: {agreement} mit {partner}</translation>
    </message>
    <message>
        <source>Expires on {date}: {agreement} with {partner}</source>
        <translation>Läuft ab am {date}: {agreement} mit {partner}</translation>
    </message>
    <message>
        <source>{years} years: {agreement} with {partner}, {when}</source>
        <translation>{years} Jahre: {agreement} mit {partner}, {when}</translation>
    </message>
    <message>
        <source>Nothing to look after: every tie is alive.</source>
        <translation>Nichts zu tun: Alle Verbindungen sind lebendig.</translation>
    </message>
    <message>
        <source>Mandat spécial to vote before {date} ({partner}): {names}</source>
        <translation>Mandat spécial vor dem {date} zu beschließen ({partner}): {names}</translation>
    </message>
    <message>
        <source>Visit of {partner}</source>
        <translation>Besuch aus {partner}</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Reise nach {partner}</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}: {text}</source>
        <translation>Folgemaßnahme überfällig seit {date}: {text}</translation>
    </message>
    <message>
        <source>Follow-up due {date}: {text}</source>
        <translation>Folgemaßnahme fällig am {date}: {text}</translation>
    </message>
    <message>
        <source>Subsidy report due {date}: {action} ({funder})</source>
        <translation>Verwendungsnachweis fällig am {date}: {action} ({funder})</translation>
    </message>
    <message>
        <source>Nothing planned in the next twelve months.</source>
        <translation>Nichts geplant in den nächsten zwölf Monaten.</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>partners-map.pdf</source>
        <translation>partnerkarte.pdf</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf);;PNG image (*.png)</source>
        <translation>PDF, A4 quer (*.pdf);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Karte gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Map of the partners</source>
        <translation>Karte der Partner</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Famille Martin</source>
        <translation>Familie Martin</translation>
    </message>
    <message>
        <source>does not host</source>
        <translation>nimmt keine Gäste auf</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>z. B. Deutsch, Polnisch</translation>
    </message>
    <message>
        <source>Pets at home</source>
        <translation>Haustiere im Haus</translation>
    </message>
    <message>
        <source>Smokers at home</source>
        <translation>Raucher im Haus</translation>
    </message>
    <message>
        <source>Step-free access (no stairs to the bedroom)</source>
        <translation>Barrierefrei (keine Treppe zum Schlafzimmer)</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>vegetarisch, glutenfrei…</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Beds for visitors</source>
        <translation>&amp;Betten für Gäste</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <source>&amp;Diets they can cook</source>
        <translation>&amp;Mögliche Ernährungsformen</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new partner</source>
        <translation>neuer Partner</translation>
    </message>
    <message>
        <source>agreement added</source>
        <translation>Vereinbarung hinzugefügt</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>doppelt, übersprungen</translation>
    </message>
    <message>
        <source>no name, left out</source>
        <translation>ohne Namen, ausgelassen</translation>
    </message>
    <message>
        <source>coordinates from the file</source>
        <translation>Koordinaten aus der Datei</translation>
    </message>
    <message>
        <source>organisation, not on the map</source>
        <translation>Organisation, nicht auf der Karte</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>Lage unbekannt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Double-click to choose another place, a country or “not placed”.</source>
        <translation>Doppelklicken, um einen anderen Ort, ein Land oder „nicht platziert“ zu wählen.</translation>
    </message>
</context>
<context>
    <name>ImportDoubts</name>
    <message>
        <source>{count} inhabitants</source>
        <translation>{count} Einw.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised: choose it</source>
        <translation>Land „{value}“ nicht erkannt: bitte wählen</translation>
    </message>
    <message>
        <source>{count} places fit; {place} was chosen</source>
        <translation>{count} Orte kommen in Frage; {place} wurde gewählt</translation>
    </message>
    <message>
        <source>added to the partner of row {row}</source>
        <translation>dem Partner aus Zeile {row} zugeordnet</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>Lage unbekannt</translation>
    </message>
    <message>
        <source>wording “{value}” kept as an “other” agreement</source>
        <translation>Bezeichnung „{value}“ als „andere“ Vereinbarung übernommen</translation>
    </message>
</context>
<context>
    <name>ImportPartnersDialog</name>
    <message>
        <source>Import partners from {file}</source>
        <translation>Partner aus {file} importieren</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Sheet of the workbook to import</source>
        <translation>Zu importierendes Tabellenblatt</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Zu prüfende Zeilen</translation>
    </message>
    <message>
        <source>Duplicates and rows left out</source>
        <translation>Doppelte und ausgelassene Zeilen</translation>
    </message>
    <message>
        <source>&amp;Fix the row…</source>
        <translation>Zeile &amp;korrigieren…</translation>
    </message>
    <message>
        <source>Agreement &amp;wordings…</source>
        <translation>&amp;Bezeichnungen der Vereinbarungen…</translation>
    </message>
    <message>
        <source>No column was recognised: found “{found}”; expected a town or partner name (“Ville”), and if you have them “Pays”, “Type d&apos;accord”, “Date de signature”.</source>
        <translation>Keine Spalte erkannt: gefunden „{found}“; erwartet wird der Name der Stadt oder des Partners („Ville“/„Stadt“), und falls vorhanden „Land“, „Art der Vereinbarung“, „Datum“.</translation>
    </message>
    <message>
        <source>This sheet is empty: there is nothing to import.</source>
        <translation>Dieses Tabellenblatt ist leer: es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Rows marked in yellow need a look: double-click one to fix it.</source>
        <translation>Gelb markierte Zeilen bitte prüfen: zum Korrigieren doppelklicken.</translation>
    </message>
    <message>
        <source>Discard your corrections?</source>
        <translation>Korrekturen verwerfen?</translation>
    </message>
    <message>
        <source>The rows you fixed in this preview are not imported yet. Close and lose the corrections?</source>
        <translation>Die in dieser Vorschau korrigierten Zeilen sind noch nicht importiert. Schließen und die Korrekturen verlieren?</translation>
    </message>
    <message>
        <source>Discard corrections</source>
        <translation>Korrekturen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Die Ortsliste wird vorbereitet (einmalig, etwa 20 Sekunden)…</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>Nichts wurde importiert. {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Date signed, as written:</source>
        <translation>Unterzeichnungsdatum, wie geschrieben:</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n new partner(s)</source>
        <translation>
            <numerusform>%n neuer Partner</numerusform>
            <numerusform>%n neue Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed on the map</source>
        <translation>
            <numerusform>%n auf der Karte</numerusform>
            <numerusform>%n auf der Karte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a position</source>
        <translation>
            <numerusform>%n ohne Lage</numerusform>
            <numerusform>%n ohne Lage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n Vereinbarung</numerusform>
            <numerusform>%n Vereinbarungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n Duplikat übersprungen</numerusform>
            <numerusform>%n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a name left out</source>
        <translation>
            <numerusform>%n Zeile ohne Namen ausgelassen</numerusform>
            <numerusform>%n Zeilen ohne Namen ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden row(s) skipped</source>
        <translation>
            <numerusform>%n ausgeblendete Zeile übersprungen</numerusform>
            <numerusform>%n ausgeblendete Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check (marked)</source>
        <translation>
            <numerusform>%n Zeile zu prüfen (markiert)</numerusform>
            <numerusform>%n Zeilen zu prüfen (markiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>{main}; {extras}</source>
        <translation>{main}; {extras}</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Importiert: {summary}.</translation>
    </message>
    <message>
        <source>To import: {summary}.</source>
        <translation>Zu importieren: {summary}.</translation>
    </message>
</context>
<context>
    <name>InvitedDialog</name>
    <message>
        <source>Invited participants</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(kein Partner)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Anzahl</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospecting</source>
        <translation>In Anbahnung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Partnerschaftsurkunde</translation>
    </message>
    <message>
        <source>Honorary twinning</source>
        <translation>Ehrenpartnerschaft</translation>
    </message>
    <message>
        <source>Exclusive twinning</source>
        <translation>Exklusive Partnerschaft</translation>
    </message>
    <message>
        <source>Friendship and cooperation pact</source>
        <translation>Freundschafts- und Kooperationspakt</translation>
    </message>
    <message>
        <source>Decentralised cooperation agreement</source>
        <translation>Vereinbarung über dezentrale Zusammenarbeit</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Project partnership</source>
        <translation>Projektpartnerschaft</translation>
    </message>
    <message>
        <source>Other agreement</source>
        <translation>Andere Vereinbarung</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>Offizieller Empfang</translation>
    </message>
    <message>
        <source>Twinning anniversary</source>
        <translation>Partnerschaftsjubiläum</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Schüleraustausch</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Jugendaustausch</translation>
    </message>
    <message>
        <source>Sports meeting</source>
        <translation>Sportbegegnung</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Konzert</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Ausstellung</translation>
    </message>
    <message>
        <source>Market / stand</source>
        <translation>Markt / Stand</translation>
    </message>
    <message>
        <source>Conference / workshop</source>
        <translation>Vortrag / Workshop</translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation>Mitgliederversammlung</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Komiteesitzung</translation>
    </message>
    <message>
        <source>Fundraising</source>
        <translation>Spendensammlung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Official mission</source>
        <translation>Offizieller Besuch</translation>
    </message>
    <message>
        <source>Identification mission</source>
        <translation>Erkundungsreise</translation>
    </message>
    <message>
        <source>Technical visit</source>
        <translation>Fachbesuch</translation>
    </message>
    <message>
        <source>Citizens&apos; trip</source>
        <translation>Bürgerreise</translation>
    </message>
    <message>
        <source>Sports delegation</source>
        <translation>Sportdelegation</translation>
    </message>
    <message>
        <source>Cultural delegation</source>
        <translation>Kulturdelegation</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Mandatsträger(in)</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Komiteemitglied</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Einwohner(in)</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jugendliche(r)</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher(in)</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Fahrer(in)</translation>
    </message>
    <message>
        <source>Chaperone</source>
        <translation>Begleitperson</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Reisebus</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <source>Minibus</source>
        <translation>Kleinbus</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Wirkung hier</translation>
    </message>
    <message>
        <source>Visit received</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Visit made</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Sachleistung</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>(anonymous person)</source>
        <translation>(anonymisierte Person)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Delegationen</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Haushalt</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <source>Demo commune — {file}</source>
        <translation>Demo-Gemeinde — {file}</translation>
    </message>
    <message>
        <source>READ-ONLY — {file}</source>
        <translation>NUR LESEN — {file}</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (nur lesen)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;demo commune</source>
        <translation>&amp;Demo-Gemeinde öffnen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Save a &amp;copy of the database…</source>
        <translation>&amp;Kopie der Datenbank speichern…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Import partners…</source>
        <translation>Partner &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export partners…</source>
        <translation>Partner &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Activity report of a year (PDF)…</source>
        <translation>&amp;Tätigkeitsbericht eines Jahres (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <source>The undo history was emptied: it held the personal data just erased.</source>
        <translation>Der Rückgängig-Verlauf wurde geleert: Er enthielt die soeben gelöschten personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>Start&amp;seite</translation>
    </message>
    <message>
        <source>Shared database: {address}</source>
        <translation>Gemeinsame Datenbank: {address}</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Mit gemeinsamer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>A shared database is restored on the server. A backup made here is a file: open it with File › Open database.</source>
        <translation>Eine gemeinsame Datenbank wird auf dem Server wiederhergestellt. Eine hier erstellte Sicherung ist eine Datei: Öffnen Sie sie mit Datei › Datenbank öffnen.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet …</translation>
    </message>
    <message>
        <source>{commune} (demo)</source>
        <translation>{commune} (Demo)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Help on this &amp;tab</source>
        <translation>Hilfe zu diesem &amp;Reiter</translation>
    </message>
    <message>
        <source>&amp;About Twinning Desk</source>
        <translation>&amp;Über Twinning Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>{path} already exists; it was opened instead of replaced.</source>
        <translation>{path} existiert bereits; die Datei wurde geöffnet statt ersetzt.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
    <message>
        <source>The undo history of the previous file was cleared.</source>
        <translation>Der Rückgängig-Verlauf der vorigen Datei wurde geleert.</translation>
    </message>
    <message>
        <source>Connected to {database}</source>
        <translation>Verbunden mit {database}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup on opening saved.</source>
        <translation>Sicherung beim Öffnen gespeichert.</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>Sicherung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Updated with changes made by others.</source>
        <translation>Mit Änderungen anderer aktualisiert.</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>Ebenfalls verbunden: {names}</translation>
    </message>
    <message>
        <source>Demo commune opened.</source>
        <translation>Demo-Gemeinde geöffnet.</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Sicherung gespeichert: {path}</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Kopie der Datenbank speichern</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Kopie gespeichert: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in {file} with the copy of {date}?

The current state is backed up first; you can restore it from the same list.</source>
        <translation>Den gesamten Inhalt von {file} durch die Kopie vom {date} ersetzen?

Der aktuelle Stand wird zuvor gesichert; Sie können ihn aus derselben Liste wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Backup restored. The undo history was cleared.</source>
        <translation>Sicherung wiederhergestellt. Der Rückgängig-Verlauf wurde geleert.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Tätigkeitsbericht</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <source>activity-report-{year}.pdf</source>
        <translation>taetigkeitsbericht-{year}.pdf</translation>
    </message>
    <message>
        <source>Activity report written: {path}</source>
        <translation>Tätigkeitsbericht geschrieben: {path}</translation>
    </message>
    <message>
        <source>About Twinning Desk</source>
        <translation>Über Twinning Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of town-twinning committees: partners, events, delegations and budget, in one file on your computer, with no network needed.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;Das Programm für Partnerschaftskomitees: Partner, Veranstaltungen, Delegationen und Haushalt in einer Datei auf Ihrem Rechner, ohne Netzwerk.&lt;/p&gt;&lt;p&gt;Datenbank: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Our partners — {commune}</source>
        <translation>Unsere Partner — {commune}</translation>
    </message>
    <message>
        <source>Our partners</source>
        <translation>Unsere Partner</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekorde</translation>
    </message>
    <message>
        <source>Made on {date} with Twinning Desk.</source>
        <translation>Erstellt am {date} mit Twinning Desk.</translation>
    </message>
    <message>
        <source>The home commune has no position yet: distances are not shown.</source>
        <translation>Die Gemeinde hat noch keine Lage: Entfernungen werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>No exchange recorded</source>
        <translation>Kein Austausch erfasst</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>In Anbahnung</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Unsere Gemeinde</translation>
    </message>
    <message>
        <source>Outlines: Natural Earth (public domain). Distances as the crow flies.</source>
        <translation>Umrisse: Natural Earth (gemeinfrei). Entfernungen in Luftlinie.</translation>
    </message>
    <message>
        <source>tied with {names}, first by name</source>
        <translation>gleichauf mit {names}, alphabetisch zuerst</translation>
    </message>
    <message>
        <source>Farthest</source>
        <translation>Am weitesten entfernt</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Am nächsten</translation>
    </message>
    <message>
        <source>Northernmost</source>
        <translation>Am nördlichsten</translation>
    </message>
    <message>
        <source>Southernmost</source>
        <translation>Am südlichsten</translation>
    </message>
    <message>
        <source>Most populous</source>
        <translation>Am bevölkerungsreichsten</translation>
    </message>
    <message>
        <source>Oldest agreement</source>
        <translation>Älteste Vereinbarung</translation>
    </message>
    <message>
        <source>Newest agreement</source>
        <translation>Neueste Vereinbarung</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Continents</source>
        <translation>Kontinente</translation>
    </message>
    <message>
        <source>Trips in {year}, there and back</source>
        <translation>Reisen {year}, hin und zurück</translation>
    </message>
    <message>
        <source>Not placed on the map</source>
        <translation>Nicht auf der Karte</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Type a name to search the directory…</source>
        <translation>Namen eingeben, um im Verzeichnis zu suchen…</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Person auswählen</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <source>Invited from the partner town (a visitor)</source>
        <translation>Aus der Partnerstadt eingeladen (Gast)</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation received</source>
        <translation>Einverständnis der Eltern liegt vor</translation>
    </message>
    <message>
        <source>deliberation no., e.g. 2026-047</source>
        <translation>Beschluss-Nr., z. B. 2026-047</translation>
    </message>
    <message>
        <source>Mandat spécial (municipal council)</source>
        <translation>Mandat spécial (Gemeinderatsbeschluss)</translation>
    </message>
    <message>
        <source>An elected member travels on a mandat spécial: a deliberation of the municipal council, voted before the departure, that names the mission. Without it the costs of the trip cannot be refunded (CGCT, article L2123-18). Write the deliberation&apos;s number and the day it was voted.</source>
        <translation>Ein Mandatsträger reist mit einem „mandat spécial“: einem vor der Abreise gefassten Beschluss des Gemeinderats, der die Reise benennt. Ohne ihn können die Reisekosten nicht erstattet werden (CGCT, Artikel L2123-18). Tragen Sie die Nummer des Beschlusses und das Datum der Abstimmung ein.</translation>
    </message>
    <message>
        <source>&amp;Deliberation</source>
        <translation>&amp;Beschluss</translation>
    </message>
    <message>
        <source>&amp;Voted on</source>
        <translation>Beschlossen &amp;am</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>vegetarisch, glutenfrei…</translation>
    </message>
    <message>
        <source>allergy, treatment… (purged after the visit)</source>
        <translation>Allergie, Behandlung… (wird nach dem Besuch gelöscht)</translation>
    </message>
    <message>
        <source>Cannot stay with pets</source>
        <translation>Keine Unterkunft mit Haustieren</translation>
    </message>
    <message>
        <source>Needs a non-smoking home</source>
        <translation>Braucht eine Nichtraucher-Unterkunft</translation>
    </message>
    <message>
        <source>Needs step-free access</source>
        <translation>Braucht barrierefreien Zugang</translation>
    </message>
    <message>
        <source>same word for people who stay together</source>
        <translation>gleiches Wort für Personen, die zusammen wohnen</translation>
    </message>
    <message>
        <source>Hosting needs (sensitive)</source>
        <translation>Unterbringung (sensible Angaben)</translation>
    </message>
    <message>
        <source>D&amp;iet</source>
        <translation>Er&amp;nährung</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Gesundheit</translation>
    </message>
    <message>
        <source>Stays &amp;with</source>
        <translation>Wohnt &amp;mit</translation>
    </message>
    <message>
        <source>&amp;Person *</source>
        <translation>&amp;Person *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funktion</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>a partner</source>
        <translation>ein Partner</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>eine Vereinbarung</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>ein Kontakt</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>ein Dokument</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>eine Veranstaltung</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>eine Folgeaufgabe</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>eine Delegation</translation>
    </message>
    <message>
        <source>a delegation member</source>
        <translation>ein Delegationsmitglied</translation>
    </message>
    <message>
        <source>a host family assignment</source>
        <translation>eine Gastfamilien-Zuordnung</translation>
    </message>
    <message>
        <source>a programme item</source>
        <translation>ein Programmpunkt</translation>
    </message>
    <message>
        <source>a mission report</source>
        <translation>ein Reisebericht</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <source>a host family</source>
        <translation>eine Gastfamilie</translation>
    </message>
    <message>
        <source>a budget line</source>
        <translation>eine Haushaltszeile</translation>
    </message>
    <message>
        <source>a subsidy</source>
        <translation>ein Zuschuss</translation>
    </message>
    <message>
        <source>the commune’s details</source>
        <translation>die Angaben der Gemeinde</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>ein Datensatz</translation>
    </message>
    <message>
        <source>Something this touches ({record}) was changed since, from another window or the command line. Nothing was written, so that change is not lost.</source>
        <translation>Etwas Betroffenes ({record}) wurde seitdem in einem anderen Fenster oder über die Kommandozeile geändert. Es wurde nichts geschrieben, damit diese Änderung nicht verloren geht.</translation>
    </message>
    <message>
        <source>partner {name}</source>
        <translation>Partner {name}</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>event {name}</source>
        <translation>Veranstaltung {name}</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>budget line {name}</source>
        <translation>Haushaltszeile {name}</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>Haushaltszeilen</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>Zuschuss</translation>
    </message>
    <message>
        <source>subsidies</source>
        <translation>Zuschüsse</translation>
    </message>
    <message>
        <source>mission report</source>
        <translation>Reisebericht</translation>
    </message>
    <message>
        <source>mission reports</source>
        <translation>Reiseberichte</translation>
    </message>
    <message>
        <source>host family {name}</source>
        <translation>Gastfamilie {name}</translation>
    </message>
    <message>
        <source>host families</source>
        <translation>Gastfamilien</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>Person {name}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>delegation members</source>
        <translation>Delegationsmitglieder</translation>
    </message>
    <message>
        <source>host family assignments</source>
        <translation>Gastfamilien-Zuordnungen</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>contact {name}</source>
        <translation>Kontakt {name}</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>document {name}</source>
        <translation>Dokument {name}</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>commune’s details</source>
        <translation>Angaben der Gemeinde</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>chart of accounts</source>
        <translation>Kontenplan</translation>
    </message>
    <message>
        <source>funders</source>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>local actors</source>
        <translation>lokale Akteure</translation>
    </message>
    <message>
        <source>Create {what}</source>
        <translation>{what} anlegen</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>{what} bearbeiten</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this line? It is deleted when you save the partner.</source>
        <translation>Diese Zeile entfernen? Sie wird beim Speichern des Partners gelöscht.</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Allge&amp;mein</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>z. B. Deutsch, Polnisch</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Land *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Find the &amp;town</source>
        <translation>S&amp;tadt suchen</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Reg&amp;ion</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Einwohner</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>S&amp;prachen</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Weiteres Thema…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>&amp;Thema hinzufügen</translation>
    </message>
    <message>
        <source>This partner has changes that are not saved. Close without saving them?</source>
        <translation>Dieser Partner hat ungespeicherte Änderungen. Ohne Speichern schließen?</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>{status}, asleep</source>
        <translation>{status}, ruhend</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>Lage unbekannt</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>kein Austausch erfasst</translation>
    </message>
    <message>
        <source>This town is not placed on the map yet: open it and find it by its name.</source>
        <translation>Diese Stadt ist noch nicht auf der Karte: öffnen und nach ihrem Namen suchen.</translation>
    </message>
    <message>
        <source>No event or delegation is recorded with this partner yet.</source>
        <translation>Mit diesem Partner ist noch keine Veranstaltung und keine Delegation erfasst.</translation>
    </message>
    <message>
        <source>Asleep: no exchange for more than {months} months.</source>
        <translation>Ruhend: seit mehr als {months} Monaten kein Austausch.</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Delete partner {name}</source>
        <translation>Partner {name} löschen</translation>
    </message>
    <message>
        <source>Search a partner or a country…</source>
        <translation>Partner oder Land suchen…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Asleep only</source>
        <translation>Nur ruhende</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Neuer Partner…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n Partner</numerusform>
            <numerusform>%n Partner</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner matches this search.</source>
        <translation>Kein Partner entspricht dieser Suche.</translation>
    </message>
    <message>
        <source>No partner yet. Click “New partner…” to add one, or “Import…” to read the list your committee already keeps (Excel or CSV).</source>
        <translation>Noch keine Partner. Klicken Sie auf „Neuer Partner…“, um einen anzulegen, oder auf „Importieren…“, um die vorhandene Liste Ihres Komitees (Excel oder CSV) einzulesen.</translation>
    </message>
    <message>
        <source>Partner saved.</source>
        <translation>Partner gespeichert.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Partner löschen</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it.

Set its status to “Ended” instead; its history stays in your records.</source>
        <translation>{name} kann nicht gelöscht werden: {events} Veranstaltung(en) und {delegations} Delegation(en) beziehen sich darauf.

Setzen Sie den Status stattdessen auf „Beendet“; die Geschichte bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete {name} with its agreements, contacts and documents?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>{name} mit Vereinbarungen, Kontakten und Dokumenten löschen?

Sie können dies mit Bearbeiten › Rückgängig (Strg+Z) zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>{name} deleted. Ctrl+Z to undo.</source>
        <translation>{name} gelöscht. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Partner importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Partner exportieren</translation>
    </message>
    <message>
        <source>partners.xlsx</source>
        <translation>partner.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-Mappe (*.xlsx);;CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partner nach {path} exportiert.</translation>
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
        <translation>z. B. Deutsch, Polnisch</translation>
    </message>
    <message>
        <source>Minor (under 18): record the date of birth</source>
        <translation>Minderjährig (unter 18): Geburtsdatum erfassen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(our commune)</source>
        <translation>(unsere Gemeinde)</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Vorname *</translation>
    </message>
    <message>
        <source>&amp;Surname *</source>
        <translation>&amp;Nachname *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <source>From &amp;partner town</source>
        <translation>Aus der &amp;Partnerstadt</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Haushalt</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <source>Type a town name, then pick it in the list</source>
        <translation>Stadtnamen eingeben und in der Liste auswählen</translation>
    </message>
    <message>
        <source>Search a town</source>
        <translation>Ort suchen</translation>
    </message>
    <message>
        <source>Stop preparing</source>
        <translation>Vorbereitung abbrechen</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once only, under a minute)…</source>
        <translation>Die Ortsliste wird vorbereitet (einmalig, unter einer Minute)…</translation>
    </message>
    <message>
        <source>The list of towns was not prepared; type the coordinates instead.</source>
        <translation>Die Ortsliste wurde nicht vorbereitet; geben Sie stattdessen die Koordinaten ein.</translation>
    </message>
    <message>
        <source>The list of towns is not available ({error}); type the coordinates.</source>
        <translation>Die Ortsliste ist nicht verfügbar ({error}); geben Sie die Koordinaten ein.</translation>
    </message>
    <message>
        <source>{name} — {where} — {population} inh.</source>
        <translation>{name} — {where} — {population} Einw.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
</context>
<context>
    <name>Printed</name>
    <message>
        <source>Attendance list</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <source>Host town</source>
        <translation>Gastgeberstadt</translation>
    </message>
    <message>
        <source>Invited town</source>
        <translation>Eingeladene Stadt</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Förderkennzeichen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>First name and SURNAME</source>
        <translation>Vorname und NACHNAME</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Town hall of {commune}</source>
        <translation>Rathaus {commune}</translation>
    </message>
    <message>
        <source>Organised by: {committee}</source>
        <translation>Veranstalter: {committee}</translation>
    </message>
    <message>
        <source>Certification by the organiser</source>
        <translation>Bestätigung des Veranstalters</translation>
    </message>
    <message>
        <source>I, the undersigned, organiser of the activity, certify that this list is accurate and was signed by the participants present.</source>
        <translation>Ich, der/die Unterzeichnende, Veranstalter der Aktivität, bestätige die Richtigkeit dieser Liste, die von den anwesenden Teilnehmenden unterschrieben wurde.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Activity report {year}</source>
        <translation>Tätigkeitsbericht {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Jahr {year}</translation>
    </message>
    <message>
        <source>Situation on {date}</source>
        <translation>Stand: {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>Das Jahr im Überblick</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Empfangene Besuche</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Eigene Reisen</translation>
    </message>
    <message>
        <source>Local participants</source>
        <translation>Teilnehmende vor Ort</translation>
    </message>
    <message>
        <source>Invited participants</source>
        <translation>Eingeladene Teilnehmende</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Nach Partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Committee events with no partner</source>
        <translation>Aktionen des Komitees ohne Partner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The year’s accounts</source>
        <translation>Die Finanzen des Jahres</translation>
    </message>
    <message>
        <source>Whole budget of the year</source>
        <translation>Gesamthaushalt des Jahres</translation>
    </message>
    <message>
        <source>of which linked to an event or a delegation</source>
        <translation>davon einer Veranstaltung oder Delegation zugeordnet</translation>
    </message>
    <message>
        <source>of which not linked to an action (running costs, annual subsidies, dues)</source>
        <translation>davon keiner Aktion zugeordnet (laufende Kosten, Jahreszuschüsse, Beiträge)</translation>
    </message>
    <message>
        <source>Result of the year (received less spent)</source>
        <translation>Jahresergebnis (Einnahmen minus Ausgaben)</translation>
    </message>
    <message>
        <source>Actual amounts of the {year} budget, contributions in kind apart. The amounts per partner and per action below are those of the budget lines linked to each event or delegation that took place.</source>
        <translation>Ist-Beträge des Haushalts {year}, ohne Sachleistungen. Die Beträge je Partner und je Aktion unten sind die der Haushaltszeilen, die einer stattgefundenen Veranstaltung oder Delegation zugeordnet sind.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>vom {start} bis {end}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message>
        <source>{when}, {commune} received a delegation from {partner} ({purpose}); participants: {count}.</source>
        <translation>{when} empfing {commune} eine Delegation aus {partner} ({purpose}); Teilnehmende: {count}.</translation>
    </message>
    <message>
        <source>{when}, a delegation from {commune} travelled to {partner} ({purpose}); participants: {count}.</source>
        <translation>{when} reiste eine Delegation aus {commune} nach {partner} ({purpose}); Teilnehmende: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}.</source>
        <translation>{when}: „{title}“{place}; Teilnehmende: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}, of whom invited: {invited}.</source>
        <translation>{when}: „{title}“{place}; Teilnehmende: {count}, davon Gäste: {invited}.</translation>
    </message>
    <message>
        <source>Results: {results}</source>
        <translation>Ergebnisse: {results}</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>Das kommende Jahr</translation>
    </message>
    <message>
        <source>What is planned or due from {start} to {end}.</source>
        <translation>Was vom {start} bis {end} geplant oder fällig ist.</translation>
    </message>
    <message>
        <source>Nothing planned yet for the next twelve months.</source>
        <translation>Für die nächsten zwölf Monate ist noch nichts geplant.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jubiläum</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Bericht fällig</translation>
    </message>
    <message>
        <source>Delegation from {partner} received</source>
        <translation>Empfang einer Delegation aus {partner}</translation>
    </message>
    <message>
        <source>Delegation travelling to {partner}</source>
        <translation>Reise einer Delegation nach {partner}</translation>
    </message>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} Jahre Partnerschaft mit {partner}</translation>
    </message>
    <message>
        <source>Financial report to send: {what}</source>
        <translation>Verwendungsnachweis einzureichen: {what}</translation>
    </message>
    <message>
        <source>Where our partners are</source>
        <translation>Wo unsere Partner sind</translation>
    </message>
    <message>
        <source>No event and no delegation this year.</source>
        <translation>Keine Veranstaltung und keine Delegation in diesem Jahr.</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Seite {page} / {pages}</translation>
    </message>
    <message>
        <source>By signing, each participant certifies having taken part in the activity above.</source>
        <translation>Mit der Unterschrift bestätigt jede(r) Teilnehmende die Teilnahme an der oben genannten Aktivität.</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Gastfamilien</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Gastfamilie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Ernährung und Gesundheit</translation>
    </message>
    <message>
        <source>(no host yet)</source>
        <translation>(noch keine Familie)</translation>
    </message>
    <message>
        <source>Contains health information: keep it safe and destroy it after the visit.</source>
        <translation>Enthält Gesundheitsdaten: sicher aufbewahren und nach dem Besuch vernichten.</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Missionsbericht</translation>
    </message>
    <message>
        <source>Partner town</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>Objectives and link with the partnership</source>
        <translation>Ziele und Bezug zur Partnerschaft</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>Die Delegation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>deliberation {number} of {date}</source>
        <translation>Beschluss Nr. {number} vom {date}</translation>
    </message>
    <message>
        <source>Programme and people met</source>
        <translation>Programm und Gesprächspartner</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Wirkung bei uns</translation>
    </message>
    <message>
        <source>Effects in the partner town</source>
        <translation>Wirkung in der Partnerstadt</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
    <message>
        <source>Perspectives and next steps</source>
        <translation>Perspektiven und nächste Schritte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Costs and financing</source>
        <translation>Kosten und Finanzierung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Mission allowances of the elected officials</source>
        <translation>Reisekostenpauschalen der Mandatsträger</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Tagessatz</translation>
    </message>
    <message>
        <source>Nights hosted free (−65 %)</source>
        <translation>Kostenlose Übernachtungen (−65 %)</translation>
    </message>
    <message>
        <source>Meals offered (−17.5 %)</source>
        <translation>Gestellte Mahlzeiten (−17,5 %)</translation>
    </message>
    <message>
        <source>Hosting report</source>
        <translation>Bericht über den Empfang</translation>
    </message>
    <message>
        <source>Delegation received from</source>
        <translation>Empfangene Delegation aus</translation>
    </message>
    <message>
        <source>Objectives of the visit and link with the partnership</source>
        <translation>Ziele des Besuchs und Bezug zur Partnerschaft</translation>
    </message>
    <message>
        <source>The delegation received</source>
        <translation>Die empfangene Delegation</translation>
    </message>
    <message>
        <source>Programme of the visit and people met</source>
        <translation>Besuchsprogramm und Gesprächspartner</translation>
    </message>
    <message>
        <source>no deliberation recorded</source>
        <translation>kein Beschluss erfasst</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Zuschüsse</translation>
    </message>
    <message>
        <source>Share of the partner town</source>
        <translation>Anteil der Partnerstadt</translation>
    </message>
    <message>
        <source>Participants’ contributions and other income</source>
        <translation>Beiträge der Teilnehmenden und sonstige Einnahmen</translation>
    </message>
    <message>
        <source>Mission allowance: {name}</source>
        <translation>Reisekostenpauschale: {name}</translation>
    </message>
    <message>
        <source>Balance borne by the commune or the committee</source>
        <translation>Von der Gemeinde oder dem Komitee getragener Rest</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Überschuss</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Summe der Ausgaben</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Summe der Einnahmen</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Function: {function}</source>
        <translation>Funktion: {function}</translation>
    </message>
    <message>
        <source>Stamp of the town hall</source>
        <translation>Dienstsiegel des Rathauses</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No report has been saved for this delegation yet: the sections after this page are left blank, to be filled in by hand.</source>
        <translation>Für diese Delegation wurde noch kein Bericht gespeichert: Die Abschnitte nach dieser Seite bleiben leer und werden von Hand ausgefüllt.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>No budget line is linked to this delegation.</source>
        <translation>Keine Haushaltszeile ist mit dieser Delegation verknüpft.</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>{place}, den {date}</translation>
    </message>
    <message>
        <source>Template to fill in by hand</source>
        <translation>Vorlage zum Ausfüllen von Hand</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>hh:mm, if any</source>
        <translation>hh:mm, falls bekannt</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Activity *</source>
        <translation>&amp;Programmpunkt *</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>People &amp;met</source>
        <translation>&amp;Gesprächspartner</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The file is open read-only: nothing can be changed in it. To make changes, open a copy you can write to, or close it where it is in use.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet: Nichts kann darin geändert werden. Um Änderungen vorzunehmen, öffnen Sie eine beschreibbare Kopie oder schließen Sie die Datei dort, wo sie verwendet wird.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>This file is open read-only: changes cannot be saved.</source>
        <translation>Diese Datei ist nur lesend geöffnet: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report: {partner}, {date}</source>
        <translation>Missionsbericht: {partner}, {date}</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Nächste Schritte</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>Paus&amp;chalen</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>Un&amp;terschrift</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Als PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Blank template…</source>
        <translation>&amp;Leere Vorlage…</translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Close without saving them?</source>
        <translation>Dieser Bericht hat ungespeicherte Änderungen. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Wirkung bei &amp;uns</translation>
    </message>
    <message>
        <source>Effects &amp;there</source>
        <translation>&amp;Wirkung dort</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Schlussfolgerungen</translation>
    </message>
    <message>
        <source>&amp;Perspectives</source>
        <translation>&amp;Perspektiven</translation>
    </message>
    <message>
        <source>&amp;Distribution list</source>
        <translation>Ve&amp;rteiler</translation>
    </message>
    <message>
        <source>Municipal council, committee members, the partner town hall…</source>
        <translation>Gemeinderat, Komiteemitglieder, Rathaus der Partnerstadt…</translation>
    </message>
    <message>
        <source>Each elected member&apos;s mission allowance: the days abroad times the daily flat rate (forfait), less a share for each night or meal given free by the hosts. The rate is the one the council voted; the total goes into the report&apos;s costs.</source>
        <translation>Die Reisepauschale jedes Mandatsträgers: die Tage im Ausland mal der Tagessatz (Pauschale), abzüglich eines Anteils für jede von den Gastgebern gestellte Nacht oder Mahlzeit. Der Satz ist der vom Rat beschlossene; die Summe geht in die Kosten des Berichts ein.</translation>
    </message>
    <message>
        <source>For each elected official travelling: days abroad × the daily rate set by the council, less 65 % of the rate for each night hosted free and 17.5 % for each meal offered by the partner. Double-click a cell to type.</source>
        <translation>Für jede reisende Mandatsperson: Tage im Ausland × vom Rat festgelegter Tagessatz, abzüglich 65 % des Satzes je kostenloser Übernachtung und 17,5 % je vom Partner gestellter Mahlzeit. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Mayor, deputy mayor, chair of the committee…</source>
        <translation>Bürgermeister(in), Beigeordnete(r), Komiteevorsitz…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Preview of the mission report</source>
        <translation>Vorschau des Missionsberichts</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Missionsbericht speichern</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>when the file was opened</source>
        <translation>beim Öffnen der Datei</translation>
    </message>
    <message>
        <source>when the app was closed</source>
        <translation>beim Schließen des Programms</translation>
    </message>
    <message>
        <source>saved by hand</source>
        <translation>von Hand gesichert</translation>
    </message>
    <message>
        <source>just before a restore</source>
        <translation>direkt vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring replaces what the file holds now with the chosen copy. The current state is backed up first, so you can come back to it from this same list.</source>
        <translation>Die Wiederherstellung ersetzt den jetzigen Inhalt der Datei durch die gewählte Kopie. Der aktuelle Stand wird zuvor gesichert, Sie können aus dieser Liste zu ihm zurückkehren.</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>Von dieser Datei gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RowChoiceDialog</name>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Zeile {row}: {name}</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14.07.1985, 1985 oder 2001-2002</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Unterzeichnet</translation>
    </message>
    <message>
        <source>Not placed (position unknown)</source>
        <translation>Nicht platziert (Lage unbekannt)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Flag a partner as &amp;asleep after</source>
        <translation>Partner als &amp;ruhend markieren nach</translation>
    </message>
    <message>
        <source>The fiscal year &amp;starts in</source>
        <translation>Das &amp;Geschäftsjahr beginnt im</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahren</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>&amp;Jetzt löschen…</translation>
    </message>
    <message>
        <source>Erase participants of visits older than</source>
        <translation>Teilnehmende von Besuchen löschen, älter als</translation>
    </message>
    <message>
        <source>Event types of the committee</source>
        <translation>Veranstaltungsarten des Komitees</translation>
    </message>
    <message>
        <source>e.g. Christmas market, choir tour…</source>
        <translation>z. B. Weihnachtsmarkt, Chorreise…</translation>
    </message>
    <message>
        <source>The usual types (official reception, concert…) are built in; add your committee&apos;s own here.</source>
        <translation>Die üblichen Arten (offizieller Empfang, Konzert…) sind vorhanden; fügen Sie hier die Ihres Komitees hinzu.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Chart of accounts (budget)</source>
        <translation>Kontenrahmen (Haushalt)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Add a sub-account…</source>
        <translation>Unterkonto hinzufügen…</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Eigene Gemeinde</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Nobody took part only in visits older than {years} years.</source>
        <translation>Niemand hat nur an Besuchen teilgenommen, die älter als {years} Jahre sind.</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n person(s) whose last visit ended more than {years} years ago? Counts of past visits stay true. This cannot be undone.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von %n Person löschen, deren letzter Besuch mehr als {years} Jahre zurückliegt? Die Zahlen früherer Besuche bleiben richtig. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die personenbezogenen Daten von %n Personen löschen, deren letzter Besuch mehr als {years} Jahre zurückliegt? Die Zahlen früherer Besuche bleiben richtig. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n Person gelöscht.</numerusform>
            <numerusform>%n Personen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>Label of account {code}:</source>
        <translation>Bezeichnung des Kontos {code}:</translation>
    </message>
    <message>
        <source>Choose the account the new one belongs under.</source>
        <translation>Wählen Sie das Konto, unter dem das neue eingeordnet wird.</translation>
    </message>
    <message>
        <source>New sub-account</source>
        <translation>Neues Unterkonto</translation>
    </message>
    <message>
        <source>Number of the new account under {parent}:</source>
        <translation>Nummer des neuen Kontos unter {parent}:</translation>
    </message>
</context>
<context>
    <name>SubsidyDialog</name>
    <message>
        <source>Subsidy request</source>
        <translation>Zuschussantrag</translation>
    </message>
    <message>
        <source>six months after the fiscal year, if empty</source>
        <translation>sechs Monate nach Geschäftsjahresende, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Funder *</source>
        <translation>&amp;Geldgeber *</translation>
    </message>
    <message>
        <source>&amp;Action financed *</source>
        <translation>Geförderte &amp;Maßnahme *</translation>
    </message>
    <message>
        <source>Amount &amp;requested (€)</source>
        <translation>&amp;Beantragter Betrag (€)</translation>
    </message>
    <message>
        <source>Amount &amp;granted (€)</source>
        <translation>Be&amp;willigter Betrag (€)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Requested &amp;on</source>
        <translation>Beantragt &amp;am</translation>
    </message>
    <message>
        <source>Financial report &amp;due</source>
        <translation>&amp;Nachweis fällig am</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>A&amp;ktenzeichen</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>Jugend</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>heritage</source>
        <translation>Kulturerbe</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>Wirtschaft</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>Tourismus</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <source>solidarity</source>
        <translation>Solidarität</translation>
    </message>
    <message>
        <source>local governance</source>
        <translation>Kommunalverwaltung</translation>
    </message>
    <message>
        <source>health</source>
        <translation>Gesundheit</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>„{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“{value}” no longer exists; today&apos;s country was chosen.</source>
        <translation>„{value}“ existiert nicht mehr; der heutige Staat wurde gewählt.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised; taken from the place found.</source>
        <translation>Land „{value}“ nicht erkannt; vom gefundenen Ort übernommen.</translation>
    </message>
    <message>
        <source>this agreement is already recorded.</source>
        <translation>diese Vereinbarung ist bereits erfasst.</translation>
    </message>
    <message>
        <source>same partner, agreement and date as an earlier row.</source>
        <translation>gleicher Partner, gleiche Vereinbarung und gleiches Datum wie eine frühere Zeile.</translation>
    </message>
    <message>
        <source>this file is not a spreadsheet or a CSV text.</source>
        <translation>diese Datei ist weder eine Tabelle noch ein CSV-Text.</translation>
    </message>
    <message>
        <source>near row {row}, a cell holds more than {limit} characters, or a quote is never closed.</source>
        <translation>Um Zeile {row} enthält eine Zelle mehr als {limit} Zeichen, oder ein Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>a cell of row {row} holds more than {limit} characters.</source>
        <translation>Eine Zelle in Zeile {row} enthält mehr als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>this workbook holds XML that points outside itself or expands without end: it is refused, as a hostile file would be.</source>
        <translation>Diese Arbeitsmappe enthält XML, das auf Dateien außerhalb verweist oder sich endlos ausdehnt: Sie wird abgelehnt, wie eine schädliche Datei.</translation>
    </message>
    <message>
        <source>this workbook unpacks to more than {limit} MB (or {ratio} times its size): it is refused, as a damaged or hostile file would be.</source>
        <translation>Diese Arbeitsmappe entpackt sich auf mehr als {limit} MB (oder das {ratio}-Fache ihrer Größe): Sie wird abgelehnt, wie eine beschädigte oder schädliche Datei.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB.</source>
        <translation>die Datei ist größer als 200 MB.</translation>
    </message>
    <message>
        <source>this file is not a readable Excel workbook.</source>
        <translation>diese Datei ist keine lesbare Excel-Mappe.</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows, more than a committee’s list; split it.</source>
        <translation>Das Blatt hat mehr als {limit} Zeilen, weit mehr als eine Vereinsliste; bitte aufteilen.</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns.</source>
        <translation>Zeile {row} hat mehr als {limit} Spalten.</translation>
    </message>
    <message>
        <source>old .xls files are not supported: save it as .xlsx or .csv in Excel.</source>
        <translation>alte .xls-Dateien werden nicht unterstützt: Speichern Sie sie in Excel als .xlsx oder .csv.</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither.</source>
        <translation>geben Sie Breite und Länge an, oder keines von beiden.</translation>
    </message>
    <message>
        <source>must be between -90 and 90 degrees.</source>
        <translation>muss zwischen -90 und 90 Grad liegen.</translation>
    </message>
    <message>
        <source>must be between -180 and 180 degrees.</source>
        <translation>muss zwischen -180 und 180 Grad liegen.</translation>
    </message>
    <message>
        <source>must be between 0 and 50,000,000.</source>
        <translation>muss zwischen 0 und 50.000.000 liegen.</translation>
    </message>
    <message>
        <source>choose a country.</source>
        <translation>wählen Sie ein Land.</translation>
    </message>
    <message>
        <source>must be between 1 and 600 months.</source>
        <translation>muss zwischen 1 und 600 Monaten liegen.</translation>
    </message>
    <message>
        <source>must be a month from 1 to 12.</source>
        <translation>muss ein Monat von 1 bis 12 sein.</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB.</source>
        <translation>das Logo ist größer als 2 MB.</translation>
    </message>
    <message>
        <source>the year {year} is not between {min} and {max}.</source>
        <translation>das Jahr {year} liegt nicht zwischen {min} und {max}.</translation>
    </message>
    <message>
        <source>{day:02d}/{month:02d}/{year} is not a real date.</source>
        <translation>den {day:02d}.{month:02d}.{year} gibt es nicht.</translation>
    </message>
    <message>
        <source>the range {first}–{second} ends before it starts.</source>
        <translation>der Zeitraum {first}–{second} endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 14/07/1985, 1985 or 2001-2002.</source>
        <translation>„{value}“ ist kein Datum; schreiben Sie 14.07.1985, 1985 oder 2001-2002.</translation>
    </message>
    <message>
        <source>needs a full date such as 14/07/2025.</source>
        <translation>braucht ein vollständiges Datum wie 14.07.2025.</translation>
    </message>
    <message>
        <source>The demo fills an empty database only; this one already has partners.</source>
        <translation>Die Demo füllt nur eine leere Datenbank; diese hat bereits Partner.</translation>
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
        <translation>Land</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Art der Vereinbarung</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Dormant after (months)</source>
        <translation>Ruhend nach (Monaten)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Art der Veranstaltung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Örtliche Akteure</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Wirkung hier</translation>
    </message>
    <message>
        <source>Effects there</source>
        <translation>Wirkung dort</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Empfänger oder Zahler</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Geldgeber</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Bewilligter Betrag</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Start of the fiscal year</source>
        <translation>Beginn des Geschäftsjahres</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Betten</translation>
    </message>
    <message>
        <source>Diets offered</source>
        <translation>Mögliche Ernährungsformen</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Kostenlose Übernachtungen</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Gestellte Mahlzeiten</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Tagessatz</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Health needs</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>Stays with group</source>
        <translation>Wohnt mit Gruppe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Gesprächspartner</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Verkehrsmittel</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Förderkennzeichen</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Gastfamilie</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspektiven</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Unterzeichner(in)</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Funktion der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Ort der Unterschrift</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Diesen Partner gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Dieses Dokument gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>unknown kind.</source>
        <translation>unbekannte Art.</translation>
    </message>
    <message>
        <source>unknown status.</source>
        <translation>unbekannter Status.</translation>
    </message>
    <message>
        <source>{name} is larger than 25 MB.</source>
        <translation>{name} ist größer als 25 MB.</translation>
    </message>
    <message>
        <source>unknown agreement type.</source>
        <translation>unbekannte Vereinbarungsart.</translation>
    </message>
    <message>
        <source>is before the signature.</source>
        <translation>liegt vor der Unterzeichnung.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>a partner called “{name}” already exists in this country.</source>
        <translation>in diesem Land gibt es bereits einen Partner namens „{name}“.</translation>
    </message>
    <message>
        <source>This partner cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it. Set its status to “Ended” instead.</source>
        <translation>Dieser Partner kann nicht gelöscht werden: {events} Veranstaltung(en) und {delegations} Delegation(en) beziehen sich darauf. Setzen Sie den Status stattdessen auf „Beendet“.</translation>
    </message>
    <message>
        <source>contains invisible control characters.</source>
        <translation>enthält unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Diese Veranstaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>choose a partner.</source>
        <translation>wählen Sie einen Partner.</translation>
    </message>
    <message>
        <source>choose a purpose.</source>
        <translation>wählen Sie einen Zweck.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>ist erforderlich.</translation>
    </message>
    <message>
        <source>is before the start.</source>
        <translation>liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} steht zweimal auf der Liste.</translation>
    </message>
    <message>
        <source>must be between 0 and {max}.</source>
        <translation>muss zwischen 0 und {max} liegen.</translation>
    </message>
    <message>
        <source>is not a sensible amount.</source>
        <translation>ist kein plausibler Betrag.</translation>
    </message>
    <message>
        <source>{name} is a minor: tick the guardian&apos;s authorisation before marking the delegation ready.</source>
        <translation>{name} ist minderjährig: Haken Sie das Einverständnis der Eltern an, bevor die Delegation als bereit markiert wird.</translation>
    </message>
    <message>
        <source>a chosen person no longer exists.</source>
        <translation>eine gewählte Person existiert nicht mehr.</translation>
    </message>
    <message>
        <source>this household no longer exists.</source>
        <translation>dieser Haushalt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>this event no longer exists.</source>
        <translation>diese Veranstaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{name} travels as an elected official but no mandat spécial (deliberation number and date) is recorded.</source>
        <translation>{name} reist als Mandatsträger(in), aber kein mandat spécial (Beschlussnummer und Datum) ist erfasst.</translation>
    </message>
    <message>
        <source>{name}: the mandat spécial of {date} must be voted before departure.</source>
        <translation>{name}: Das mandat spécial vom {date} muss vor der Abreise beschlossen sein.</translation>
    </message>
    <message>
        <source>{name} is a minor: the guardian&apos;s authorisation is missing.</source>
        <translation>{name} ist minderjährig: Das Einverständnis der Eltern fehlt.</translation>
    </message>
    <message>
        <source>This delegation no longer exists; the list is refreshed.</source>
        <translation>Diese Delegation existiert nicht mehr; die Liste wird aktualisiert.</translation>
    </message>
    <message>
        <source>{host} hosts more visitors than its {capacity} bed(s).</source>
        <translation>{host} beherbergt mehr Gäste als {capacity} Bett(en).</translation>
    </message>
    <message>
        <source>{name} cannot stay with pets, and {host} has some.</source>
        <translation>{name} verträgt keine Haustiere, und {host} hat welche.</translation>
    </message>
    <message>
        <source>{name} needs a non-smoking home; {host} smokes.</source>
        <translation>{name} braucht eine Nichtraucher-Unterkunft; bei {host} wird geraucht.</translation>
    </message>
    <message>
        <source>{name} needs step-free access, which {host} does not offer.</source>
        <translation>{name} braucht barrierefreien Zugang, den {host} nicht bietet.</translation>
    </message>
    <message>
        <source>{host} does not offer the diet {name} needs.</source>
        <translation>{host} bietet die Ernährung nicht an, die {name} braucht.</translation>
    </message>
    <message>
        <source>{name} and {host} have no language in common.</source>
        <translation>{name} und {host} haben keine gemeinsame Sprache.</translation>
    </message>
    <message>
        <source>{name} should stay with their group but is placed elsewhere.</source>
        <translation>{name} sollte bei der Gruppe wohnen, ist aber anderswo untergebracht.</translation>
    </message>
    <message>
        <source>No host yet for: {names}.</source>
        <translation>Noch keine Familie für: {names}.</translation>
    </message>
    <message>
        <source>this delegation no longer exists.</source>
        <translation>diese Delegation gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>a chosen partner no longer exists.</source>
        <translation>ein gewählter Partner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>is too long ({length} characters, at most {max}).</source>
        <translation>ist zu lang ({length} Zeichen, höchstens {max}).</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount; write 1 234,50 or 12,5.</source>
        <translation>„{value}“ ist kein Betrag; schreiben Sie 1.234,50 oder 12,5.</translation>
    </message>
    <message>
        <source>has more than two decimals (cents).</source>
        <translation>hat mehr als zwei Nachkommastellen (Cent).</translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation>Diese Haushaltszeile gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>is not an amount.</source>
        <translation>ist kein Betrag.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>is larger than {max}; check the amount.</source>
        <translation>ist größer als {max}; prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>the fiscal year {year} does not exist.</source>
        <translation>das Geschäftsjahr {year} gibt es nicht.</translation>
    </message>
    <message>
        <source>the account {code} already exists.</source>
        <translation>das Konto {code} existiert bereits.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR, PLN or GBP.</source>
        <translation>„{value}“ ist kein Währungscode wie EUR, PLN oder GBP.</translation>
    </message>
    <message>
        <source>give the amount in {currency} and the rate used.</source>
        <translation>geben Sie den Betrag in {currency} und den verwendeten Kurs an.</translation>
    </message>
    <message>
        <source>choose a category of the chart of accounts.</source>
        <translation>wählen Sie eine Kategorie des Kontenrahmens.</translation>
    </message>
    <message>
        <source>this record no longer exists.</source>
        <translation>dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“{value}” could be read two ways (a decimal comma or a thousands separator) and nothing else in the file tells which: write it 1 500 or 1,50, or say which mark the file uses (--decimal-mark).</source>
        <translation>„{value}“ lässt sich auf zwei Arten lesen (Dezimalkomma oder Tausendertrennzeichen), und nichts sonst in der Datei entscheidet es: Schreiben Sie 1 500 oder 1,50, oder geben Sie das Zeichen der Datei an (--decimal-mark).</translation>
    </message>
    <message>
        <source>“{value}” is not an account of the chart (60 to 87).</source>
        <translation>„{value}“ ist kein Konto des Kontenrahmens (60 bis 87).</translation>
    </message>
    <message>
        <source>this category does not match the kind of line.</source>
        <translation>diese Kategorie passt nicht zur Art der Zeile.</translation>
    </message>
    <message>
        <source>This record no longer exists; the list is refreshed.</source>
        <translation>Dieser Eintrag existiert nicht mehr; die Liste wird aktualisiert.</translation>
    </message>
    <message>
        <source>is in the future.</source>
        <translation>liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>This person took part in {count} delegation(s); use “Erase personal data” to keep the counts true.</source>
        <translation>Diese Person nahm an {count} Delegation(en) teil; verwenden Sie „Personenbezogene Daten löschen“, damit die Zahlen stimmen.</translation>
    </message>
    <message>
        <source>This household hosted {count} visitor(s); remove them from the hosting plans first.</source>
        <translation>Dieser Haushalt hat {count} Gast/Gäste beherbergt; entfernen Sie sie zuerst aus den Unterbringungsplänen.</translation>
    </message>
    <message>
        <source>must be between {min} and {max}.</source>
        <translation>muss zwischen {min} und {max} liegen.</translation>
    </message>
    <message>
        <source>“{value}” is not a time (hh:mm).</source>
        <translation>„{value}“ ist keine Uhrzeit (hh:mm).</translation>
    </message>
    <message>
        <source>choose a person from the directory, or create one.</source>
        <translation>wählen Sie eine Person aus dem Verzeichnis oder legen Sie sie an.</translation>
    </message>
    <message>
        <source>is not one of the delegation’s days ({first} to {last}).</source>
        <translation>liegt nicht in den Tagen der Delegation ({first} bis {last}).</translation>
    </message>
</context>
<context>
    <name>WordingsDialog</name>
    <message>
        <source>Agreement wordings</source>
        <translation>Bezeichnungen der Vereinbarungen</translation>
    </message>
    <message>
        <source>These wordings match no agreement type. Choose what each one means; the choice applies to all its rows and is remembered for the next import.</source>
        <translation>Diese Bezeichnungen passen zu keiner Art von Vereinbarung. Wählen Sie, was jede bedeutet; die Wahl gilt für alle ihre Zeilen und wird für den nächsten Import gespeichert.</translation>
    </message>
    <message>
        <source>Keep as written (other)</source>
        <translation>Wie geschrieben lassen (andere)</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelposten</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Nach Maßnahme</translation>
    </message>
    <message>
        <source>Forecast budget</source>
        <translation>Haushaltsplan</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Verwendungsnachweis</translation>
    </message>
    <message>
        <source>Budget {year}</source>
        <translation>Haushalt {year}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% erreicht</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Freiwillige Sachleistungen</translation>
    </message>
    <message>
        <source>Contributions in kind: 87 − 86 (must be zero)</source>
        <translation>Sachleistungen: 87 − 86 (muss null sein)</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Summe Ausgaben</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Summe Einnahmen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Result of the year (income − expenses)</source>
        <translation>Jahresergebnis (Einnahmen − Ausgaben)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Empfänger oder Zahler</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Trip to {partner}, {date}</source>
        <translation>Reise nach {partner}, {date}</translation>
    </message>
    <message>
        <source>Visit of {partner}, {date}</source>
        <translation>Besuch aus {partner}, {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Forecast budget of the action</source>
        <translation>Haushaltsplan der Maßnahme</translation>
    </message>
    <message>
        <source>Laid out as the budget table of Cerfa form 12156</source>
        <translation>Gestaltet wie die Budgettabelle des Cerfa-Formulars 12156</translation>
    </message>
    <message>
        <source>Financial report of the action</source>
        <translation>Verwendungsnachweis der Maßnahme</translation>
    </message>
    <message>
        <source>Laid out as the summary table of Cerfa form 15059</source>
        <translation>Gestaltet wie die Übersichtstabelle des Cerfa-Formulars 15059</translation>
    </message>
    <message>
        <source>Association: {name}</source>
        <translation>Verein: {name}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Maßnahme: {action}</translation>
    </message>
    <message>
        <source>Action: all the actions of the year (budget of the association)</source>
        <translation>Maßnahme: alle Maßnahmen des Jahres (Haushalt des Vereins)</translation>
    </message>
    <message>
        <source>Fiscal year: {year}</source>
        <translation>Geschäftsjahr: {year}</translation>
    </message>
    <message>
        <source>Fiscal year: {year}, from {start} to {end}</source>
        <translation>Geschäftsjahr: {year}, vom {start} bis {end}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>State: ministries, directorates or decentralised services</source>
        <translation>Staat: Ministerien, Direktionen oder dezentrale Dienststellen</translation>
    </message>
    <message>
        <source>Region(s)</source>
        <translation>Region(en)</translation>
    </message>
    <message>
        <source>Département(s)</source>
        <translation>Département(s)</translation>
    </message>
    <message>
        <source>Intercommunality: EPCI</source>
        <translation>Gemeindeverband: EPCI</translation>
    </message>
    <message>
        <source>Commune(s)</source>
        <translation>Gemeinde(n)</translation>
    </message>
    <message>
        <source>European funds (ESF, ERDF, CERV…)</source>
        <translation>EU-Mittel (ESF, EFRE, CERV…)</translation>
    </message>
    <message>
        <source>Agence de services et de paiement (ASP, subsidised jobs)</source>
        <translation>Agence de services et de paiement (ASP, geförderte Stellen)</translation>
    </message>
    <message>
        <source>Other public bodies, private funders</source>
        <translation>Andere öffentliche Stellen, private Geldgeber</translation>
    </message>
    <message>
        <source>ministry not named</source>
        <translation>Ministerium nicht angegeben</translation>
    </message>
    <message>
        <source>funder not named</source>
        <translation>Geldgeber nicht angegeben</translation>
    </message>
    <message>
        <source>of which membership dues</source>
        <translation>davon Mitgliedsbeiträge</translation>
    </message>
    <message>
        <source>of which donations</source>
        <translation>davon Spenden</translation>
    </message>
    <message>
        <source>of which {account}</source>
        <translation>davon {account}</translation>
    </message>
    <message>
        <source>Rounding to whole euros</source>
        <translation>Rundung auf volle Euro</translation>
    </message>
    <message>
        <source>Forecast surplus (profit)</source>
        <translation>Geplanter Überschuss (Gewinn)</translation>
    </message>
    <message>
        <source>Forecast shortfall (loss)</source>
        <translation>Geplanter Fehlbetrag (Verlust)</translation>
    </message>
    <message>
        <source>Surplus (profit)</source>
        <translation>Überschuss (Gewinn)</translation>
    </message>
    <message>
        <source>Shortfall (loss)</source>
        <translation>Fehlbetrag (Verlust)</translation>
    </message>
    <message>
        <source>Explanation of the significant variances between forecast and actual</source>
        <translation>Erläuterung der wesentlichen Abweichungen zwischen Plan und Ist</translation>
    </message>
    <message>
        <source>Lines whose actual amount differs from the forecast by {percent} or more, or that were not planned: explain each one on its right.</source>
        <translation>Zeilen, deren Ist-Betrag um {percent} oder mehr vom Plan abweicht oder die nicht geplant waren: jede rechts daneben erläutern.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>No significant variance.</source>
        <translation>Keine wesentliche Abweichung.</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Sachleistung</translation>
    </message>
    <message>
        <source>Amount in currency</source>
        <translation>Betrag in Währung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Expenses forecast</source>
        <translation>Ausgaben Plan</translation>
    </message>
    <message>
        <source>Expenses actual</source>
        <translation>Ausgaben Ist</translation>
    </message>
    <message>
        <source>Income forecast</source>
        <translation>Einnahmen Plan</translation>
    </message>
    <message>
        <source>Income actual</source>
        <translation>Einnahmen Ist</translation>
    </message>
    <message>
        <source>Balance (actual)</source>
        <translation>Saldo (Ist)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>_CommunePage</name>
    <message>
        <source>Your commune</source>
        <translation>Ihre Gemeinde</translation>
    </message>
    <message>
        <source>Type its name in “Find the commune” and pick it, or type the coordinates.</source>
        <translation>Geben Sie den Namen unter „Gemeinde suchen“ ein und wählen Sie sie aus, oder geben Sie die Koordinaten ein.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Twinning Desk</source>
        <translation>Willkommen bei Twinning Desk</translation>
    </message>
    <message>
        <source>Twinning Desk keeps your committee&apos;s partners, events, delegations and budget in one file on this computer; no Internet connection is needed.

First, tell us which commune the committee belongs to. Its name and logo head your reports, and its position gives the distance to each partner. Click Next to start.</source>
        <translation>Twinning Desk speichert Partner, Veranstaltungen, Delegationen und Haushalt Ihres Komitees in einer Datei auf diesem Computer; eine Internetverbindung ist nicht nötig.

Geben Sie zuerst an, zu welcher Gemeinde das Komitee gehört. Name und Logo stehen über Ihren Berichten, die Lage ergibt die Entfernung zu jedem Partner. Klicken Sie auf Weiter, um zu beginnen.</translation>
    </message>
    <message>
        <source>Just looking? Open a demo commune, filled with partners, events, visits and a budget. It has its own file: your committee&apos;s file stays empty, and you can come back to it, or to the demo (File menu), at any time.</source>
        <translation>Nur zum Ansehen? Öffnen Sie eine Demo-Gemeinde mit Partnern, Veranstaltungen, Besuchen und einem Haushalt. Sie hat eine eigene Datei: die Datei Ihres Komitees bleibt leer, und Sie können jederzeit zu ihr oder zur Demo (Menü Datei) zurückkehren.</translation>
    </message>
    <message>
        <source>&amp;Try with the demo</source>
        <translation>Mit der Demo &amp;ausprobieren</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>This computer has no password store (keyring) the app can use: the password was not kept and will be asked at the next connection.</source>
        <translation>Dieser Computer hat keinen nutzbaren Passwortspeicher: Das Passwort wurde nicht gespeichert und wird bei der nächsten Verbindung erfragt.</translation>
    </message>
</context>
</TS>
