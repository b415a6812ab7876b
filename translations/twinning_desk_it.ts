<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>as the committee calls it, if not the type</source>
        <translation>come lo chiama il comitato, se diverso dal tipo</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14/07/1985, 1985 o 2001-2002</translation>
    </message>
    <message>
        <source>A French version of the agreement exists</source>
        <translation>Esiste una versione francese dell’accordo</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Dicitura</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Firmato il</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Luogo</translation>
    </message>
    <message>
        <source>Si&amp;gnatories</source>
        <translation>Fir&amp;matari</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation>&amp;Rinnovo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Read-only file</source>
        <translation>File di sola lettura</translation>
    </message>
    <message>
        <source>{path} cannot be written to, so it opens read-only.</source>
        <translation>{path} non è scrivibile, quindi viene aperto in sola lettura.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation>Ripristina l’ultimo backup integro</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Apri comunque</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Scegli un altro file…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>No sound backup of this file was found.</source>
        <translation>Non è stato trovato alcun backup integro di questo file.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup ripristinato</translation>
    </message>
    <message>
        <source>The copy of {date} was restored. The damaged file was kept beside it, renamed.</source>
        <translation>È stata ripristinata la copia del {date}. Il file danneggiato è stato conservato accanto, rinominato.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Apri un database</translation>
    </message>
    <message>
        <source>The file used last time, {last}, cannot be found (a USB stick or network folder that is not connected?). Opening {default} instead; use File › Open database once the file is back.</source>
        <translation>Il file usato l’ultima volta, {last}, non si trova (una chiavetta USB o una cartella di rete non collegata?). Viene aperto {default} al suo posto; usa File › Apri database quando il file sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>You can set up your commune later in Edit › Settings; distances to partners are shown once its position is known.</source>
        <translation>Potrai configurare il tuo comune più tardi in Modifica › Impostazioni; le distanze dai partner compaiono non appena se ne conosce la posizione.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Budget line</source>
        <translation>Voce di bilancio</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nuova voce di bilancio</translation>
    </message>
    <message>
        <source>The account of the associations&apos; chart of accounts (60 to 87), as the subsidy form (Cerfa) asks: 6x for charges, 7x for income, 86 and 87 for contributions in kind (volunteering, rooms lent). The workbook groups the lines by these accounts.</source>
        <translation>Il conto del piano dei conti delle associazioni (da 60 a 87), come chiede il modulo di contributo (Cerfa): 6x per le spese, 7x per le entrate, 86 e 87 per i contributi in natura (volontariato, sale prestate). La cartella di lavoro raggruppa le righe per questi conti.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Natura</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>&amp;Label *</source>
        <translation>&amp;Descrizione *</translation>
    </message>
    <message>
        <source>&amp;Forecast (€)</source>
        <translation>&amp;Preventivo (€)</translation>
    </message>
    <message>
        <source>&amp;Actual (€)</source>
        <translation>Consun&amp;tivo (€)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <source>&amp;Payee or payer</source>
        <translation>&amp;Beneficiario o pagatore</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Giustificativo</translation>
    </message>
    <message>
        <source>F&amp;under (income)</source>
        <translation>F&amp;inanziatore (entrate)</translation>
    </message>
    <message>
        <source>Linked &amp;event</source>
        <translation>&amp;Evento collegato</translation>
    </message>
    <message>
        <source>Linked dele&amp;gation</source>
        <translation>De&amp;legazione collegata</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Val&amp;uta</translation>
    </message>
    <message>
        <source>Amount in that c&amp;urrency</source>
        <translation>Importo in quella val&amp;uta</translation>
    </message>
    <message>
        <source>E&amp;xchange rate (€ per unit)</source>
        <translation>Ta&amp;sso di cambio (€ per unità)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Forecast</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Consuntivo</translation>
    </message>
    <message>
        <source>No amount yet.</source>
        <translation>Nessun importo per ora.</translation>
    </message>
    <message>
        <source>New fiscal &amp;year…</source>
        <translation>Nuovo eser&amp;cizio…</translation>
    </message>
    <message>
        <source>Expenses and income</source>
        <translation>Spese ed entrate</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tutti i conti</translation>
    </message>
    <message>
        <source>Search a label, a payee, a receipt…</source>
        <translation>Cerca una descrizione, un beneficiario, un giustificativo…</translation>
    </message>
    <message>
        <source>New subsidy &amp;request…</source>
        <translation>Nuova &amp;richiesta di contributo…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Contributi</translation>
    </message>
    <message>
        <source>&amp;New line…</source>
        <translation>&amp;Nuova voce…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Start from last year&apos;s &amp;forecast</source>
        <translation>Riparti dal &amp;preventivo dell’anno scorso</translation>
    </message>
    <message>
        <source>E&amp;xport the Excel workbook…</source>
        <translation>Esporta la cartella di lavoro E&amp;xcel…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>The forecast is balanced.</source>
        <translation>Il preventivo è in pareggio.</translation>
    </message>
    <message>
        <source>The forecast is not balanced: income minus expenses is {gap}.</source>
        <translation>Il preventivo non è in pareggio: entrate meno spese = {gap}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expenses&lt;/b&gt; forecast {cf}, actual {ca} — &lt;b&gt;Income&lt;/b&gt; forecast {pf}, actual {pa}&lt;br&gt;&lt;b&gt;Result of the year&lt;/b&gt;: {result}. {balance}</source>
        <translation>&lt;b&gt;Spese&lt;/b&gt; preventivo {cf}, consuntivo {ca} — &lt;b&gt;Entrate&lt;/b&gt; preventivo {pf}, consuntivo {pa}&lt;br&gt;&lt;b&gt;Risultato dell’esercizio&lt;/b&gt;: {result}. {balance}</translation>
    </message>
    <message>
        <source>Financial reports due: {items}</source>
        <translation>Rendiconti finanziari da presentare: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget line saved.</source>
        <translation>Voce di bilancio salvata.</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Elimina voce di bilancio</translation>
    </message>
    <message>
        <source>Delete “{label}”?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Eliminare «{label}»?

Puoi annullare con Modifica › Annulla (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete budget line {label}</source>
        <translation>Elimina la voce di bilancio {label}</translation>
    </message>
    <message>
        <source>New fiscal year</source>
        <translation>Nuovo esercizio</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Anno:</translation>
    </message>
    <message>
        <source>There is no fiscal year {year} to start from.</source>
        <translation>Non esiste un esercizio {year} da cui ripartire.</translation>
    </message>
    <message>
        <source>Start from last year</source>
        <translation>Riparti dall’anno scorso</translation>
    </message>
    <message>
        <source>Copy the forecast lines of {previous} into {year} (actual amounts left empty)?</source>
        <translation>Copiare le voci del preventivo {previous} nel {year} (importi a consuntivo lasciati vuoti)?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied.</source>
        <translation>
            <numerusform>%n voce copiata.</numerusform>
            <numerusform>%n voci copiate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the budget workbook</source>
        <translation>Esporta la cartella di lavoro del bilancio</translation>
    </message>
    <message>
        <source>budget-{year}.xlsx</source>
        <translation>bilancio-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Budget exported to {path}, with the Cerfa sheets of {action}.</source>
        <translation>Bilancio esportato in {path}, con i fogli Cerfa di {action}.</translation>
    </message>
    <message>
        <source>Budget exported to {path}.</source>
        <translation>Bilancio esportato in {path}.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Purchases</source>
        <translation>Acquisti</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Servizi esterni</translation>
    </message>
    <message>
        <source>Other external services</source>
        <translation>Altri servizi esterni</translation>
    </message>
    <message>
        <source>Travel, missions and receptions</source>
        <translation>Viaggi, missioni e ricevimenti</translation>
    </message>
    <message>
        <source>Advertising, publications</source>
        <translation>Pubblicità, pubblicazioni</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Imposte e tasse</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>Costi del personale</translation>
    </message>
    <message>
        <source>Other current management costs</source>
        <translation>Altri oneri di gestione corrente</translation>
    </message>
    <message>
        <source>Financial costs</source>
        <translation>Oneri finanziari</translation>
    </message>
    <message>
        <source>Exceptional costs</source>
        <translation>Oneri straordinari</translation>
    </message>
    <message>
        <source>Depreciation and provisions</source>
        <translation>Ammortamenti e accantonamenti</translation>
    </message>
    <message>
        <source>Sales, services</source>
        <translation>Vendite, prestazioni di servizi</translation>
    </message>
    <message>
        <source>Operating subsidies</source>
        <translation>Contributi di esercizio</translation>
    </message>
    <message>
        <source>Subsidy: State</source>
        <translation>Contributo: Stato</translation>
    </message>
    <message>
        <source>Subsidy: Region</source>
        <translation>Contributo: Regione</translation>
    </message>
    <message>
        <source>Subsidy: Département</source>
        <translation>Contributo: Dipartimento</translation>
    </message>
    <message>
        <source>Subsidy: Intercommunality</source>
        <translation>Contributo: Intercomunalità</translation>
    </message>
    <message>
        <source>Subsidy: Commune</source>
        <translation>Contributo: Comune</translation>
    </message>
    <message>
        <source>Subsidy: European funds</source>
        <translation>Contributo: fondi europei</translation>
    </message>
    <message>
        <source>Subsidy: other</source>
        <translation>Contributo: altro</translation>
    </message>
    <message>
        <source>Other current management income</source>
        <translation>Altri proventi di gestione corrente</translation>
    </message>
    <message>
        <source>Membership dues</source>
        <translation>Quote associative</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donazioni</translation>
    </message>
    <message>
        <source>Financial income</source>
        <translation>Proventi finanziari</translation>
    </message>
    <message>
        <source>Exceptional income</source>
        <translation>Proventi straordinari</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Riprese di ammortamenti e accantonamenti</translation>
    </message>
    <message>
        <source>Use of voluntary contributions in kind</source>
        <translation>Impiego dei contributi volontari in natura</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Contributi volontari in natura</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: {reason}</source>
        <translation>Errore: {reason}</translation>
    </message>
    <message>
        <source>Interrupted; nothing more was written.</source>
        <translation>Interrotto; non è stato scritto nient’altro.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details: {log}</source>
        <translation>Errore imprevisto: {error}. Dettagli: {log}</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; add --read-only to read it anyway, or wait until they close it.</source>
        <translation>Errore: {path} è in uso da parte di {user} su {host} dal {since}; aggiungi --read-only per leggerlo comunque, o attendi che venga chiuso.</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; wait until they close it, then try again.</source>
        <translation>Errore: {path} è in uso da parte di {user} su {host} dal {since}; attendi che venga chiuso, poi riprova.</translation>
    </message>
    <message>
        <source>Error: {path} does not exist.</source>
        <translation>Errore: {path} non esiste.</translation>
    </message>
    <message>
        <source>Damaged: {path}: {reason}</source>
        <translation>Danneggiato: {path}: {reason}</translation>
    </message>
    <message>
        <source>OK: {path} ({partners} partners, {events} events, {delegations} delegations, {lines} budget lines)</source>
        <translation>OK: {path} ({partners} partner, {events} eventi, {delegations} delegazioni, {lines} voci di bilancio)</translation>
    </message>
    <message>
        <source>Error: a shared database is restored on the server (pg_restore), or filled from a backup file with twinning-desk copy FILE ADDRESS into an empty database; nothing was changed.</source>
        <translation>Errore: un database condiviso si ripristina sul server (pg_restore), o si riempie da un file di backup con twinning-desk copy FILE INDIRIZZO in un database vuoto; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Error: the backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>Errore: il backup {path} è danneggiato ({reason}); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the damaged file was kept as {damaged}.</source>
        <translation>{backup} ripristinato in {path}; il file danneggiato è stato conservato come {damaged}.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the previous state was backed up first (twinning-desk restore can bring it back).</source>
        <translation>{backup} ripristinato in {path}; lo stato precedente è stato prima salvato in un backup (twinning-desk restore può riportarlo).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Backup scritto: {path}</translation>
    </message>
    <message>
        <source>[{index}/{count}] {table}, rows: {rows}</source>
        <translation>[{index}/{count}] {table}, righe: {rows}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and checked it (row count and checksum of each table): tables: {tables}, rows: {rows}.</source>
        <translation>{source} copiato in {target} e verificato (numero di righe e checksum di ogni tabella): tabelle: {tables}, righe: {rows}.</translation>
    </message>
    <message>
        <source>owner (upgrades the tables with a new version)</source>
        <translation>proprietario (aggiorna le tabelle con una nuova versione)</translation>
    </message>
    <message>
        <source>editor (reads and writes)</source>
        <translation>redattore (legge e scrive)</translation>
    </message>
    <message>
        <source>reader (reads and prints only)</source>
        <translation>lettore (legge e stampa soltanto)</translation>
    </message>
    <message>
        <source>{kind}: {name} (it existed; its password was kept)</source>
        <translation>{kind}: {name} (esisteva già; la sua password è stata mantenuta)</translation>
    </message>
    <message>
        <source>{kind}: {name}, password: {password}</source>
        <translation>{kind}: {name}, password: {password}</translation>
    </message>
    <message>
        <source>The passwords are shown this once and kept nowhere: give each to its person, who types it when connecting.</source>
        <translation>Le password sono mostrate solo questa volta e non sono conservate da nessuna parte: date ciascuna alla sua persona, che la digiterà al momento della connessione.</translation>
    </message>
    <message>
        <source>Home commune set: {name} ({country}) in {path}</source>
        <translation>Comune registrato: {name} ({country}) in {path}</translation>
    </message>
    <message>
        <source>Demo commune created in {path}: {count} partners.</source>
        <translation>Comune dimostrativo creato in {path}: {count} partner.</translation>
    </message>
    <message>
        <source>Error: no column for {fields} in {file}.</source>
        <translation>Errore: nessuna colonna per {fields} in {file}.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}.</source>
        <translation>Prova a vuoto, nulla è stato scritto: {summary}.</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Importato: {summary}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra questo aiuto ed esce</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegliere tra %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>i seguenti argomenti sono obbligatori: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>previsto un argomento</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valore %(type)s non valido: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s potrebbe corrispondere a %(matches)s</translation>
    </message>
    <message>
        <source>expected a year from {low} to {high}, not “{value}”</source>
        <translation>previsto un anno da {low} a {high}, non «{value}»</translation>
    </message>
    <message>
        <source>expected an id, a whole number from {low}, not “{value}”</source>
        <translation>previsto un identificativo, un numero intero da {low} in su, non «{value}»</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Cartella dei dati: {path}</translation>
    </message>
    <message>
        <source>database file (default: the user data folder), or a shared database&apos;s address, postgresql://user@server/database</source>
        <translation>file del database (predefinito: la cartella dei dati dell’utente), o indirizzo di un database condiviso, postgresql://utente@server/database</translation>
    </message>
    <message>
        <source>language of the interface and messages</source>
        <translation>lingua dell&apos;interfaccia e dei messaggi</translation>
    </message>
    <message>
        <source>read the file without taking it, even while the app has it open</source>
        <translation>legge il file senza occuparlo, anche mentre l&apos;applicazione lo tiene aperto</translation>
    </message>
    <message>
        <source>CSV: the decimal mark, comma (with ; between cells) or dot (with ,); default: the language&apos;s</source>
        <translation>CSV: il separatore decimale, virgola (celle separate da ;) o punto (da ,); predefinito: quello della lingua</translation>
    </message>
    <message>
        <source>show the version and the data folder, then exit</source>
        <translation>mostra la versione e la cartella dei dati, poi esce</translation>
    </message>
    <message>
        <source>set the home commune of a new database</source>
        <translation>imposta il comune di una nuova base di dati</translation>
    </message>
    <message>
        <source>ISO code or name, e.g. FR</source>
        <translation>codice ISO o nome, ad es. FR</translation>
    </message>
    <message>
        <source>fill an empty database with a demo commune</source>
        <translation>riempie una base di dati vuota con un comune dimostrativo</translation>
    </message>
    <message>
        <source>import partners from .xlsx or .csv</source>
        <translation>importa partner da .xlsx o .csv</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>mostra cosa verrebbe importato</translation>
    </message>
    <message>
        <source>budget: the fiscal year (default: current)</source>
        <translation>bilancio: l&apos;esercizio (predefinito: quello in corso)</translation>
    </message>
    <message>
        <source>budget: the file&apos;s decimal mark, comma or dot (default: read from its amounts)</source>
        <translation>bilancio: il separatore decimale del file, comma (virgola) o dot (punto); predefinito: quello che mostrano i suoi importi</translation>
    </message>
    <message>
        <source>list records</source>
        <translation>elenca i record</translation>
    </message>
    <message>
        <source>print the partners&apos; records (distances, dates)</source>
        <translation>mostra i record dei partner (distanze, date)</translation>
    </message>
    <message>
        <source>back the database up (to OUT, or to the backup folder)</source>
        <translation>esegue il backup della base di dati (in OUT o nella cartella dei backup)</translation>
    </message>
    <message>
        <source>copy a whole database, checked, between an SQLite file and a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>copiare un intero database, verificato, tra un file SQLite e un server PostgreSQL (postgresql://utente@host/database)</translation>
    </message>
    <message>
        <source>the file or postgresql:// address to copy</source>
        <translation>il file o l’indirizzo postgresql:// da copiare</translation>
    </message>
    <message>
        <source>a new file, or an empty database (a file or postgresql:// address)</source>
        <translation>un nuovo file, o un database vuoto (un file o un indirizzo postgresql://)</translation>
    </message>
    <message>
        <source>administer a shared PostgreSQL database</source>
        <translation>amministrare un database PostgreSQL condiviso</translation>
    </message>
    <message>
        <source>create the owner, editor and reader roles of a committee&apos;s database</source>
        <translation>creare i ruoli proprietario, redattore e lettore del database di un comitato</translation>
    </message>
    <message>
        <source>the database, reached as the server&apos;s administrator (postgresql://postgres@host/database)</source>
        <translation>il database, raggiunto come amministratore del server (postgresql://postgres@host/database)</translation>
    </message>
    <message>
        <source>the roles&apos; names begin with this (default: the database&apos;s name)</source>
        <translation>l’inizio del nome dei ruoli (predefinito: il nome del database)</translation>
    </message>
    <message>
        <source>give roles that exist already new passwords</source>
        <translation>dare nuove password ai ruoli che esistono già</translation>
    </message>
    <message>
        <source>replace the database with a backup (undoable)</source>
        <translation>sostituisce la base di dati con un backup (annullabile)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>verifica l&apos;integrità della base di dati</translation>
    </message>
    <message>
        <source>export to a file</source>
        <translation>esporta in un file</translation>
    </message>
    <message>
        <source>calendar: only this year; budget: the year</source>
        <translation>calendario: solo quest&apos;anno; bilancio: l&apos;esercizio</translation>
    </message>
    <message>
        <source>attendance, hosting: the delegation&apos;s id; budget: its Cerfa sheets</source>
        <translation>presenze, alloggio: il numero della delegazione; bilancio: i suoi fogli Cerfa</translation>
    </message>
    <message>
        <source>attendance: an event&apos;s id instead; budget: the event&apos;s Cerfa sheets</source>
        <translation>presenze: in alternativa il numero di un evento; bilancio: i fogli Cerfa dell’evento</translation>
    </message>
    <message>
        <source>person: whose data to export (.json or .xlsx)</source>
        <translation>persona: di cui esportare i dati (.json o .xlsx)</translation>
    </message>
    <message>
        <source>hosting: include diet and health notes</source>
        <translation>alloggio: includere dieta e note sanitarie</translation>
    </message>
    <message>
        <source>mission-report: the template to fill by hand</source>
        <translation>rapporto di missione: il modello da compilare a mano</translation>
    </message>
    <message>
        <source>erase participants of visits older than N years</source>
        <translation>cancella i partecipanti delle visite più vecchie di N anni</translation>
    </message>
    <message>
        <source>expected a number of years from {low} to {high}, not “{value}”</source>
        <translation>previsto un numero di anni da {low} a {high}, non «{value}»</translation>
    </message>
    <message>
        <source>Error: no column recognised in {file}: found “{found}”; expected {expected}.</source>
        <translation>Errore: nessuna colonna riconosciuta in {file}: trovato «{found}»; previsto {expected}.</translation>
    </message>
    <message>
        <source>town (ville), country (pays), agreement, date signed…</source>
        <translation>città (ville), paese (pays), accordo, data di firma…</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}</source>
        <translation>Prova, nulla è stato scritto: {summary}</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Preparazione dell&apos;elenco delle città (una sola volta, circa 20 secondi)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Exported to {path}: {count} event(s), {visits} delegation(s).</source>
        <translation>Esportato in {path}: {count} evento/i, {visits} delegazione/i.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx or .csv.</source>
        <translation>Errore: il nome del file deve terminare con .xlsx o .csv.</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partner esportati in {path}.</translation>
    </message>
    <message>
        <source>Error: give --person ID.</source>
        <translation>Errore: indica --person ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .json or .xlsx.</source>
        <translation>Errore: il nome del file deve terminare con .json o .xlsx.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf.</source>
        <translation>Errore: il nome del file deve terminare con .pdf.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID or --event ID.</source>
        <translation>Errore: indica --delegation ID o --event ID.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID.</source>
        <translation>Errore: indica --delegation ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf or .xlsx.</source>
        <translation>Errore: il nome del file deve terminare con .pdf o .xlsx.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>File scritto: {path}</translation>
    </message>
    <message>
        <source>Error: give --year YEAR.</source>
        <translation>Errore: indica --year ANNO.</translation>
    </message>
    <message>
        <source>{count} person(s) erased or anonymised.</source>
        <translation>Persone cancellate o rese anonime: {count}.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .ics.</source>
        <translation>Errore: il nome del file deve terminare con .ics.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Consuntivo</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx.</source>
        <translation>Errore: il nome del file deve terminare con .xlsx.</translation>
    </message>
    <message>
        <source>Budget {year} exported to {path}.</source>
        <translation>Bilancio {year} esportato in {path}.</translation>
    </message>
    <message>
        <source>{lines} budget lines, {err} errors</source>
        <translation>{lines} voci di bilancio, {err} errori</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>riga {row}: {reason}</translation>
    </message>
    <message>
        <source>No home commune yet.</source>
        <translation>Nessun comune ancora.</translation>
    </message>
    <message>
        <source>{name}: no position yet, so no distances (set it in the settings).</source>
        <translation>{name}: nessuna posizione ancora, quindi nessuna distanza (impostala nelle impostazioni).</translation>
    </message>
    <message>
        <source>{name} ({lat}, {lon})</source>
        <translation>{name} ({lat}, {lon})</translation>
    </message>
    <message>
        <source>Partners: {count}, placed on the map: {placed}</source>
        <translation>Partner: {count}, sulla mappa: {placed}</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Error: the file name must end in .png or .pdf.</source>
        <translation>Errore: il nome del file deve finire con .png o .pdf.</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Mappa salvata in {path}.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Account</source>
        <translation>Conto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Natura</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Consuntivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Beneficiario o pagatore</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Scostamento</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% realizzato</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concessa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Rendiconto dovuto</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitatore</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation</source>
        <translation>Autorizzazione dei genitori</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Persone incontrate</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Famiglia ospitante</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Vincoli</translation>
    </message>
    <message>
        <source>Stays with</source>
        <translation>Alloggia con</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Dieta e salute</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Letti occupati</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Posizione sulla mappa</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Versione francese</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Letti</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animali</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Fumatori</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Senza gradini</translation>
    </message>
    <message>
        <source>Diets</source>
        <translation>Diete</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Eletto/a</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Notti offerte</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Pasti offerti</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegazioni</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Voci di bilancio</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>Da preparare</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Accordo in vigore</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distanza (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Ultimo scambio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
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
        <translation>es. San Giorgio delle Vigne</translation>
    </message>
    <message>
        <source>e.g. Comité de jumelage de …</source>
        <translation>es. Comitato di gemellaggio di …</translation>
    </message>
    <message>
        <source>e.g. 1 place de la Mairie, 37190 …</source>
        <translation>ad es. Piazza del Municipio 1, 06036 …</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Senza logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Scegli un &amp;logo…</translation>
    </message>
    <message>
        <source>Commune &amp;name *</source>
        <translation>&amp;Nome del comune *</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Paese *</translation>
    </message>
    <message>
        <source>Find the commune</source>
        <translation>Trova il comune</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regione</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>P&amp;opolazione</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>Co&amp;mitato</translation>
    </message>
    <message>
        <source>Town &amp;hall address</source>
        <translation>In&amp;dirizzo del municipio</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image of at most 2 MB.</source>
        <translation>Questo file non è un’immagine di 2 MB al massimo.</translation>
    </message>
</context>
<context>
    <name>CommuneWizard</name>
    <message>
        <source>Set up Twinning Desk</source>
        <translation>Configura Twinning Desk</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificata da qualcun altro</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>l’altra persona</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La tua versione</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Salvata da {who}</translation>
    </message>
    <message>
        <source>The two versions differ in nothing you edit.</source>
        <translation>Le due versioni non differiscono in nulla di ciò che modifichi qui.</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Tieni tutta la &amp;mia</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Prendi tutta l’&amp;altra</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>&amp;Salva questa versione</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Torna alle mie modifiche</translation>
    </message>
    <message>
        <source>{field}
(changed on both sides)</source>
        <translation>{field}
(modificato da entrambe le parti)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Tieni la mia</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendi l’altra</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{who} changed this record on {when}, after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>{who} ha modificato questa scheda il {when}, dopo che l’hai aperta. Non è stato salvato nulla, quindi nessuna delle due modifiche va persa: confronta le due versioni e scegli cosa tenere.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>Qualcun altro ha modificato questa scheda dopo che l’hai aperta. Non è stato salvato nulla, quindi nessuna delle due modifiche va persa: confronta le due versioni e scegli cosa tenere.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Connettersi a un database condiviso</translation>
    </message>
    <message>
        <source>The committee&apos;s database on a PostgreSQL server, shared by its members. Ask whoever runs the server for these details.</source>
        <translation>Il database del comitato su un server PostgreSQL, condiviso dai suoi membri. Chiedete questi dati a chi gestisce il server.</translation>
    </message>
    <message>
        <source>e.g. db.mairie-example.fr</source>
        <translation>es. db.comune-esempio.it</translation>
    </message>
    <message>
        <source>Required (encrypted)</source>
        <translation>Obbligatoria (cifrata)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Obbligatoria, con verifica del certificato del server</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Se il server la offre</translation>
    </message>
    <message>
        <source>None (only on a network you trust)</source>
        <translation>Nessuna (solo su una rete fidata)</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Ricorda la password su questo computer</translation>
    </message>
    <message>
        <source>Kept by the system&apos;s password store (keyring), never in a settings file.</source>
        <translation>Conservata dal portachiavi del sistema, mai in un file di impostazioni.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Cifratura (TLS):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nnetti</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Indicare il server, il database e l’utente.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>mayor</source>
        <translation>sindaco</translation>
    </message>
    <message>
        <source>committee chair</source>
        <translation>presidente del comitato</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprete</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>segretario/a</translation>
    </message>
    <message>
        <source>town hall staff</source>
        <translation>personale del municipio</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>CoordinatesEdit</name>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Choose a country</source>
        <translation>Scegli un paese</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change already saved stays saved.

{error}</source>
        <translation>Si è verificato un problema, ma i tuoi dati sono al sicuro: ogni modifica già salvata resta salvata.

{error}</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>I dettagli sono stati scritti in {log}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copia i dettagli</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The backup to {path} failed: {reason}</source>
        <translation>Backup in {path} non riuscito: {reason}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>Il backup {path} è danneggiato ({reason}); non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The connection to {path} was lost: nothing was saved. Check the network, then save again; what you typed is still there.</source>
        <translation>La connessione a {path} è stata persa: non è stato salvato nulla. Controllate la rete, poi salvate di nuovo; quanto digitato è ancora lì.</translation>
    </message>
    <message>
        <source>You may only read {path}: nothing was saved. Ask the committee&apos;s administrator for the right to write.</source>
        <translation>Potete solo leggere {path}: non è stato salvato nulla. Chiedete il diritto di scrittura all’amministratore del comitato.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space, then try again.</source>
        <translation>Il disco che contiene {path} è pieno: nulla è stato salvato. Libera un po’ di spazio, poi riprova.</translation>
    </message>
    <message>
        <source>{path} is open read-only: nothing was saved. Open a copy you can write to.</source>
        <translation>{path} è aperto in sola lettura: nulla è stato salvato. Apri una copia modificabile.</translation>
    </message>
    <message>
        <source>{path} cannot be written to (no permission, or its drive was removed): nothing was saved. Check that the drive or network folder is still there.</source>
        <translation>Impossibile scrivere in {path} (permessi mancanti, o l’unità è stata rimossa): non è stato salvato nulla. Controllate che l’unità o la cartella di rete sia ancora presente.</translation>
    </message>
    <message>
        <source>{path} is busy (another program is writing to it): nothing was saved. Try again in a moment.</source>
        <translation>{path} è occupato (un altro programma ci sta scrivendo): nulla è stato salvato. Riprova tra un momento.</translation>
    </message>
    <message>
        <source>Writing to {path} failed ({reason}): nothing was saved.</source>
        <translation>Scrittura in {path} non riuscita ({reason}): nulla è stato salvato.</translation>
    </message>
    <message>
        <source>Another record already has this value ({field}): nothing was saved.</source>
        <translation>Un altro record ha già questo valore ({field}): non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>This change would break a link between records (one is still in use, or was deleted meanwhile): nothing was saved.</source>
        <translation>Questa modifica romperebbe un collegamento tra record (uno è ancora in uso, o è stato eliminato nel frattempo): non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>A required value is missing ({field}): nothing was saved.</source>
        <translation>Manca un valore obbligatorio ({field}): non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The file refused a value ({reason}): nothing was saved.</source>
        <translation>Il file ha rifiutato un valore ({reason}): non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>{path} is a shared database on a server, not a file: this is done on the server (see the README, &quot;Shared database&quot;).</source>
        <translation>{path} è un database condiviso su un server, non un file: questo si fa sul server (vedere il README, «Database condiviso»).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} è una cartella, non un file.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database (not an SQLite file).</source>
        <translation>{path} non è un database di Twinning Desk (non è un file SQLite).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} non esiste.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} non può essere letto: {reason}</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another application, not a Twinning Desk database.</source>
        <translation>{path} è un file SQLite di un’altra applicazione, non un database di Twinning Desk.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the file was not changed.</source>
        <translation>{path} è stato scritto da una versione più recente di Twinning Desk. Installa quella versione per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}</source>
        <translation>{path} non può essere creato: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a read-only file does not allow. Open a copy you can write to.</source>
        <translation>{path} è stato creato da una versione precedente e deve essere aggiornato, cosa che un file di sola lettura non consente. Apri una copia modificabile.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was not changed. Restore the last good backup, or choose another file.</source>
        <translation>{path} è danneggiato ({reason}). Non è stato modificato. Ripristina l’ultimo backup integro o scegli un altro file.</translation>
    </message>
    <message>
        <source>{path} is in use by {user} on {host} since {since}. Open it read-only, or wait until they close it.</source>
        <translation>{path} è in uso da parte di {user} su {host} dal {since}. Aprilo in sola lettura o attendi che venga chiuso.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Il backup automatico non è riuscito: {reason}</translation>
    </message>
    <message>
        <source>{path} had been left half-created (the program was stopped while creating it) and held no data: it was created again. The unfinished file was kept as {kept}.</source>
        <translation>{path} era rimasto creato a metà (il programma è stato interrotto durante la creazione) e non conteneva dati: è stato creato di nuovo. Il file incompleto è stato conservato come {kept}.</translation>
    </message>
    <message>
        <source>No backup folder is set.</source>
        <translation>Nessuna cartella di backup impostata.</translation>
    </message>
    <message>
        <source>{path} is not a database address: {reason}</source>
        <translation>{path} non è un indirizzo di database: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} refused the user name or the password. Check them, then try again.</source>
        <translation>Il server di {path} ha rifiutato il nome utente o la password. Controllateli e riprovate.</translation>
    </message>
    <message>
        <source>The server of {path} does not accept an encrypted (TLS) connection. Ask its administrator to turn TLS on; turn encryption off only on a network you trust.</source>
        <translation>Il server di {path} non accetta una connessione cifrata (TLS). Chiedete all’amministratore di attivare TLS; disattivate la cifratura solo su una rete fidata.</translation>
    </message>
    <message>
        <source>The server has no database by the name given in {path}. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Il server non ha alcun database con il nome indicato in {path}. Controllate il nome o chiedete all’amministratore del server di crearlo.</translation>
    </message>
    <message>
        <source>The user of {path} may not use this database ({reason}). Ask the server&apos;s administrator for access.</source>
        <translation>L’utente di {path} non può usare questo database ({reason}). Chiedete l’accesso all’amministratore del server.</translation>
    </message>
    <message>
        <source>The server of {path} cannot be reached: it is stopped, or the address, port or network is wrong. Nothing was changed.</source>
        <translation>Il server di {path} non è raggiungibile: è spento, oppure l’indirizzo, la porta o la rete sono errati. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} non può essere aperto: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} runs PostgreSQL {version}, older than version 12, the oldest Twinning Desk supports. Ask its administrator to upgrade it.</source>
        <translation>Il server di {path} usa PostgreSQL {version}, più vecchio della versione 12, la più vecchia supportata da Twinning Desk. Chiedete all’amministratore di aggiornarlo.</translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s tables, not a Twinning Desk database. Choose an empty database or a committee&apos;s.</source>
        <translation>{path} contiene tabelle di un’altra applicazione, non un database Twinning Desk. Scegliete un database vuoto o quello di un comitato.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the database was not changed.</source>
        <translation>{path} è stato scritto da una versione più recente di Twinning Desk. Installate la versione più recente per aprirlo; il database non è stato modificato.</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a reader may not do. Ask someone who may write to open it once with this version.</source>
        <translation>{path} è stato creato da una versione più vecchia e deve essere aggiornato, cosa che un lettore non può fare. Chiedete a chi ha diritto di scrittura di aprirlo una volta con questa versione.</translation>
    </message>
    <message>
        <source>The user of {path} may not create roles. Connect as the server&apos;s administrator (postgres), then try again.</source>
        <translation>L’utente di {path} non può creare ruoli. Connettetevi come amministratore del server (postgres), poi riprovate.</translation>
    </message>
    <message>
        <source>The connection to {path} was lost during the copy: nothing was copied, the target is as it was. Try again.</source>
        <translation>La connessione a {path} si è interrotta durante la copia: nulla è stato copiato, la destinazione è rimasta com’era. Riprovate.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}): nothing was copied, the target is as it was.</source>
        <translation>{path} non può essere letto ({reason}): nulla è stato copiato, la destinazione è rimasta com’era.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database: there is nothing to copy.</source>
        <translation>{path} non è un database di Twinning Desk: non c’è nulla da copiare.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Twinning Desk: open it once with this version (which upgrades it), then copy it. Nothing was copied.</source>
        <translation>{path} è stato creato da una versione precedente di Twinning Desk: apritelo una volta con questa versione (che lo aggiorna), poi copiatelo. Nulla è stato copiato.</translation>
    </message>
    <message>
        <source>{path} is not empty (it holds {tables}): nothing was copied. Copy into a new file, or into an empty database.</source>
        <translation>{path} non è vuoto (contiene {tables}): nulla è stato copiato. Copiate in un nuovo file o in un database vuoto.</translation>
    </message>
    <message>
        <source>The copy to {path} failed ({reason}): nothing was copied, the target is as it was.</source>
        <translation>La copia verso {path} non è riuscita ({reason}): nulla è stato copiato, la destinazione è rimasta com’era.</translation>
    </message>
    <message>
        <source>The copy to {path} does not match its source in the table {table} ({source_rows} rows, checksum {source_sum}; copied: {target_rows} rows, checksum {target_sum}): nothing was kept.</source>
        <translation>La copia verso {path} non corrisponde alla sorgente nella tabella {table} ({source_rows} righe, checksum {source_sum}; copiate: {target_rows} righe, checksum {target_sum}): nulla è stato conservato.</translation>
    </message>
    <message>
        <source>{path} is both the source and the target: nothing was copied.</source>
        <translation>{path} è sia la sorgente sia la destinazione: nulla è stato copiato.</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (Alt+Down)</source>
        <translation>Scegliere il giorno in un calendario (Alt+Giù)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Apri il calendario</translation>
    </message>
    <message>
        <source>Type a day, or pick it in the calendar.</source>
        <translation>Digitare un giorno o sceglierlo nel calendario.</translation>
    </message>
</context>
<context>
    <name>DayTimeEdit</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>no pets</source>
        <translation>niente animali</translation>
    </message>
    <message>
        <source>non-smoking</source>
        <translation>non fumatori</translation>
    </message>
    <message>
        <source>step-free</source>
        <translation>senza gradini</translation>
    </message>
    <message>
        <source>meets the EU town-twinning thresholds</source>
        <translation>raggiunge le soglie UE del gemellaggio</translation>
    </message>
    <message>
        <source>does not meet the EU town-twinning thresholds</source>
        <translation>non raggiunge le soglie UE del gemellaggio</translation>
    </message>
    <message>
        <source>EU grant: {verdict} — participants {participants}/{min_participants}, invited from abroad {invited}/{min_invited}, countries {countries}/{min_countries}.</source>
        <translation>Contributo UE: {verdict} — partecipanti {participants}/{min_participants}, invitati dall’estero {invited}/{min_invited}, paesi {countries}/{min_countries}.</translation>
    </message>
    <message>
        <source>Delegation: {partner}, {date}</source>
        <translation>Delegazione: {partner}, {date}</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Nuova delegazione</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membri</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <source>&amp;Host families</source>
        <translation>&amp;Famiglie ospitanti</translation>
    </message>
    <message>
        <source>This delegation has changes that are not saved. Close without saving them?</source>
        <translation>Questa delegazione ha modifiche non salvate. Chiudere senza salvarle?</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(scegli un partner)</translation>
    </message>
    <message>
        <source>EU or regional grant, if any</source>
        <translation>Contributo europeo o regionale, se presente</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>&amp;Partner *</source>
        <translation>Pa&amp;rtner *</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direzione</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Scopo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Fi&amp;ne</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Trasporto</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;o</translation>
    </message>
    <message>
        <source>&amp;Grant reference</source>
        <translation>Riferimento del &amp;contributo</translation>
    </message>
    <message>
        <source>&amp;Linked event</source>
        <translation>Evento co&amp;llegato</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;e</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Aggiungi un membro…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta in &amp;alto</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Sposta in &amp;basso</translation>
    </message>
    <message>
        <source>Show diet and health notes</source>
        <translation>Mostra dieta e salute</translation>
    </message>
    <message>
        <source>&amp;Assign to the family →</source>
        <translation>&amp;Assegna alla famiglia →</translation>
    </message>
    <message>
        <source>&amp;Remove from family</source>
        <translation>&amp;Togli dalla famiglia</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Suggerisci</translation>
    </message>
    <message>
        <source>Place the visitors without a family: beds, pets, smoking, access and diet are respected; a shared language and groups staying together are preferred.</source>
        <translation>Sistema i visitatori senza famiglia: letti, animali, fumo, accessibilità e dieta sono rispettati; si preferiscono una lingua comune e i gruppi che restano insieme.</translation>
    </message>
    <message>
        <source>Erase diet and health notes…</source>
        <translation>Cancella dieta e salute…</translation>
    </message>
    <message>
        <source>Drag visitors onto a family, or select both and click Assign.</source>
        <translation>Trascina i visitatori su una famiglia, oppure seleziona entrambi e fai clic su Assegna.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visitors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Visitatori&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host families&lt;/b&gt;</source>
        <translation>&lt;b&gt;Famiglie ospitanti&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>animali</translation>
    </message>
    <message>
        <source>smokers</source>
        <translation>fumatori</translation>
    </message>
    <message>
        <source>No family fits: {names}. Add a family or change a constraint.</source>
        <translation>Nessuna famiglia adatta: {names}. Aggiungi una famiglia o modifica un vincolo.</translation>
    </message>
    <message>
        <source>The other changes you made in this window will be saved first.</source>
        <translation>Le altre modifiche fatte in questa finestra verranno salvate prima.</translation>
    </message>
    <message>
        <source>Erase diet and health notes</source>
        <translation>Cancella dieta e salute</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Erase the diet and health notes of every member of this delegation? Do it once the visit is over. This cannot be undone.</source>
        <translation>Cancellare le diete e le informazioni sanitarie di tutti i membri di questa delegazione? Fallo una volta terminata la visita. L’operazione è irreversibile.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>By country: {counts}</source>
        <translation>Per paese: {counts}</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <source>Search a partner…</source>
        <translation>Cerca un partner…</translation>
    </message>
    <message>
        <source>Received and made</source>
        <translation>Ricevute ed effettuate</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Nuova delegazione…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Foglio presenze (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Hosting list…</source>
        <translation>Elenco &amp;ospitalità…</translation>
    </message>
    <message>
        <source>Mission &amp;report…</source>
        <translation>&amp;Rapporto di missione…</translation>
    </message>
    <message>
        <source>&amp;People and host families…</source>
        <translation>&amp;Persone e famiglie ospitanti…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tutti gli anni</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tutti i partner</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n delegazione</numerusform>
            <numerusform>%n delegazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Delegation saved.</source>
        <translation>Delegazione salvata.</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Elimina delegazione</translation>
    </message>
    <message>
        <source>Delete the delegation {label} with its members list, programme and hosting plan? The people stay in the directory.

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Eliminare la delegazione {label} con l’elenco dei membri, il programma e il piano di ospitalità? Le persone restano nella rubrica.

Puoi annullare con Modifica › Annulla (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete delegation {label}</source>
        <translation>Elimina la delegazione {label}</translation>
    </message>
    <message>
        <source>Delegation {label} deleted. Ctrl+Z to undo.</source>
        <translation>Delegazione {label} eliminata. Ctrl+Z per annullare.</translation>
    </message>
    <message>
        <source>Mission report saved.</source>
        <translation>Rapporto di missione salvato.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Foglio presenze</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presenze</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Foglio presenze scritto: {path}</translation>
    </message>
    <message>
        <source>Hosting list</source>
        <translation>Elenco ospitalità</translation>
    </message>
    <message>
        <source>hosting</source>
        <translation>ospitalita</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Include the visitors&apos; diet and health notes? Only the host families who need them should receive a list with them.</source>
        <translation>Includere le diete e le informazioni sanitarie dei visitatori? Solo le famiglie ospitanti che ne hanno bisogno dovrebbero ricevere un elenco che le contiene.</translation>
    </message>
    <message>
        <source>Hosting list written: {path}</source>
        <translation>Elenco ospitalità scritto: {path}</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>People and host families</source>
        <translation>Persone e famiglie ospitanti</translation>
    </message>
    <message>
        <source>Search a name, an email or a town…</source>
        <translation>Cerca un nome, un’e-mail o una città…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nuova persona…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;sporta i suoi dati…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Cancella i dati personali…</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>Nuovo n&amp;ucleo familiare…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifica…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;limina</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Persone</translation>
    </message>
    <message>
        <source>Host &amp;families</source>
        <translation>&amp;Famiglie ospitanti</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Elimina persona</translation>
    </message>
    <message>
        <source>Delete {name} from the directory?</source>
        <translation>Eliminare {name} dalla rubrica?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Esporta i dati personali</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Cartella di lavoro Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Cancella i dati personali</translation>
    </message>
    <message>
        <source>Erase {name}? Names, contacts, needs and date of birth are deleted for good. Where they took part in a delegation, an anonymous line stays so that counts remain true.

This cannot be undone; export their data first if they asked for it.</source>
        <translation>Cancellare {name}? Nomi, recapiti, esigenze e data di nascita vengono eliminati definitivamente. Dove la persona ha partecipato a una delegazione, resta una riga anonima perché i conteggi restino corretti.

L’operazione è irreversibile; se la persona li ha chiesti, esporta prima i suoi dati.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Elimina nucleo familiare</translation>
    </message>
    <message>
        <source>Delete {name}? Its people stay in the directory.</source>
        <translation>Eliminare {name}? Le sue persone restano nella rubrica.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Allega un &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Scans of signed agreements, photos and posters are kept inside the database file, so a backup keeps them too.</source>
        <translation>Le scansioni degli accordi firmati, le foto e i manifesti sono conservati nel file del database, quindi anche un backup li conserva.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Rimuovi documento</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted when you save.</source>
        <translation>Rimuovere {name}? Verrà eliminato al salvataggio.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event: {title}</source>
        <translation>Evento: {title}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>&amp;Partners and participants</source>
        <translation>&amp;Partner e partecipanti</translation>
    </message>
    <message>
        <source>T&amp;hemes and local actors</source>
        <translation>&amp;Temi e attori locali</translation>
    </message>
    <message>
        <source>&amp;Description and results</source>
        <translation>&amp;Descrizione e risultati</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Seguiti</translation>
    </message>
    <message>
        <source>Photos and d&amp;ocuments</source>
        <translation>Foto e d&amp;ocumenti</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Close without saving them?</source>
        <translation>Questo evento ha modifiche non salvate. Chiudere senza salvarle?</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>Tito&amp;lo *</translation>
    </message>
    <message>
        <source>T&amp;ype *</source>
        <translation>T&amp;ipo *</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>I&amp;nizio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuso o&amp;rario</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>L&amp;uogo</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>St&amp;ato</translation>
    </message>
    <message>
        <source>&amp;Linked delegation</source>
        <translation>Delegazione coll&amp;egata</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Partner coinvolti</translation>
    </message>
    <message>
        <source>&amp;Local participants</source>
        <translation>Partecipanti &amp;locali</translation>
    </message>
    <message>
        <source>Invited, by country</source>
        <translation>Invitati, per paese</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Altro tema…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Aggiungi il te&amp;ma</translation>
    </message>
    <message>
        <source>A school, club, choir, association…</source>
        <translation>Una scuola, un club, un coro, un’associazione…</translation>
    </message>
    <message>
        <source>Add &amp;actor</source>
        <translation>Aggiungi l’&amp;attore</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Attori locali</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>Des&amp;crizione</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Effetti &amp;qui</translation>
    </message>
    <message>
        <source>Effects t&amp;here (partner)</source>
        <translation>Effetti &amp;là (presso il partner)</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} anni del gemellaggio con {partner}</translation>
    </message>
    <message>
        <source>To do: {text}</source>
        <translation>Da fare: {text}</translation>
    </message>
    <message>
        <source>Search a title, a place or a partner…</source>
        <translation>Cerca un titolo, un luogo o un partner…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>E&amp;lenco</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Calen&amp;dario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; — events, follow-ups due and anniversaries</source>
        <translation>&lt;b&gt;In arrivo&lt;/b&gt; — eventi, seguiti in scadenza e anniversari</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>D&amp;uplicate for next year</source>
        <translation>D&amp;uplica per l’anno prossimo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;sporta nel calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Foglio presenze (PDF)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tutti gli anni</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tutti i partner</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tutti i temi</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Evento salvato.</translation>
    </message>
    <message>
        <source>Next year&apos;s edition created; open it to adjust the dates.</source>
        <translation>Edizione dell’anno prossimo creata; aprila per sistemare le date.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
    <message>
        <source>Delete “{title}” with its follow-ups?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Eliminare «{title}» con i suoi seguiti?

Puoi annullare con Modifica › Annulla (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete event {title}</source>
        <translation>Elimina l’evento {title}</translation>
    </message>
    <message>
        <source>“{title}” deleted. Ctrl+Z to undo.</source>
        <translation>«{title}» eliminato. Ctrl+Z per annullare.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Foglio presenze</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presenze</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Foglio presenze scritto: {path}</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>Esporta in un calendario</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation>eventi.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to the calendar file.</source>
        <translation>
            <numerusform>%n evento esportato nel file del calendario.</numerusform>
            <numerusform>%n eventi esportati nel file del calendario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in another program, close it and try again; the previous file was left unchanged.</source>
        <translation>Impossibile scrivere {path}: {reason}. Se il file è aperto in un altro programma, chiudilo e riprova; il file precedente è rimasto invariato.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Partner status</source>
        <translation>Stato del partner</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Accordo in vigore</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distanza (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Ultimo scambio</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Visite ricevute</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Visite effettuate</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Tipo di accordo</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Data della firma</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmatari</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Versione francese</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Viaggio a {partner}</translation>
    </message>
    <message>
        <source>Visit from {partner}</source>
        <translation>Accoglienza della delegazione di {partner}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Scopo: {purpose}</translation>
    </message>
    <message>
        <source>Transport: {transport}</source>
        <translation>Trasporto: {transport}</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Membri: {count}</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegazione</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up action</source>
        <translation>Azione successiva</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Azione</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Chi</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Scadenza</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Indietro</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)…</source>
        <translation>Cerca nella guida (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Twinning Desk — User guide</source>
        <translation>Twinning Desk — Guida per l’utente</translation>
    </message>
    <message>
        <source>This guide is not yet translated into your language; here it is in English.</source>
        <translation>Questa guida non è ancora tradotta in italiano; eccola in inglese.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation>&amp;Annulla «{action}»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo “{action}”</source>
        <translation>&amp;Ripristina «{action}»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripristina</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Undone: {fields}</source>
        <translation>Annullamento: {fields}</translation>
    </message>
    <message>
        <source>Redone: {fields}</source>
        <translation>Ripristino: {fields}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Modifica: {fields}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>{record} — {what}</source>
        <translation>{record} — {what}</translation>
    </message>
    <message>
        <source>History: {name}</source>
        <translation>Cronologia: {name}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when} (version {version}).</source>
        <translation>Ultima modifica di {who} il {when} (versione {version}).</translation>
    </message>
    <message>
        <source>No change recorded yet: the history starts with this version of Twinning Desk.</source>
        <translation>Nessuna modifica registrata finora: la cronologia inizia con questa versione di Twinning Desk.</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Adatta</translation>
    </message>
    <message>
        <source>E&amp;urope</source>
        <translation>E&amp;uropa</translation>
    </message>
    <message>
        <source>&amp;World</source>
        <translation>&amp;Mondo</translation>
    </message>
    <message>
        <source>E&amp;xport the map…</source>
        <translation>E&amp;sporta la mappa…</translation>
    </message>
    <message>
        <source>Point at a partner for its name and distance; click it to open it. Wheel to zoom, drag to move.</source>
        <translation>Passa su un partner per il nome e la distanza; fai clic per aprirlo. Rotellina per ingrandire, trascina per spostare.</translation>
    </message>
    <message>
        <source>&amp;Set the commune’s position…</source>
        <translation>&amp;Indica la posizione del comune…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Ties to look after</source>
        <translation>Legami da curare</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>L’anno che viene</translation>
    </message>
    <message>
        <source>Where is {commune}? Set the commune’s position (search its name in the settings) to see your partners on the map, with their distances.</source>
        <translation>Dove si trova {commune}? Indica la posizione del comune (cerca il nome nelle impostazioni) per vedere i partner sulla mappa, con le distanze.</translation>
    </message>
    <message>
        <source>Set up the home commune and its position to see your partners on the map.</source>
        <translation>Imposta il tuo comune e la sua posizione per vedere i partner sulla mappa.</translation>
    </message>
    <message>
        <source>No partner yet: add them in the Partners tab.</source>
        <translation>Nessun partner ancora: aggiungili nella scheda Partner.</translation>
    </message>
    <message>
        <source>last exchange {date}</source>
        <translation>ultimo scambio il {date}</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>nessuno scambio registrato</translation>
    </message>
    <message>
        <source>Asleep: {partner}, {when}</source>
        <translation>Inattivo: {partner}, {when}</translation>
    </message>
    <message>
        <source>All the asleep partners…</source>
        <translation>Tutti i partner inattivi…</translation>
    </message>
    <message>
        <source>One-way: {partner}, visits received {received}, made {made} (last five years)</source>
        <translation>A senso unico: {partner}, visite ricevute {received}, fatte {made} (ultimi cinque anni)</translation>
    </message>
    <message>
        <source>Expired on {date}: {agreement} with {partner}</source>
        <translation>Scaduto il {date}: {agreement} con {partner}</translation>
    </message>
    <message>
        <source>Expires on {date}: {agreement} with {partner}</source>
        <translation>Scade il {date}: {agreement} con {partner}</translation>
    </message>
    <message>
        <source>{years} years: {agreement} with {partner}, {when}</source>
        <translation>{years} anni: {agreement} con {partner}, {when}</translation>
    </message>
    <message>
        <source>Nothing to look after: every tie is alive.</source>
        <translation>Niente da segnalare: tutti i legami sono vivi.</translation>
    </message>
    <message>
        <source>Mandat spécial to vote before {date} ({partner}): {names}</source>
        <translation>Mandat spécial da votare prima del {date} ({partner}): {names}</translation>
    </message>
    <message>
        <source>Visit of {partner}</source>
        <translation>Visita da {partner}</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Viaggio a {partner}</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}: {text}</source>
        <translation>Azione in ritardo dal {date}: {text}</translation>
    </message>
    <message>
        <source>Follow-up due {date}: {text}</source>
        <translation>Azione da fare entro il {date}: {text}</translation>
    </message>
    <message>
        <source>Subsidy report due {date}: {action} ({funder})</source>
        <translation>Rendiconto del contributo entro il {date}: {action} ({funder})</translation>
    </message>
    <message>
        <source>Nothing planned in the next twelve months.</source>
        <translation>Niente in programma nei prossimi dodici mesi.</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Esporta la mappa</translation>
    </message>
    <message>
        <source>partners-map.pdf</source>
        <translation>mappa-partner.pdf</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf);;PNG image (*.png)</source>
        <translation>PDF, A4 orizzontale (*.pdf);;Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Mappa salvata in {path}.</translation>
    </message>
    <message>
        <source>Map of the partners</source>
        <translation>Mappa dei partner</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Famille Martin</source>
        <translation>Famiglia Rossi</translation>
    </message>
    <message>
        <source>does not host</source>
        <translation>non ospita</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>es. tedesco, polacco</translation>
    </message>
    <message>
        <source>Pets at home</source>
        <translation>Animali in casa</translation>
    </message>
    <message>
        <source>Smokers at home</source>
        <translation>Fumatori in casa</translation>
    </message>
    <message>
        <source>Step-free access (no stairs to the bedroom)</source>
        <translation>Accesso senza gradini (niente scale fino alla camera)</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>vegetariano, senza glutine…</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Beds for visitors</source>
        <translation>&amp;Letti per i visitatori</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Lin&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Diets they can cook</source>
        <translation>&amp;Diete possibili</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new partner</source>
        <translation>nuovo partner</translation>
    </message>
    <message>
        <source>agreement added</source>
        <translation>accordo aggiunto</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>doppione, saltato</translation>
    </message>
    <message>
        <source>no name, left out</source>
        <translation>senza nome, esclusa</translation>
    </message>
    <message>
        <source>coordinates from the file</source>
        <translation>coordinate dal file</translation>
    </message>
    <message>
        <source>organisation, not on the map</source>
        <translation>organizzazione, non sulla mappa</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>posizione sconosciuta</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>Double-click to choose another place, a country or “not placed”.</source>
        <translation>Doppio clic per scegliere un altro luogo, un paese o «non collocata».</translation>
    </message>
</context>
<context>
    <name>ImportDoubts</name>
    <message>
        <source>{count} inhabitants</source>
        <translation>{count} ab.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised: choose it</source>
        <translation>paese «{value}» non riconosciuto: da scegliere</translation>
    </message>
    <message>
        <source>{count} places fit; {place} was chosen</source>
        <translation>{count} luoghi possibili; è stato scelto {place}</translation>
    </message>
    <message>
        <source>added to the partner of row {row}</source>
        <translation>aggiunta al partner della riga {row}</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>posizione sconosciuta</translation>
    </message>
    <message>
        <source>wording “{value}” kept as an “other” agreement</source>
        <translation>dicitura «{value}» mantenuta come accordo «altro»</translation>
    </message>
</context>
<context>
    <name>ImportPartnersDialog</name>
    <message>
        <source>Import partners from {file}</source>
        <translation>Importa partner da {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>Sheet of the workbook to import</source>
        <translation>Foglio della cartella da importare</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Tutte le righe</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Righe da verificare</translation>
    </message>
    <message>
        <source>Duplicates and rows left out</source>
        <translation>Doppioni e righe escluse</translation>
    </message>
    <message>
        <source>&amp;Fix the row…</source>
        <translation>&amp;Correggi la riga…</translation>
    </message>
    <message>
        <source>Agreement &amp;wordings…</source>
        <translation>&amp;Diciture degli accordi…</translation>
    </message>
    <message>
        <source>No column was recognised: found “{found}”; expected a town or partner name (“Ville”), and if you have them “Pays”, “Type d&apos;accord”, “Date de signature”.</source>
        <translation>Nessuna colonna riconosciuta: trovato «{found}»; previsto il nome della città o del partner («Ville»), e se ci sono «Pays», «Type d&apos;accord», «Date de signature».</translation>
    </message>
    <message>
        <source>This sheet is empty: there is nothing to import.</source>
        <translation>Questo foglio è vuoto: non c&apos;è nulla da importare.</translation>
    </message>
    <message>
        <source>Rows marked in yellow need a look: double-click one to fix it.</source>
        <translation>Le righe in giallo vanno controllate: doppio clic su una per correggerla.</translation>
    </message>
    <message>
        <source>Discard your corrections?</source>
        <translation>Scartare le correzioni?</translation>
    </message>
    <message>
        <source>The rows you fixed in this preview are not imported yet. Close and lose the corrections?</source>
        <translation>Le righe corrette in questa anteprima non sono ancora importate. Chiudere e perdere le correzioni?</translation>
    </message>
    <message>
        <source>Discard corrections</source>
        <translation>Scarta le correzioni</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Preparazione dell&apos;elenco delle città (una sola volta, circa 20 secondi)…</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>Non è stato importato nulla. {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importazione annullata: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Date signed, as written:</source>
        <translation>Data di firma, come scritta:</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n new partner(s)</source>
        <translation>
            <numerusform>%n nuovo partner</numerusform>
            <numerusform>%n nuovi partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed on the map</source>
        <translation>
            <numerusform>%n sulla mappa</numerusform>
            <numerusform>%n sulla mappa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a position</source>
        <translation>
            <numerusform>%n senza posizione</numerusform>
            <numerusform>%n senza posizione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accordo</numerusform>
            <numerusform>%n accordi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doppione ignorato</numerusform>
            <numerusform>%n doppioni ignorati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a name left out</source>
        <translation>
            <numerusform>%n riga senza nome esclusa</numerusform>
            <numerusform>%n righe senza nome escluse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden row(s) skipped</source>
        <translation>
            <numerusform>%n riga nascosta ignorata</numerusform>
            <numerusform>%n righe nascoste ignorate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check (marked)</source>
        <translation>
            <numerusform>%n riga da verificare (segnata)</numerusform>
            <numerusform>%n righe da verificare (segnate)</numerusform>
        </translation>
    </message>
    <message>
        <source>{main}; {extras}</source>
        <translation>{main}; {extras}</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Importato: {summary}.</translation>
    </message>
    <message>
        <source>To import: {summary}.</source>
        <translation>Da importare: {summary}.</translation>
    </message>
</context>
<context>
    <name>InvitedDialog</name>
    <message>
        <source>Invited participants</source>
        <translation>Partecipanti invitati</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(nessun partner)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ese</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Numero</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>(anonymous person)</source>
        <translation>(persona anonimizzata)</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Entrata</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In natura</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparata</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concessa</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Erogata</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Rendicontata</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Official mission</source>
        <translation>Missione ufficiale</translation>
    </message>
    <message>
        <source>Identification mission</source>
        <translation>Missione esplorativa</translation>
    </message>
    <message>
        <source>Technical visit</source>
        <translation>Visita tecnica</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Scambio giovanile</translation>
    </message>
    <message>
        <source>Citizens&apos; trip</source>
        <translation>Viaggio dei cittadini</translation>
    </message>
    <message>
        <source>Sports delegation</source>
        <translation>Delegazione sportiva</translation>
    </message>
    <message>
        <source>Cultural delegation</source>
        <translation>Delegazione culturale</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Eletto/a</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Membro del comitato</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Cittadino/a</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Giovane</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Autista</translation>
    </message>
    <message>
        <source>Chaperone</source>
        <translation>Accompagnatore/trice</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pullman</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Treno</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Aereo</translation>
    </message>
    <message>
        <source>Minibus</source>
        <translation>Minibus</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>Ricevimento ufficiale</translation>
    </message>
    <message>
        <source>Twinning anniversary</source>
        <translation>Anniversario del gemellaggio</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Scambio scolastico</translation>
    </message>
    <message>
        <source>Sports meeting</source>
        <translation>Incontro sportivo</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Concerto</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Market / stand</source>
        <translation>Mercato / stand</translation>
    </message>
    <message>
        <source>Conference / workshop</source>
        <translation>Conferenza / laboratorio</translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation>Assemblea generale</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Riunione del comitato</translation>
    </message>
    <message>
        <source>Fundraising</source>
        <translation>Raccolta fondi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Effetti qui</translation>
    </message>
    <message>
        <source>Visit received</source>
        <translation>Visita ricevuta</translation>
    </message>
    <message>
        <source>Visit made</source>
        <translation>Visita effettuata</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>In esplorazione</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Carta di gemellaggio</translation>
    </message>
    <message>
        <source>Honorary twinning</source>
        <translation>Gemellaggio onorario</translation>
    </message>
    <message>
        <source>Exclusive twinning</source>
        <translation>Gemellaggio esclusivo</translation>
    </message>
    <message>
        <source>Friendship and cooperation pact</source>
        <translation>Patto di amicizia e cooperazione</translation>
    </message>
    <message>
        <source>Decentralised cooperation agreement</source>
        <translation>Convenzione di cooperazione decentrata</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Lettera d’intenti</translation>
    </message>
    <message>
        <source>Project partnership</source>
        <translation>Partenariato di progetto</translation>
    </message>
    <message>
        <source>Other agreement</source>
        <translation>Altro accordo</translation>
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
        <translation>E&amp;venti</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Delegazioni</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Bilancio</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>Demo commune — {file}</source>
        <translation>Comune dimostrativo — {file}</translation>
    </message>
    <message>
        <source>READ-ONLY — {file}</source>
        <translation>SOLA LETTURA — {file}</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (sola lettura)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nuovo database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>File &amp;recenti</translation>
    </message>
    <message>
        <source>Open the &amp;demo commune</source>
        <translation>Apri il comune &amp;dimostrativo</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Backup adesso</translation>
    </message>
    <message>
        <source>Save a &amp;copy of the database…</source>
        <translation>Salva una &amp;copia del database…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Ripris&amp;tina un backup…</translation>
    </message>
    <message>
        <source>&amp;Import partners…</source>
        <translation>&amp;Importa partner…</translation>
    </message>
    <message>
        <source>&amp;Export partners…</source>
        <translation>&amp;Esporta partner…</translation>
    </message>
    <message>
        <source>&amp;Activity report of a year (PDF)…</source>
        <translation>Rela&amp;zione delle attività di un anno (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossibile annullare</translation>
    </message>
    <message>
        <source>The undo history was emptied: it held the personal data just erased.</source>
        <translation>La cronologia delle modifiche è stata svuotata: conteneva i dati personali appena cancellati.</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>H&amp;ome</translation>
    </message>
    <message>
        <source>Shared database: {address}</source>
        <translation>Database condiviso: {address}</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Connetti a un database &amp;condiviso…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>A shared database is restored on the server. A backup made here is a file: open it with File › Open database.</source>
        <translation>Un database condiviso si ripristina sul server. Un backup fatto qui è un file: apritelo con File › Apri database.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Apertura della banca dati…</translation>
    </message>
    <message>
        <source>{commune} (demo)</source>
        <translation>{commune} (demo)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guida per l’utente</translation>
    </message>
    <message>
        <source>Help on this &amp;tab</source>
        <translation>Aiuto su questa &amp;scheda</translation>
    </message>
    <message>
        <source>&amp;About Twinning Desk</source>
        <translation>&amp;Informazioni su Twinning Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Apri un database</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <source>{path} already exists; it was opened instead of replaced.</source>
        <translation>{path} esiste già; è stato aperto invece di essere sostituito.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Aperto {path}</translation>
    </message>
    <message>
        <source>The undo history of the previous file was cleared.</source>
        <translation>La cronologia degli annullamenti del file precedente è stata cancellata.</translation>
    </message>
    <message>
        <source>Connected to {database}</source>
        <translation>Connesso a {database}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup on opening saved.</source>
        <translation>Backup all’apertura salvato.</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>Completamento del backup…</translation>
    </message>
    <message>
        <source>Updated with changes made by others.</source>
        <translation>Aggiornato con le modifiche fatte da altri.</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>Connessi anche: {names}</translation>
    </message>
    <message>
        <source>Demo commune opened.</source>
        <translation>Comune dimostrativo aperto.</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup salvato: {path}</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Salva una copia del database</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copia salvata: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>Replace everything in {file} with the copy of {date}?

The current state is backed up first; you can restore it from the same list.</source>
        <translation>Sostituire tutto il contenuto di {file} con la copia del {date}?

Lo stato attuale viene prima salvato in un backup; potrai ripristinarlo dallo stesso elenco.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Backup restored. The undo history was cleared.</source>
        <translation>Backup ripristinato. La cronologia delle modifiche è stata svuotata.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Relazione delle attività</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Anno:</translation>
    </message>
    <message>
        <source>activity-report-{year}.pdf</source>
        <translation>relazione-attivita-{year}.pdf</translation>
    </message>
    <message>
        <source>Activity report written: {path}</source>
        <translation>Relazione delle attività scritta: {path}</translation>
    </message>
    <message>
        <source>About Twinning Desk</source>
        <translation>Informazioni su Twinning Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of town-twinning committees: partners, events, delegations and budget, in one file on your computer, with no network needed.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;Lo strumento dei comitati di gemellaggio: partner, eventi, delegazioni e bilancio, in un solo file sul tuo computer, senza bisogno di rete.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Our partners — {commune}</source>
        <translation>I nostri partner — {commune}</translation>
    </message>
    <message>
        <source>Our partners</source>
        <translation>I nostri partner</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Made on {date} with Twinning Desk.</source>
        <translation>Creato il {date} con Twinning Desk.</translation>
    </message>
    <message>
        <source>The home commune has no position yet: distances are not shown.</source>
        <translation>Il comune non ha ancora una posizione: le distanze non sono indicate.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>No exchange recorded</source>
        <translation>Nessuno scambio registrato</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>In prospezione</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Il nostro comune</translation>
    </message>
    <message>
        <source>Outlines: Natural Earth (public domain). Distances as the crow flies.</source>
        <translation>Contorni: Natural Earth (pubblico dominio). Distanze in linea d’aria.</translation>
    </message>
    <message>
        <source>tied with {names}, first by name</source>
        <translation>a pari merito con {names}, primo in ordine alfabetico</translation>
    </message>
    <message>
        <source>Farthest</source>
        <translation>Il più lontano</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Il più vicino</translation>
    </message>
    <message>
        <source>Northernmost</source>
        <translation>Il più a nord</translation>
    </message>
    <message>
        <source>Southernmost</source>
        <translation>Il più a sud</translation>
    </message>
    <message>
        <source>Most populous</source>
        <translation>Il più popoloso</translation>
    </message>
    <message>
        <source>Oldest agreement</source>
        <translation>L’accordo più antico</translation>
    </message>
    <message>
        <source>Newest agreement</source>
        <translation>L’accordo più recente</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Continents</source>
        <translation>Continenti</translation>
    </message>
    <message>
        <source>Trips in {year}, there and back</source>
        <translation>Viaggi {year}, andata e ritorno</translation>
    </message>
    <message>
        <source>Not placed on the map</source>
        <translation>Non sulla mappa</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Type a name to search the directory…</source>
        <translation>Digita un nome per cercare nella rubrica…</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Scegliete una persona</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nuova &amp;persona…</translation>
    </message>
    <message>
        <source>Invited from the partner town (a visitor)</source>
        <translation>Invitato/a dalla città partner (un visitatore)</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation received</source>
        <translation>Autorizzazione dei genitori ricevuta</translation>
    </message>
    <message>
        <source>deliberation no., e.g. 2026-047</source>
        <translation>n. della delibera, es. 2026-047</translation>
    </message>
    <message>
        <source>Mandat spécial (municipal council)</source>
        <translation>Mandat spécial (consiglio comunale)</translation>
    </message>
    <message>
        <source>An elected member travels on a mandat spécial: a deliberation of the municipal council, voted before the departure, that names the mission. Without it the costs of the trip cannot be refunded (CGCT, article L2123-18). Write the deliberation&apos;s number and the day it was voted.</source>
        <translation>Un eletto viaggia con un «mandat spécial»: una delibera del consiglio comunale, votata prima della partenza, che indica la missione. Senza di essa le spese del viaggio non possono essere rimborsate (CGCT, articolo L2123-18). Indicate il numero della delibera e la data del voto.</translation>
    </message>
    <message>
        <source>&amp;Deliberation</source>
        <translation>&amp;Delibera</translation>
    </message>
    <message>
        <source>&amp;Voted on</source>
        <translation>&amp;Votata il</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>vegetariano, senza glutine…</translation>
    </message>
    <message>
        <source>allergy, treatment… (purged after the visit)</source>
        <translation>allergia, terapia… (cancellato dopo la visita)</translation>
    </message>
    <message>
        <source>Cannot stay with pets</source>
        <translation>Non può alloggiare con animali</translation>
    </message>
    <message>
        <source>Needs a non-smoking home</source>
        <translation>Serve un alloggio per non fumatori</translation>
    </message>
    <message>
        <source>Needs step-free access</source>
        <translation>Serve un accesso senza gradini</translation>
    </message>
    <message>
        <source>same word for people who stay together</source>
        <translation>stessa parola per chi alloggia insieme</translation>
    </message>
    <message>
        <source>Hosting needs (sensitive)</source>
        <translation>Esigenze di alloggio (dati sensibili)</translation>
    </message>
    <message>
        <source>D&amp;iet</source>
        <translation>D&amp;ieta</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Salute</translation>
    </message>
    <message>
        <source>Stays &amp;with</source>
        <translation>Alloggia &amp;con</translation>
    </message>
    <message>
        <source>&amp;Person *</source>
        <translation>&amp;Persona *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>a partner</source>
        <translation>un partner</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>un accordo</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contatto</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>un documento</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>un evento</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>un’azione di follow-up</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>una delegazione</translation>
    </message>
    <message>
        <source>a delegation member</source>
        <translation>un membro della delegazione</translation>
    </message>
    <message>
        <source>a host family assignment</source>
        <translation>un’assegnazione a famiglia ospitante</translation>
    </message>
    <message>
        <source>a programme item</source>
        <translation>una voce del programma</translation>
    </message>
    <message>
        <source>a mission report</source>
        <translation>un rapporto di missione</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>una persona</translation>
    </message>
    <message>
        <source>a host family</source>
        <translation>una famiglia ospitante</translation>
    </message>
    <message>
        <source>a budget line</source>
        <translation>una riga di bilancio</translation>
    </message>
    <message>
        <source>a subsidy</source>
        <translation>un contributo</translation>
    </message>
    <message>
        <source>the commune’s details</source>
        <translation>i dati del comune</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>un record</translation>
    </message>
    <message>
        <source>Something this touches ({record}) was changed since, from another window or the command line. Nothing was written, so that change is not lost.</source>
        <translation>Un elemento coinvolto ({record}) è stato modificato nel frattempo, da un’altra finestra o dalla riga di comando. Non è stato scritto nulla, così quella modifica non va persa.</translation>
    </message>
    <message>
        <source>partner {name}</source>
        <translation>il partner {name}</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>i partner</translation>
    </message>
    <message>
        <source>event {name}</source>
        <translation>l’evento {name}</translation>
    </message>
    <message>
        <source>events</source>
        <translation>gli eventi</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>la delegazione</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>le delegazioni</translation>
    </message>
    <message>
        <source>budget line {name}</source>
        <translation>la riga di bilancio {name}</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>le righe di bilancio</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>il contributo</translation>
    </message>
    <message>
        <source>subsidies</source>
        <translation>i contributi</translation>
    </message>
    <message>
        <source>mission report</source>
        <translation>il rapporto di missione</translation>
    </message>
    <message>
        <source>mission reports</source>
        <translation>i rapporti di missione</translation>
    </message>
    <message>
        <source>host family {name}</source>
        <translation>la famiglia ospitante {name}</translation>
    </message>
    <message>
        <source>host families</source>
        <translation>le famiglie ospitanti</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>la persona {name}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>le persone</translation>
    </message>
    <message>
        <source>delegation members</source>
        <translation>i membri della delegazione</translation>
    </message>
    <message>
        <source>host family assignments</source>
        <translation>le assegnazioni alle famiglie</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>il programma</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>le azioni di follow-up</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>l’accordo</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>gli accordi</translation>
    </message>
    <message>
        <source>contact {name}</source>
        <translation>il contatto {name}</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>i contatti</translation>
    </message>
    <message>
        <source>document {name}</source>
        <translation>il documento {name}</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>i documenti</translation>
    </message>
    <message>
        <source>commune’s details</source>
        <translation>i dati del comune</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>le impostazioni</translation>
    </message>
    <message>
        <source>chart of accounts</source>
        <translation>il piano dei conti</translation>
    </message>
    <message>
        <source>funders</source>
        <translation>i finanziatori</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>i temi</translation>
    </message>
    <message>
        <source>local actors</source>
        <translation>gli attori locali</translation>
    </message>
    <message>
        <source>Create {what}</source>
        <translation>Crea {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Modifica {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Elimina {what}</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>R&amp;imuovi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove this line? It is deleted when you save the partner.</source>
        <translation>Rimuovere questa riga? Verrà eliminata al salvataggio del partner.</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nuovo partner</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>This partner has changes that are not saved. Close without saving them?</source>
        <translation>Questo partner ha modifiche non salvate. Chiudere senza salvarle?</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>es. tedesco, polacco</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Nat&amp;ura</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Paese *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>Find the &amp;town</source>
        <translation>Trova la &amp;città</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regione</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>Popola&amp;zione</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Lingue</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sito &amp;web</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Altro tema…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Aggiungi il &amp;tema</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>{status}, asleep</source>
        <translation>{status}, inattivo</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>posizione sconosciuta</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>nessuno scambio registrato</translation>
    </message>
    <message>
        <source>This town is not placed on the map yet: open it and find it by its name.</source>
        <translation>Questa città non è ancora sulla mappa: apritela e cercatela per nome.</translation>
    </message>
    <message>
        <source>No event or delegation is recorded with this partner yet.</source>
        <translation>Nessun evento né delegazione ancora registrati con questo partner.</translation>
    </message>
    <message>
        <source>Asleep: no exchange for more than {months} months.</source>
        <translation>Inattivo: nessuno scambio da più di {months} mesi.</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Search a partner or a country…</source>
        <translation>Cerca un partner o un paese…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Asleep only</source>
        <translation>Solo inattivi</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Nuovo partner…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner matches this search.</source>
        <translation>Nessun partner corrisponde a questa ricerca.</translation>
    </message>
    <message>
        <source>No partner yet. Click “New partner…” to add one, or “Import…” to read the list your committee already keeps (Excel or CSV).</source>
        <translation>Ancora nessun partner. Fai clic su «Nuovo partner…» per aggiungerne uno, o su «Importa…» per leggere l’elenco che il tuo comitato già tiene (Excel o CSV).</translation>
    </message>
    <message>
        <source>Partner saved.</source>
        <translation>Partner salvato.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Elimina partner</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it.

Set its status to “Ended” instead; its history stays in your records.</source>
        <translation>{name} non può essere eliminato: {events} evento/i e {delegations} delegazione/i vi fanno riferimento.

Imposta piuttosto il suo stato su «Concluso»; la sua storia resta nei tuoi archivi.</translation>
    </message>
    <message>
        <source>Delete {name} with its agreements, contacts and documents?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Eliminare {name} con i suoi accordi, contatti e documenti?

Puoi annullare con Modifica › Annulla (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Elimina il partner {name}</translation>
    </message>
    <message>
        <source>{name} deleted. Ctrl+Z to undo.</source>
        <translation>{name} eliminato. Ctrl+Z per annullare.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Importa partner</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Esporta partner</translation>
    </message>
    <message>
        <source>partners.xlsx</source>
        <translation>partner.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Cartella di lavoro Excel (*.xlsx);;CSV per Excel (*.csv)</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partner esportati in {path}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>es. tedesco, polacco</translation>
    </message>
    <message>
        <source>Minor (under 18): record the date of birth</source>
        <translation>Minorenne (meno di 18 anni): indicare la data di nascita</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>(our commune)</source>
        <translation>(il nostro comune)</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <source>&amp;Surname *</source>
        <translation>&amp;Cognome *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fono</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>Ci&amp;ttà</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>P&amp;aese</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Lingue</translation>
    </message>
    <message>
        <source>From &amp;partner town</source>
        <translation>Dalla città &amp;partner</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>N&amp;ucleo familiare</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <source>Type a town name, then pick it in the list</source>
        <translation>Digita il nome di una città, poi sceglila nell’elenco</translation>
    </message>
    <message>
        <source>Search a town</source>
        <translation>Cerca un comune</translation>
    </message>
    <message>
        <source>Stop preparing</source>
        <translation>Interrompi la preparazione</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once only, under a minute)…</source>
        <translation>Preparazione dell’elenco delle città (una sola volta, meno di un minuto)…</translation>
    </message>
    <message>
        <source>The list of towns was not prepared; type the coordinates instead.</source>
        <translation>L’elenco delle città non è stato preparato; inserisci invece le coordinate.</translation>
    </message>
    <message>
        <source>The list of towns is not available ({error}); type the coordinates.</source>
        <translation>L’elenco delle città non è disponibile ({error}); inserisci le coordinate.</translation>
    </message>
    <message>
        <source>{name} — {where} — {population} inh.</source>
        <translation>{name} — {where} — {population} ab.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>e.g. {example}</source>
        <translation>es. {example}</translation>
    </message>
</context>
<context>
    <name>Printed</name>
    <message>
        <source>Activity report {year}</source>
        <translation>Relazione delle attività {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Anno {year}</translation>
    </message>
    <message>
        <source>Situation on {date}</source>
        <translation>Situazione al {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>L’anno in breve</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegazioni</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Visite ricevute</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Visite effettuate</translation>
    </message>
    <message>
        <source>Local participants</source>
        <translation>Partecipanti locali</translation>
    </message>
    <message>
        <source>Invited participants</source>
        <translation>Partecipanti invitati</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Per partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Committee events with no partner</source>
        <translation>Eventi del comitato senza partner</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The year’s accounts</source>
        <translation>I conti dell’anno</translation>
    </message>
    <message>
        <source>Whole budget of the year</source>
        <translation>Intero bilancio dell’esercizio</translation>
    </message>
    <message>
        <source>of which linked to an event or a delegation</source>
        <translation>di cui collegato a un evento o a una delegazione</translation>
    </message>
    <message>
        <source>of which not linked to an action (running costs, annual subsidies, dues)</source>
        <translation>di cui non collegato a un’azione (funzionamento, contributi annuali, quote)</translation>
    </message>
    <message>
        <source>Result of the year (received less spent)</source>
        <translation>Risultato dell’esercizio (entrate meno uscite)</translation>
    </message>
    <message>
        <source>Actual amounts of the {year} budget, contributions in kind apart. The amounts per partner and per action below are those of the budget lines linked to each event or delegation that took place.</source>
        <translation>Importi consuntivi del bilancio {year}, esclusi i contributi in natura. Gli importi per partner e per azione qui sotto sono quelli delle voci collegate a ciascun evento o delegazione che ha avuto luogo.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>il {day}</translation>
    </message>
    <message>
        <source>{when}, {commune} received a delegation from {partner} ({purpose}); participants: {count}.</source>
        <translation>{when} {commune} ha accolto una delegazione di {partner} ({purpose}); partecipanti: {count}.</translation>
    </message>
    <message>
        <source>{when}, a delegation from {commune} travelled to {partner} ({purpose}); participants: {count}.</source>
        <translation>{when} una delegazione di {commune} si è recata a {partner} ({purpose}); partecipanti: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}.</source>
        <translation>{when}, «{title}»{place}; partecipanti: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}, of whom invited: {invited}.</source>
        <translation>{when}, «{title}»{place}; partecipanti: {count}, di cui ospiti: {invited}.</translation>
    </message>
    <message>
        <source>Results: {results}</source>
        <translation>Risultati: {results}</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>L’anno a venire</translation>
    </message>
    <message>
        <source>What is planned or due from {start} to {end}.</source>
        <translation>Ciò che è previsto o in scadenza dal {start} al {end}.</translation>
    </message>
    <message>
        <source>Nothing planned yet for the next twelve months.</source>
        <translation>Niente è ancora previsto per i prossimi dodici mesi.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversario</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Rendiconto in scadenza</translation>
    </message>
    <message>
        <source>Delegation from {partner} received</source>
        <translation>Accoglienza di una delegazione di {partner}</translation>
    </message>
    <message>
        <source>Delegation travelling to {partner}</source>
        <translation>Viaggio di una delegazione a {partner}</translation>
    </message>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} anni del gemellaggio con {partner}</translation>
    </message>
    <message>
        <source>Financial report to send: {what}</source>
        <translation>Rendiconto finanziario da inviare: {what}</translation>
    </message>
    <message>
        <source>Where our partners are</source>
        <translation>Dove sono i nostri partner</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>No event and no delegation this year.</source>
        <translation>Nessun evento e nessuna delegazione quest’anno.</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Pagina {page} / {pages}</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Foglio presenze</translation>
    </message>
    <message>
        <source>Host town</source>
        <translation>Città ospitante</translation>
    </message>
    <message>
        <source>Invited town</source>
        <translation>Città invitata</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Riferimento del contributo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>First name and SURNAME</source>
        <translation>Nome e COGNOME</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>By signing, each participant certifies having taken part in the activity above.</source>
        <translation>Con la firma, ciascun partecipante attesta di aver preso parte all’attività indicata sopra.</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Famiglie ospitanti</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitatore</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Famiglia ospitante</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Dieta e salute</translation>
    </message>
    <message>
        <source>(no host yet)</source>
        <translation>(ancora senza famiglia)</translation>
    </message>
    <message>
        <source>Contains health information: keep it safe and destroy it after the visit.</source>
        <translation>Contiene informazioni sanitarie: conservalo in luogo sicuro e distruggilo dopo la visita.</translation>
    </message>
    <message>
        <source>Town hall of {commune}</source>
        <translation>Comune di {commune}</translation>
    </message>
    <message>
        <source>Organised by: {committee}</source>
        <translation>Organizzato da: {committee}</translation>
    </message>
    <message>
        <source>Certification by the organiser</source>
        <translation>Certificazione dell’organizzatore</translation>
    </message>
    <message>
        <source>I, the undersigned, organiser of the activity, certify that this list is accurate and was signed by the participants present.</source>
        <translation>Il/La sottoscritto/a, organizzatore dell’attività, certifica l’esattezza del presente elenco, firmato dai partecipanti presenti.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Rapporto di missione</translation>
    </message>
    <message>
        <source>Partner town</source>
        <translation>Città partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trasporto</translation>
    </message>
    <message>
        <source>Objectives and link with the partnership</source>
        <translation>Obiettivi e legame con il gemellaggio</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>La delegazione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>deliberation {number} of {date}</source>
        <translation>delibera n. {number} del {date}</translation>
    </message>
    <message>
        <source>Programme and people met</source>
        <translation>Programma e persone incontrate</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Persone incontrate</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Ricadute qui</translation>
    </message>
    <message>
        <source>Effects in the partner town</source>
        <translation>Ricadute nella città partner</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusioni</translation>
    </message>
    <message>
        <source>Perspectives and next steps</source>
        <translation>Prospettive e prossimi passi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Entro</translation>
    </message>
    <message>
        <source>Costs and financing</source>
        <translation>Costi e finanziamento</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Consuntivo</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Spese</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanziamento</translation>
    </message>
    <message>
        <source>Mission allowances of the elected officials</source>
        <translation>Indennità di missione degli eletti</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Nights hosted free (−65 %)</source>
        <translation>Notti offerte (−65 %)</translation>
    </message>
    <message>
        <source>Meals offered (−17.5 %)</source>
        <translation>Pasti offerti (−17,5 %)</translation>
    </message>
    <message>
        <source>No budget line is linked to this delegation.</source>
        <translation>Nessuna voce di bilancio è collegata a questa delegazione.</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Lista di distribuzione</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>Fatto a {place}, il {date}</translation>
    </message>
    <message>
        <source>Template to fill in by hand</source>
        <translation>Modello da compilare a mano</translation>
    </message>
    <message>
        <source>Hosting report</source>
        <translation>Resoconto dell’accoglienza</translation>
    </message>
    <message>
        <source>Delegation received from</source>
        <translation>Delegazione accolta da</translation>
    </message>
    <message>
        <source>Objectives of the visit and link with the partnership</source>
        <translation>Obiettivi della visita e legame con il gemellaggio</translation>
    </message>
    <message>
        <source>The delegation received</source>
        <translation>La delegazione accolta</translation>
    </message>
    <message>
        <source>Programme of the visit and people met</source>
        <translation>Programma della visita e persone incontrate</translation>
    </message>
    <message>
        <source>no deliberation recorded</source>
        <translation>nessuna delibera registrata</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Entrate</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Contributi</translation>
    </message>
    <message>
        <source>Share of the partner town</source>
        <translation>Quota della città partner</translation>
    </message>
    <message>
        <source>Participants’ contributions and other income</source>
        <translation>Quote dei partecipanti e altre entrate</translation>
    </message>
    <message>
        <source>Mission allowance: {name}</source>
        <translation>Indennità di missione: {name}</translation>
    </message>
    <message>
        <source>Balance borne by the commune or the committee</source>
        <translation>Saldo a carico del comune o del comitato</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Avanzo</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Totale uscite</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Totale entrate</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nome: {name}</translation>
    </message>
    <message>
        <source>Function: {function}</source>
        <translation>Funzione: {function}</translation>
    </message>
    <message>
        <source>Stamp of the town hall</source>
        <translation>Timbro del comune</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>No report has been saved for this delegation yet: the sections after this page are left blank, to be filled in by hand.</source>
        <translation>Per questa delegazione non è ancora stata salvata alcuna relazione: le sezioni dopo questa pagina sono lasciate in bianco, da compilare a mano.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme item</source>
        <translation>Punto del programma</translation>
    </message>
    <message>
        <source>hh:mm, if any</source>
        <translation>hh:mm, se presente</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Ora</translation>
    </message>
    <message>
        <source>&amp;Activity *</source>
        <translation>&amp;Attività *</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Luogo</translation>
    </message>
    <message>
        <source>People &amp;met</source>
        <translation>Persone &amp;incontrate</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The file is open read-only: nothing can be changed in it. To make changes, open a copy you can write to, or close it where it is in use.</source>
        <translation>Il file è aperto in sola lettura: non si può modificare nulla. Per fare modifiche, aprite una copia scrivibile o chiudetelo dove è in uso.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>History…</source>
        <translation>Cronologia…</translation>
    </message>
    <message>
        <source>This file is open read-only: changes cannot be saved.</source>
        <translation>Questo file è aperto in sola lettura: le modifiche non possono essere salvate.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report: {partner}, {date}</source>
        <translation>Rapporto di missione: {partner}, {date}</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapporto</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>Prossimi &amp;passi</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>&amp;Indennità</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Anteprima…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Stam&amp;pa…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Blank template…</source>
        <translation>&amp;Modello vuoto…</translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Close without saving them?</source>
        <translation>Questo rapporto ha modifiche non salvate. Chiudere senza salvarle?</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Obiettivi</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>Ris&amp;ultati</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Ricadute &amp;qui</translation>
    </message>
    <message>
        <source>Effects &amp;there</source>
        <translation>Ricadute &amp;là</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Conclusioni</translation>
    </message>
    <message>
        <source>&amp;Perspectives</source>
        <translation>&amp;Prospettive</translation>
    </message>
    <message>
        <source>&amp;Distribution list</source>
        <translation>Lista di &amp;distribuzione</translation>
    </message>
    <message>
        <source>Municipal council, committee members, the partner town hall…</source>
        <translation>Consiglio comunale, membri del comitato, municipio partner…</translation>
    </message>
    <message>
        <source>Each elected member&apos;s mission allowance: the days abroad times the daily flat rate (forfait), less a share for each night or meal given free by the hosts. The rate is the one the council voted; the total goes into the report&apos;s costs.</source>
        <translation>L’indennità di missione di ogni eletto: i giorni all’estero per la diaria forfettaria, meno una quota per ogni notte o pasto offerto dagli ospiti. La tariffa è quella votata dal consiglio; il totale entra nei costi del rapporto.</translation>
    </message>
    <message>
        <source>For each elected official travelling: days abroad × the daily rate set by the council, less 65 % of the rate for each night hosted free and 17.5 % for each meal offered by the partner. Double-click a cell to type.</source>
        <translation>Per ogni eletto in missione: giorni all’estero × la diaria fissata dal consiglio, meno il 65 % della diaria per ogni notte offerta e il 17,5 % per ogni pasto offerto dal partner. Fai doppio clic su una cella per scrivere.</translation>
    </message>
    <message>
        <source>Mayor, deputy mayor, chair of the committee…</source>
        <translation>Sindaco, vicesindaco, presidente del comitato…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Qualifica</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>Fatto &amp;a</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Fatto &amp;il</translation>
    </message>
    <message>
        <source>Preview of the mission report</source>
        <translation>Anteprima del rapporto di missione</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Salva il rapporto di missione</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>when the file was opened</source>
        <translation>all’apertura del file</translation>
    </message>
    <message>
        <source>when the app was closed</source>
        <translation>alla chiusura dell’applicazione</translation>
    </message>
    <message>
        <source>saved by hand</source>
        <translation>fatto a mano</translation>
    </message>
    <message>
        <source>just before a restore</source>
        <translation>subito prima di un ripristino</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>Restoring replaces what the file holds now with the chosen copy. The current state is backed up first, so you can come back to it from this same list.</source>
        <translation>Il ripristino sostituisce il contenuto attuale del file con la copia scelta. Lo stato attuale viene prima salvato in un backup, quindi potrai tornarci da questo stesso elenco.</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>Non esiste ancora un backup di questo file.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
</context>
<context>
    <name>RowChoiceDialog</name>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Riga {row}: {name}</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14/07/1985, 1985 o 2001-2002</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Come scritto</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Paese</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Luogo</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Firmato</translation>
    </message>
    <message>
        <source>Not placed (position unknown)</source>
        <translation>Non collocata (posizione sconosciuta)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Flag a partner as &amp;asleep after</source>
        <translation>Segnala un partner come &amp;inattivo dopo</translation>
    </message>
    <message>
        <source>The fiscal year &amp;starts in</source>
        <translation>L’e&amp;sercizio inizia a</translation>
    </message>
    <message>
        <source> years</source>
        <translation> anni</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>&amp;Cancella ora…</translation>
    </message>
    <message>
        <source>Erase participants of visits older than</source>
        <translation>Cancella i partecipanti alle visite più vecchie di</translation>
    </message>
    <message>
        <source>Event types of the committee</source>
        <translation>Tipi di evento del comitato</translation>
    </message>
    <message>
        <source>e.g. Christmas market, choir tour…</source>
        <translation>es. mercatino di Natale, tournée del coro…</translation>
    </message>
    <message>
        <source>The usual types (official reception, concert…) are built in; add your committee&apos;s own here.</source>
        <translation>I tipi usuali (ricevimento ufficiale, concerto…) sono già previsti; aggiungi qui quelli del tuo comitato.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Chart of accounts (budget)</source>
        <translation>Piano dei conti (bilancio)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Add a sub-account…</source>
        <translation>Aggiungi un sottoconto…</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Il nostro comune</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>Nobody took part only in visits older than {years} years.</source>
        <translation>Nessuno ha partecipato solo a visite più vecchie di {years} anni.</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n person(s) whose last visit ended more than {years} years ago? Counts of past visits stay true. This cannot be undone.</source>
        <translation>
            <numerusform>Cancellare i dati personali di %n persona la cui ultima visita è terminata più di {years} anni fa? I conteggi delle visite passate restano corretti. L’operazione è irreversibile.</numerusform>
            <numerusform>Cancellare i dati personali di %n persone la cui ultima visita è terminata più di {years} anni fa? I conteggi delle visite passate restano corretti. L’operazione è irreversibile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n persona cancellata.</numerusform>
            <numerusform>%n persone cancellate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Rinomina il conto</translation>
    </message>
    <message>
        <source>Label of account {code}:</source>
        <translation>Descrizione del conto {code}:</translation>
    </message>
    <message>
        <source>Choose the account the new one belongs under.</source>
        <translation>Scegli il conto sotto cui inserire il nuovo.</translation>
    </message>
    <message>
        <source>New sub-account</source>
        <translation>Nuovo sottoconto</translation>
    </message>
    <message>
        <source>Number of the new account under {parent}:</source>
        <translation>Numero del nuovo conto sotto {parent}:</translation>
    </message>
</context>
<context>
    <name>SubsidyDialog</name>
    <message>
        <source>Subsidy request</source>
        <translation>Richiesta di contributo</translation>
    </message>
    <message>
        <source>six months after the fiscal year, if empty</source>
        <translation>sei mesi dopo l’esercizio, se vuoto</translation>
    </message>
    <message>
        <source>&amp;Funder *</source>
        <translation>&amp;Finanziatore *</translation>
    </message>
    <message>
        <source>&amp;Action financed *</source>
        <translation>&amp;Azione finanziata *</translation>
    </message>
    <message>
        <source>Amount &amp;requested (€)</source>
        <translation>Importo &amp;richiesto (€)</translation>
    </message>
    <message>
        <source>Amount &amp;granted (€)</source>
        <translation>Importo &amp;concesso (€)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>Requested &amp;on</source>
        <translation>Richiesta &amp;il</translation>
    </message>
    <message>
        <source>Financial report &amp;due</source>
        <translation>Rendiconto finanziario &amp;entro</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Riferi&amp;mento</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Reset columns</source>
        <translation>Ripristina le colonne</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>culture</source>
        <translation>cultura</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>giovani</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>scuola</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>sport</translation>
    </message>
    <message>
        <source>heritage</source>
        <translation>patrimonio</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>economia</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>turismo</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <source>solidarity</source>
        <translation>solidarietà</translation>
    </message>
    <message>
        <source>local governance</source>
        <translation>governance locale</translation>
    </message>
    <message>
        <source>health</source>
        <translation>salute</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{value}” could be read two ways (a decimal comma or a thousands separator) and nothing else in the file tells which: write it 1 500 or 1,50, or say which mark the file uses (--decimal-mark).</source>
        <translation>«{value}» si può leggere in due modi (virgola decimale o separatore delle migliaia) e nient’altro nel file lo chiarisce: scrivete 1 500 o 1,50, oppure indicate il separatore del file (--decimal-mark).</translation>
    </message>
    <message>
        <source>“{value}” is not an account of the chart (60 to 87).</source>
        <translation>«{value}» non è un conto del piano (da 60 a 87).</translation>
    </message>
    <message>
        <source>this category does not match the kind of line.</source>
        <translation>questa categoria non corrisponde alla natura della voce.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» non è un numero.</translation>
    </message>
    <message>
        <source>“{value}” no longer exists; today&apos;s country was chosen.</source>
        <translation>«{value}» non esiste più; è stato scelto il paese attuale.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>è fuori intervallo.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised; taken from the place found.</source>
        <translation>paese «{value}» non riconosciuto; ripreso dal luogo trovato.</translation>
    </message>
    <message>
        <source>this agreement is already recorded.</source>
        <translation>questo accordo è già registrato.</translation>
    </message>
    <message>
        <source>same partner, agreement and date as an earlier row.</source>
        <translation>stesso partner, accordo e data di una riga precedente.</translation>
    </message>
    <message>
        <source>this file is not a spreadsheet or a CSV text.</source>
        <translation>questo file non è un foglio di calcolo né un testo CSV.</translation>
    </message>
    <message>
        <source>near row {row}, a cell holds more than {limit} characters, or a quote is never closed.</source>
        <translation>vicino alla riga {row}, una cella contiene più di {limit} caratteri, o una virgoletta non viene mai chiusa.</translation>
    </message>
    <message>
        <source>a cell of row {row} holds more than {limit} characters.</source>
        <translation>una cella della riga {row} contiene più di {limit} caratteri.</translation>
    </message>
    <message>
        <source>this workbook holds XML that points outside itself or expands without end: it is refused, as a hostile file would be.</source>
        <translation>questa cartella di lavoro contiene XML che punta fuori di sé o si espande senza fine: viene rifiutata, come un file ostile.</translation>
    </message>
    <message>
        <source>this workbook unpacks to more than {limit} MB (or {ratio} times its size): it is refused, as a damaged or hostile file would be.</source>
        <translation>questa cartella di lavoro si decomprime in più di {limit} MB (o {ratio} volte la sua dimensione): viene rifiutata, come un file danneggiato o ostile.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} non esiste.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB.</source>
        <translation>il file supera i 200 MB.</translation>
    </message>
    <message>
        <source>this file is not a readable Excel workbook.</source>
        <translation>questo file non è una cartella di lavoro Excel leggibile.</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows, more than a committee’s list; split it.</source>
        <translation>il foglio ha più di {limit} righe, ben più di un elenco di comitato; dividetelo.</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns.</source>
        <translation>la riga {row} ha più di {limit} colonne.</translation>
    </message>
    <message>
        <source>old .xls files are not supported: save it as .xlsx or .csv in Excel.</source>
        <translation>i vecchi file .xls non sono supportati: salvalo come .xlsx o .csv in Excel.</translation>
    </message>
    <message>
        <source>the year {year} is not between {min} and {max}.</source>
        <translation>l’anno {year} non è compreso tra {min} e {max}.</translation>
    </message>
    <message>
        <source>{name} is larger than 25 MB.</source>
        <translation>{name} supera i 25 MB.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Questo documento non esiste più.</translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation>Questa voce di bilancio non esiste più.</translation>
    </message>
    <message>
        <source>is not an amount.</source>
        <translation>non è un importo.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>non può essere negativo.</translation>
    </message>
    <message>
        <source>is larger than {max}; check the amount.</source>
        <translation>supera {max}; controlla l’importo.</translation>
    </message>
    <message>
        <source>the fiscal year {year} does not exist.</source>
        <translation>l’esercizio {year} non esiste.</translation>
    </message>
    <message>
        <source>choose a category of the chart of accounts.</source>
        <translation>scegli una categoria del piano dei conti.</translation>
    </message>
    <message>
        <source>the account {code} already exists.</source>
        <translation>il conto {code} esiste già.</translation>
    </message>
    <message>
        <source>unknown kind.</source>
        <translation>natura sconosciuta.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR, PLN or GBP.</source>
        <translation>«{value}» non è un codice di valuta come EUR, PLN o GBP.</translation>
    </message>
    <message>
        <source>give the amount in {currency} and the rate used.</source>
        <translation>indica l’importo in {currency} e il tasso usato.</translation>
    </message>
    <message>
        <source>this record no longer exists.</source>
        <translation>questo record non esiste più.</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither.</source>
        <translation>indica sia la latitudine sia la longitudine, oppure nessuna delle due.</translation>
    </message>
    <message>
        <source>must be between -90 and 90 degrees.</source>
        <translation>deve essere compresa tra -90 e 90 gradi.</translation>
    </message>
    <message>
        <source>must be between -180 and 180 degrees.</source>
        <translation>deve essere compresa tra -180 e 180 gradi.</translation>
    </message>
    <message>
        <source>must be between 0 and 50,000,000.</source>
        <translation>deve essere compresa tra 0 e 50.000.000.</translation>
    </message>
    <message>
        <source>choose a country.</source>
        <translation>scegli un paese.</translation>
    </message>
    <message>
        <source>must be between 1 and 600 months.</source>
        <translation>deve essere compreso tra 1 e 600 mesi.</translation>
    </message>
    <message>
        <source>must be a month from 1 to 12.</source>
        <translation>deve essere un mese da 1 a 12.</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB.</source>
        <translation>il logo supera i 2 MB.</translation>
    </message>
    <message>
        <source>{day:02d}/{month:02d}/{year} is not a real date.</source>
        <translation>il {day:02d}/{month:02d}/{year} non esiste.</translation>
    </message>
    <message>
        <source>the range {first}–{second} ends before it starts.</source>
        <translation>il periodo {first}–{second} termina prima di iniziare.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 14/07/1985, 1985 or 2001-2002.</source>
        <translation>«{value}» non è una data; scrivi 14/07/1985, 1985 o 2001-2002.</translation>
    </message>
    <message>
        <source>needs a full date such as 14/07/2025.</source>
        <translation>serve una data completa, come 14/07/2025.</translation>
    </message>
    <message>
        <source>choose a partner.</source>
        <translation>scegli un partner.</translation>
    </message>
    <message>
        <source>choose a purpose.</source>
        <translation>scegli uno scopo.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>è obbligatorio.</translation>
    </message>
    <message>
        <source>is before the start.</source>
        <translation>è precedente all’inizio.</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} compare due volte.</translation>
    </message>
    <message>
        <source>must be between 0 and {max}.</source>
        <translation>deve essere compreso tra 0 e {max}.</translation>
    </message>
    <message>
        <source>is not a sensible amount.</source>
        <translation>non è un importo plausibile.</translation>
    </message>
    <message>
        <source>{name} is a minor: tick the guardian&apos;s authorisation before marking the delegation ready.</source>
        <translation>{name} è minorenne: spunta l’autorizzazione dei genitori prima di segnare la delegazione come pronta.</translation>
    </message>
    <message>
        <source>a chosen partner no longer exists.</source>
        <translation>un partner scelto non esiste più.</translation>
    </message>
    <message>
        <source>a chosen person no longer exists.</source>
        <translation>una persona scelta non esiste più.</translation>
    </message>
    <message>
        <source>this household no longer exists.</source>
        <translation>questo nucleo familiare non esiste più.</translation>
    </message>
    <message>
        <source>this event no longer exists.</source>
        <translation>questo evento non esiste più.</translation>
    </message>
    <message>
        <source>{name} travels as an elected official but no mandat spécial (deliberation number and date) is recorded.</source>
        <translation>{name} viaggia come eletto/a ma non è registrato alcun mandat spécial (numero e data della delibera).</translation>
    </message>
    <message>
        <source>{name}: the mandat spécial of {date} must be voted before departure.</source>
        <translation>{name}: il mandat spécial del {date} deve essere votato prima della partenza.</translation>
    </message>
    <message>
        <source>{name} is a minor: the guardian&apos;s authorisation is missing.</source>
        <translation>{name} è minorenne: manca l’autorizzazione dei genitori.</translation>
    </message>
    <message>
        <source>This delegation no longer exists; the list is refreshed.</source>
        <translation>Questa delegazione non esiste più; l’elenco è stato aggiornato.</translation>
    </message>
    <message>
        <source>{host} hosts more visitors than its {capacity} bed(s).</source>
        <translation>{host} ospita più visitatori dei letti disponibili ({capacity}).</translation>
    </message>
    <message>
        <source>{name} cannot stay with pets, and {host} has some.</source>
        <translation>{name} non può alloggiare con animali, e {host} ne ha.</translation>
    </message>
    <message>
        <source>{name} needs a non-smoking home; {host} smokes.</source>
        <translation>{name} ha bisogno di un alloggio per non fumatori; da {host} si fuma.</translation>
    </message>
    <message>
        <source>{name} needs step-free access, which {host} does not offer.</source>
        <translation>{name} ha bisogno di un accesso senza gradini, che {host} non offre.</translation>
    </message>
    <message>
        <source>{host} does not offer the diet {name} needs.</source>
        <translation>{host} non offre la dieta di cui {name} ha bisogno.</translation>
    </message>
    <message>
        <source>{name} and {host} have no language in common.</source>
        <translation>{name} e {host} non hanno nessuna lingua in comune.</translation>
    </message>
    <message>
        <source>{name} should stay with their group but is placed elsewhere.</source>
        <translation>{name} dovrebbe alloggiare con il suo gruppo ma è sistemato/a altrove.</translation>
    </message>
    <message>
        <source>No host yet for: {names}.</source>
        <translation>Ancora nessuna famiglia per: {names}.</translation>
    </message>
    <message>
        <source>The demo fills an empty database only; this one already has partners.</source>
        <translation>La dimostrazione riempie solo un database vuoto; questo ha già dei partner.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Natura</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Tipo di accordo</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Data della firma</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmatari</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dormant after (months)</source>
        <translation>Inattivo dopo (mesi)</translation>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Tipo di evento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Azione successiva</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Attori locali</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Effetti qui</translation>
    </message>
    <message>
        <source>Effects there</source>
        <translation>Effetti là</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegazione</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Consuntivo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tasso di cambio</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Beneficiario o pagatore</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Giustificativo</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Importo richiesto</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Importo concesso</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Start of the fiscal year</source>
        <translation>Inizio dell’esercizio</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Letti</translation>
    </message>
    <message>
        <source>Diets offered</source>
        <translation>Diete possibili</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Notti offerte</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Pasti offerti</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Health needs</source>
        <translation>Salute</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Stays with group</source>
        <translation>Alloggia con il gruppo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Persone incontrate</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Trasporto</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Riferimento del contributo</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Famiglia ospitante</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusioni</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Prospettive</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Lista di distribuzione</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmatario</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Qualifica del firmatario</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Fatto a</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Questo evento non esiste più.</translation>
    </message>
    <message>
        <source>this delegation no longer exists.</source>
        <translation>questa delegazione non esiste più.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount; write 1 234,50 or 12,5.</source>
        <translation>«{value}» non è un importo; scrivi 1.234,50 o 12,5.</translation>
    </message>
    <message>
        <source>has more than two decimals (cents).</source>
        <translation>ha più di due decimali (centesimi).</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Questo partner non esiste più.</translation>
    </message>
    <message>
        <source>unknown status.</source>
        <translation>stato sconosciuto.</translation>
    </message>
    <message>
        <source>unknown agreement type.</source>
        <translation>tipo di accordo sconosciuto.</translation>
    </message>
    <message>
        <source>is before the signature.</source>
        <translation>è precedente alla firma.</translation>
    </message>
    <message>
        <source>a partner called “{name}” already exists in this country.</source>
        <translation>un partner chiamato «{name}» esiste già in questo paese.</translation>
    </message>
    <message>
        <source>This partner cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it. Set its status to “Ended” instead.</source>
        <translation>Questo partner non può essere eliminato: {events} evento/i e {delegations} delegazione/i vi fanno riferimento. Imposta piuttosto il suo stato su «Concluso».</translation>
    </message>
    <message>
        <source>This record no longer exists; the list is refreshed.</source>
        <translation>Questo record non esiste più; l’elenco è stato aggiornato.</translation>
    </message>
    <message>
        <source>is in the future.</source>
        <translation>è nel futuro.</translation>
    </message>
    <message>
        <source>This person took part in {count} delegation(s); use “Erase personal data” to keep the counts true.</source>
        <translation>Questa persona ha partecipato a {count} delegazione/i; usa «Cancella i dati personali» perché i conteggi restino corretti.</translation>
    </message>
    <message>
        <source>This household hosted {count} visitor(s); remove them from the hosting plans first.</source>
        <translation>Questo nucleo familiare ha ospitato {count} visitatore/i; toglili prima dai piani di ospitalità.</translation>
    </message>
    <message>
        <source>must be between {min} and {max}.</source>
        <translation>deve essere compreso tra {min} e {max}.</translation>
    </message>
    <message>
        <source>contains invisible control characters.</source>
        <translation>contiene caratteri di controllo invisibili.</translation>
    </message>
    <message>
        <source>is too long ({length} characters, at most {max}).</source>
        <translation>è troppo lungo ({length} caratteri, al massimo {max}).</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>«{value}» non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>“{value}” is not a time (hh:mm).</source>
        <translation>«{value}» non è un orario (hh:mm).</translation>
    </message>
    <message>
        <source>choose a person from the directory, or create one.</source>
        <translation>scegli una persona dalla rubrica o creala.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>deve essere un numero intero.</translation>
    </message>
    <message>
        <source>is not one of the delegation’s days ({first} to {last}).</source>
        <translation>non è uno dei giorni della delegazione (dal {first} al {last}).</translation>
    </message>
</context>
<context>
    <name>WordingsDialog</name>
    <message>
        <source>Agreement wordings</source>
        <translation>Diciture degli accordi</translation>
    </message>
    <message>
        <source>These wordings match no agreement type. Choose what each one means; the choice applies to all its rows and is remembered for the next import.</source>
        <translation>Queste diciture non corrispondono ad alcun tipo di accordo. Scegliete cosa significa ciascuna; la scelta vale per tutte le sue righe e sarà ricordata per la prossima importazione.</translation>
    </message>
    <message>
        <source>Keep as written (other)</source>
        <translation>Lasciare come scritto (altro)</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Per azione</translation>
    </message>
    <message>
        <source>Forecast budget</source>
        <translation>Bilancio preventivo</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Rendiconto finanziario</translation>
    </message>
    <message>
        <source>Budget {year}</source>
        <translation>Bilancio {year}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Stampato il {date}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Preventivo</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Consuntivo</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Scostamento</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% realizzato</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Spese</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Entrate</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Contributi volontari in natura</translation>
    </message>
    <message>
        <source>Contributions in kind: 87 − 86 (must be zero)</source>
        <translation>Contributi in natura: 87 − 86 (deve essere zero)</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Totale spese</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Totale entrate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Result of the year (income − expenses)</source>
        <translation>Risultato dell’esercizio (entrate − spese)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Natura</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Beneficiario o pagatore</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Giustificativo</translation>
    </message>
    <message>
        <source>Trip to {partner}, {date}</source>
        <translation>Viaggio a {partner}, {date}</translation>
    </message>
    <message>
        <source>Visit of {partner}, {date}</source>
        <translation>Visita da {partner}, {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <source>Forecast budget of the action</source>
        <translation>Bilancio preventivo dell’azione</translation>
    </message>
    <message>
        <source>Laid out as the budget table of Cerfa form 12156</source>
        <translation>Impostato come la tabella di bilancio del modulo Cerfa 12156</translation>
    </message>
    <message>
        <source>Financial report of the action</source>
        <translation>Rendiconto finanziario dell’azione</translation>
    </message>
    <message>
        <source>Laid out as the summary table of Cerfa form 15059</source>
        <translation>Impostato come la tabella riassuntiva del modulo Cerfa 15059</translation>
    </message>
    <message>
        <source>Association: {name}</source>
        <translation>Associazione: {name}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Azione: {action}</translation>
    </message>
    <message>
        <source>Action: all the actions of the year (budget of the association)</source>
        <translation>Azione: tutte le azioni dell’anno (bilancio dell’associazione)</translation>
    </message>
    <message>
        <source>Fiscal year: {year}</source>
        <translation>Esercizio: {year}</translation>
    </message>
    <message>
        <source>Fiscal year: {year}, from {start} to {end}</source>
        <translation>Esercizio: {year}, dal {start} al {end}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Realizzato</translation>
    </message>
    <message>
        <source>State: ministries, directorates or decentralised services</source>
        <translation>Stato: ministeri, direzioni o servizi decentrati</translation>
    </message>
    <message>
        <source>Region(s)</source>
        <translation>Regione/i</translation>
    </message>
    <message>
        <source>Département(s)</source>
        <translation>Dipartimento/i</translation>
    </message>
    <message>
        <source>Intercommunality: EPCI</source>
        <translation>Intercomunalità: EPCI</translation>
    </message>
    <message>
        <source>Commune(s)</source>
        <translation>Comune/i</translation>
    </message>
    <message>
        <source>European funds (ESF, ERDF, CERV…)</source>
        <translation>Fondi europei (FSE, FESR, CERV…)</translation>
    </message>
    <message>
        <source>Agence de services et de paiement (ASP, subsidised jobs)</source>
        <translation>Agence de services et de paiement (ASP, impieghi sovvenzionati)</translation>
    </message>
    <message>
        <source>Other public bodies, private funders</source>
        <translation>Altri enti pubblici, finanziatori privati</translation>
    </message>
    <message>
        <source>ministry not named</source>
        <translation>ministero non indicato</translation>
    </message>
    <message>
        <source>funder not named</source>
        <translation>finanziatore non indicato</translation>
    </message>
    <message>
        <source>of which membership dues</source>
        <translation>di cui quote associative</translation>
    </message>
    <message>
        <source>of which donations</source>
        <translation>di cui donazioni</translation>
    </message>
    <message>
        <source>of which {account}</source>
        <translation>di cui {account}</translation>
    </message>
    <message>
        <source>Rounding to whole euros</source>
        <translation>Arrotondamento all’euro</translation>
    </message>
    <message>
        <source>Forecast surplus (profit)</source>
        <translation>Avanzo previsto (utile)</translation>
    </message>
    <message>
        <source>Forecast shortfall (loss)</source>
        <translation>Disavanzo previsto (perdita)</translation>
    </message>
    <message>
        <source>Surplus (profit)</source>
        <translation>Avanzo (utile)</translation>
    </message>
    <message>
        <source>Shortfall (loss)</source>
        <translation>Disavanzo (perdita)</translation>
    </message>
    <message>
        <source>Explanation of the significant variances between forecast and actual</source>
        <translation>Spiegazione degli scostamenti significativi tra preventivo e consuntivo</translation>
    </message>
    <message>
        <source>Lines whose actual amount differs from the forecast by {percent} or more, or that were not planned: explain each one on its right.</source>
        <translation>Righe il cui importo effettivo si discosta dal previsto di almeno {percent}, o non previste: spiegare ciascuna alla sua destra.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Spiegazione</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>No significant variance.</source>
        <translation>Nessuno scostamento significativo.</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Spesa</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Entrata</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In natura</translation>
    </message>
    <message>
        <source>Amount in currency</source>
        <translation>Importo in valuta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Expenses forecast</source>
        <translation>Spese a preventivo</translation>
    </message>
    <message>
        <source>Expenses actual</source>
        <translation>Spese a consuntivo</translation>
    </message>
    <message>
        <source>Income forecast</source>
        <translation>Entrate a preventivo</translation>
    </message>
    <message>
        <source>Income actual</source>
        <translation>Entrate a consuntivo</translation>
    </message>
    <message>
        <source>Balance (actual)</source>
        <translation>Saldo (consuntivo)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
</context>
<context>
    <name>_CommunePage</name>
    <message>
        <source>Your commune</source>
        <translation>Il tuo comune</translation>
    </message>
    <message>
        <source>Type its name in “Find the commune” and pick it, or type the coordinates.</source>
        <translation>Digita il suo nome in «Trova il comune» e sceglilo, oppure inserisci le coordinate.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Twinning Desk</source>
        <translation>Benvenuto in Twinning Desk</translation>
    </message>
    <message>
        <source>Twinning Desk keeps your committee&apos;s partners, events, delegations and budget in one file on this computer; no Internet connection is needed.

First, tell us which commune the committee belongs to. Its name and logo head your reports, and its position gives the distance to each partner. Click Next to start.</source>
        <translation>Twinning Desk conserva partner, eventi, delegazioni e bilancio del vostro comitato in un unico file su questo computer; non serve alcuna connessione a Internet.

Indicate prima a quale comune appartiene il comitato. Nome e logo compaiono in testa ai documenti, la posizione dà la distanza da ogni partner. Fate clic su Avanti per iniziare.</translation>
    </message>
    <message>
        <source>Just looking? Open a demo commune, filled with partners, events, visits and a budget. It has its own file: your committee&apos;s file stays empty, and you can come back to it, or to the demo (File menu), at any time.</source>
        <translation>Solo per dare un&apos;occhiata? Aprite un comune dimostrativo con partner, eventi, visite e un bilancio. Ha un proprio file: quello del vostro comitato resta vuoto, e potete tornarci, o tornare alla demo (menu File), in qualsiasi momento.</translation>
    </message>
    <message>
        <source>&amp;Try with the demo</source>
        <translation>&amp;Prova con la demo</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>This computer has no password store (keyring) the app can use: the password was not kept and will be asked at the next connection.</source>
        <translation>Questo computer non ha un portachiavi utilizzabile: la password non è stata conservata e verrà chiesta alla prossima connessione.</translation>
    </message>
</context>
</TS>
