<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>as the committee calls it, if not the type</source>
        <translation>tak, jak nazywa ją komitet, jeśli inaczej niż rodzaj</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14.07.1985, 1985 lub 2001-2002</translation>
    </message>
    <message>
        <source>A French version of the agreement exists</source>
        <translation>Istnieje francuska wersja umowy</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Data podpisania</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <source>Si&amp;gnatories</source>
        <translation>&amp;Sygnatariusze</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Wygasa</translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation>&amp;Odnowienie</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Uwagi</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Read-only file</source>
        <translation>Plik tylko do odczytu</translation>
    </message>
    <message>
        <source>{path} cannot be written to, so it opens read-only.</source>
        <translation>Nie można zapisywać w {path}, więc zostanie otwarty tylko do odczytu.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation>Przywróć ostatnią poprawną kopię zapasową</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Otwórz mimo to</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Wybierz inny plik…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>No sound backup of this file was found.</source>
        <translation>Nie znaleziono poprawnej kopii zapasowej tego pliku.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Kopia zapasowa przywrócona</translation>
    </message>
    <message>
        <source>The copy of {date} was restored. The damaged file was kept beside it, renamed.</source>
        <translation>Przywrócono kopię z {date}. Uszkodzony plik zachowano obok pod zmienioną nazwą.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>The file used last time, {last}, cannot be found (a USB stick or network folder that is not connected?). Opening {default} instead; use File › Open database once the file is back.</source>
        <translation>Nie można znaleźć pliku używanego ostatnio, {last} (niepodłączony pendrive lub folder sieciowy?). Zamiast niego otwarto {default}; gdy plik będzie znów dostępny, użyj polecenia Plik › Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>You can set up your commune later in Edit › Settings; distances to partners are shown once its position is known.</source>
        <translation>Gminę możesz skonfigurować później w menu Edycja › Ustawienia; odległości do partnerów pojawią się, gdy jej położenie będzie znane.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Budget line</source>
        <translation>Pozycja budżetu</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nowa pozycja budżetu</translation>
    </message>
    <message>
        <source>The account of the associations&apos; chart of accounts (60 to 87), as the subsidy form (Cerfa) asks: 6x for charges, 7x for income, 86 and 87 for contributions in kind (volunteering, rooms lent). The workbook groups the lines by these accounts.</source>
        <translation>Konto z planu kont stowarzyszeń (od 60 do 87), zgodnie z formularzem wniosku o dotację (Cerfa): 6x dla kosztów, 7x dla przychodów, 86 i 87 dla wkładów niepieniężnych (wolontariat, użyczone sale). Skoroszyt grupuje pozycje według tych kont.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <source>&amp;Label *</source>
        <translation>&amp;Opis *</translation>
    </message>
    <message>
        <source>&amp;Forecast (€)</source>
        <translation>&amp;Plan (€)</translation>
    </message>
    <message>
        <source>&amp;Actual (€)</source>
        <translation>&amp;Wykonanie (€)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <source>&amp;Payee or payer</source>
        <translation>Od&amp;biorca lub płatnik</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Dowód księgowy</translation>
    </message>
    <message>
        <source>F&amp;under (income)</source>
        <translation>&amp;Finansujący (przychody)</translation>
    </message>
    <message>
        <source>Linked &amp;event</source>
        <translation>Powiązane wydarz&amp;enie</translation>
    </message>
    <message>
        <source>Linked dele&amp;gation</source>
        <translation>Powiązana dele&amp;gacja</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wal&amp;uta</translation>
    </message>
    <message>
        <source>Amount in that c&amp;urrency</source>
        <translation>Kwota w tej wal&amp;ucie</translation>
    </message>
    <message>
        <source>E&amp;xchange rate (€ per unit)</source>
        <translation>Kur&amp;s wymiany (€ za jednostkę)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
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
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>No amount yet.</source>
        <translation>Brak kwot.</translation>
    </message>
    <message>
        <source>New fiscal &amp;year…</source>
        <translation>Nowy &amp;rok obrotowy…</translation>
    </message>
    <message>
        <source>Expenses and income</source>
        <translation>Koszty i przychody</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <source>Search a label, a payee, a receipt…</source>
        <translation>Szukaj opisu, kontrahenta, dowodu…</translation>
    </message>
    <message>
        <source>New subsidy &amp;request…</source>
        <translation>Nowy &amp;wniosek o dotację…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Dotacje</translation>
    </message>
    <message>
        <source>&amp;New line…</source>
        <translation>&amp;Nowa pozycja…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Pow&amp;iel</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Start from last year&apos;s &amp;forecast</source>
        <translation>Zacznij od &amp;planu z zeszłego roku</translation>
    </message>
    <message>
        <source>E&amp;xport the Excel workbook…</source>
        <translation>E&amp;ksportuj skoroszyt Excela…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Rok obrotowy</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Wszystkie działania</translation>
    </message>
    <message>
        <source>The forecast is balanced.</source>
        <translation>Plan jest zbilansowany.</translation>
    </message>
    <message>
        <source>The forecast is not balanced: income minus expenses is {gap}.</source>
        <translation>Plan nie jest zbilansowany: przychody minus koszty = {gap}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expenses&lt;/b&gt; forecast {cf}, actual {ca} — &lt;b&gt;Income&lt;/b&gt; forecast {pf}, actual {pa}&lt;br&gt;&lt;b&gt;Result of the year&lt;/b&gt;: {result}. {balance}</source>
        <translation>&lt;b&gt;Koszty&lt;/b&gt; plan {cf}, wykonanie {ca} — &lt;b&gt;Przychody&lt;/b&gt; plan {pf}, wykonanie {pa}&lt;br&gt;&lt;b&gt;Wynik roku&lt;/b&gt;: {result}. {balance}</translation>
    </message>
    <message>
        <source>Financial reports due: {items}</source>
        <translation>Sprawozdania finansowe do złożenia: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget line saved.</source>
        <translation>Pozycja budżetu zapisana.</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Usuń pozycję budżetu</translation>
    </message>
    <message>
        <source>Delete “{label}”?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Usunąć „{label}”?

Możesz to cofnąć poleceniem Edycja › Cofnij (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete budget line {label}</source>
        <translation>Usuń pozycję budżetu {label}</translation>
    </message>
    <message>
        <source>New fiscal year</source>
        <translation>Nowy rok obrotowy</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Rok:</translation>
    </message>
    <message>
        <source>There is no fiscal year {year} to start from.</source>
        <translation>Nie ma roku obrotowego {year}, od którego można zacząć.</translation>
    </message>
    <message>
        <source>Start from last year</source>
        <translation>Zacznij od zeszłego roku</translation>
    </message>
    <message>
        <source>Copy the forecast lines of {previous} into {year} (actual amounts left empty)?</source>
        <translation>Skopiować pozycje planu {previous} do roku {year} (kwoty wykonania pozostaną puste)?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied.</source>
        <translation>
            <numerusform>Skopiowano %n pozycję.</numerusform>
            <numerusform>Skopiowano %n pozycje.</numerusform>
            <numerusform>Skopiowano %n pozycji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the budget workbook</source>
        <translation>Eksportuj skoroszyt budżetu</translation>
    </message>
    <message>
        <source>budget-{year}.xlsx</source>
        <translation>budzet-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Budget exported to {path}, with the Cerfa sheets of {action}.</source>
        <translation>Budżet wyeksportowano do {path}, z arkuszami Cerfa dla {action}.</translation>
    </message>
    <message>
        <source>Budget exported to {path}.</source>
        <translation>Budżet wyeksportowano do {path}.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Usługi obce</translation>
    </message>
    <message>
        <source>Other external services</source>
        <translation>Pozostałe usługi obce</translation>
    </message>
    <message>
        <source>Travel, missions and receptions</source>
        <translation>Podróże, delegacje i przyjęcia</translation>
    </message>
    <message>
        <source>Advertising, publications</source>
        <translation>Reklama, publikacje</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Podatki i opłaty</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>Koszty osobowe</translation>
    </message>
    <message>
        <source>Other current management costs</source>
        <translation>Pozostałe koszty operacyjne</translation>
    </message>
    <message>
        <source>Financial costs</source>
        <translation>Koszty finansowe</translation>
    </message>
    <message>
        <source>Exceptional costs</source>
        <translation>Koszty nadzwyczajne</translation>
    </message>
    <message>
        <source>Depreciation and provisions</source>
        <translation>Amortyzacja i rezerwy</translation>
    </message>
    <message>
        <source>Sales, services</source>
        <translation>Sprzedaż, usługi</translation>
    </message>
    <message>
        <source>Operating subsidies</source>
        <translation>Dotacje na działalność</translation>
    </message>
    <message>
        <source>Subsidy: State</source>
        <translation>Dotacja: państwo</translation>
    </message>
    <message>
        <source>Subsidy: Region</source>
        <translation>Dotacja: region</translation>
    </message>
    <message>
        <source>Subsidy: Département</source>
        <translation>Dotacja: departament</translation>
    </message>
    <message>
        <source>Subsidy: Intercommunality</source>
        <translation>Dotacja: związek gmin</translation>
    </message>
    <message>
        <source>Subsidy: Commune</source>
        <translation>Dotacja: gmina</translation>
    </message>
    <message>
        <source>Subsidy: European funds</source>
        <translation>Dotacja: fundusze europejskie</translation>
    </message>
    <message>
        <source>Subsidy: other</source>
        <translation>Dotacja: inne</translation>
    </message>
    <message>
        <source>Other current management income</source>
        <translation>Pozostałe przychody operacyjne</translation>
    </message>
    <message>
        <source>Membership dues</source>
        <translation>Składki członkowskie</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Darowizny</translation>
    </message>
    <message>
        <source>Financial income</source>
        <translation>Przychody finansowe</translation>
    </message>
    <message>
        <source>Exceptional income</source>
        <translation>Przychody nadzwyczajne</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Rozwiązanie rezerw i odpisów</translation>
    </message>
    <message>
        <source>Use of voluntary contributions in kind</source>
        <translation>Wykorzystanie nieodpłatnych świadczeń w naturze</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Nieodpłatne świadczenia w naturze</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: {reason}</source>
        <translation>Błąd: {reason}</translation>
    </message>
    <message>
        <source>Interrupted; nothing more was written.</source>
        <translation>Przerwano; nic więcej nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details: {log}</source>
        <translation>Nieoczekiwany błąd: {error}. Szczegóły: {log}</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; add --read-only to read it anyway, or wait until they close it.</source>
        <translation>Błąd: {path} jest używany przez {user} na {host} od {since}; dodaj --read-only, aby mimo to go odczytać, lub poczekaj, aż zostanie zamknięty.</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; wait until they close it, then try again.</source>
        <translation>Błąd: {path} jest używany przez {user} na {host} od {since}; poczekaj, aż zostanie zamknięty, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Error: {path} does not exist.</source>
        <translation>Błąd: {path} nie istnieje.</translation>
    </message>
    <message>
        <source>Damaged: {path}: {reason}</source>
        <translation>Uszkodzony: {path}: {reason}</translation>
    </message>
    <message>
        <source>OK: {path} ({partners} partners, {events} events, {delegations} delegations, {lines} budget lines)</source>
        <translation>OK: {path} (partnerzy: {partners}, wydarzenia: {events}, delegacje: {delegations}, pozycje budżetu: {lines})</translation>
    </message>
    <message>
        <source>Error: a shared database is restored on the server (pg_restore), or filled from a backup file with twinning-desk copy FILE ADDRESS into an empty database; nothing was changed.</source>
        <translation>Błąd: wspólną bazę przywraca się na serwerze (pg_restore) albo wypełnia z pliku kopii poleceniem twinning-desk copy PLIK ADRES w pustej bazie; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Error: the backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>Błąd: kopia zapasowa {path} jest uszkodzona ({reason}); niczego nie przywrócono.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the damaged file was kept as {damaged}.</source>
        <translation>Przywrócono {backup} do {path}; uszkodzony plik zachowano jako {damaged}.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the previous state was backed up first (twinning-desk restore can bring it back).</source>
        <translation>Przywrócono {backup} do {path}; wcześniej zapisano kopię zapasową poprzedniego stanu (twinning-desk restore może go przywrócić).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Zapisano kopię zapasową: {path}</translation>
    </message>
    <message>
        <source>[{index}/{count}] {table}, rows: {rows}</source>
        <translation>[{index}/{count}] {table}, wiersze: {rows}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and checked it (row count and checksum of each table): tables: {tables}, rows: {rows}.</source>
        <translation>Skopiowano {source} do {target} i sprawdzono (liczba wierszy i suma kontrolna każdej tabeli): tabele: {tables}, wiersze: {rows}.</translation>
    </message>
    <message>
        <source>owner (upgrades the tables with a new version)</source>
        <translation>właściciel (aktualizuje tabele przy nowej wersji)</translation>
    </message>
    <message>
        <source>editor (reads and writes)</source>
        <translation>redaktor (czyta i zapisuje)</translation>
    </message>
    <message>
        <source>reader (reads and prints only)</source>
        <translation>czytelnik (tylko czyta i drukuje)</translation>
    </message>
    <message>
        <source>{kind}: {name} (it existed; its password was kept)</source>
        <translation>{kind}: {name} (już istniała; jej hasło zachowano)</translation>
    </message>
    <message>
        <source>{kind}: {name}, password: {password}</source>
        <translation>{kind}: {name}, hasło: {password}</translation>
    </message>
    <message>
        <source>The passwords are shown this once and kept nowhere: give each to its person, who types it when connecting.</source>
        <translation>Hasła są pokazywane tylko ten jeden raz i nigdzie nie są przechowywane: przekaż każde jego osobie, która wpisze je przy łączeniu.</translation>
    </message>
    <message>
        <source>Home commune set: {name} ({country}) in {path}</source>
        <translation>Zapisano gminę: {name} ({country}) w {path}</translation>
    </message>
    <message>
        <source>Demo commune created in {path}: {count} partners.</source>
        <translation>Utworzono gminę demonstracyjną w {path}; partnerzy: {count}.</translation>
    </message>
    <message>
        <source>Error: no column for {fields} in {file}.</source>
        <translation>Błąd: brak kolumny dla {fields} w {file}.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}.</source>
        <translation>Próba na sucho, nic nie zapisano: {summary}.</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Zaimportowano: {summary}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (wybierz spośród %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>wymagane są następujące argumenty: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s może pasować do %(matches)s</translation>
    </message>
    <message>
        <source>expected a year from {low} to {high}, not “{value}”</source>
        <translation>oczekiwano roku od {low} do {high}, a nie „{value}”</translation>
    </message>
    <message>
        <source>expected an id, a whole number from {low}, not “{value}”</source>
        <translation>oczekiwano identyfikatora, liczby całkowitej od {low}, a nie „{value}”</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Folder danych: {path}</translation>
    </message>
    <message>
        <source>database file (default: the user data folder), or a shared database&apos;s address, postgresql://user@server/database</source>
        <translation>plik bazy danych (domyślnie: folder danych użytkownika) lub adres wspólnej bazy, postgresql://użytkownik@serwer/baza</translation>
    </message>
    <message>
        <source>language of the interface and messages</source>
        <translation>język interfejsu i komunikatów</translation>
    </message>
    <message>
        <source>read the file without taking it, even while the app has it open</source>
        <translation>odczytaj plik bez blokowania go, nawet gdy jest otwarty w aplikacji</translation>
    </message>
    <message>
        <source>CSV: the decimal mark, comma (with ; between cells) or dot (with ,); default: the language&apos;s</source>
        <translation>CSV: separator dziesiętny, przecinek (komórki rozdzielone ;) lub kropka (rozdzielone ,); domyślnie: ten języka</translation>
    </message>
    <message>
        <source>show the version and the data folder, then exit</source>
        <translation>pokaż wersję i folder danych, a następnie zakończ</translation>
    </message>
    <message>
        <source>set the home commune of a new database</source>
        <translation>ustaw własną gminę nowej bazy danych</translation>
    </message>
    <message>
        <source>ISO code or name, e.g. FR</source>
        <translation>kod ISO lub nazwa, np. FR</translation>
    </message>
    <message>
        <source>fill an empty database with a demo commune</source>
        <translation>wypełnij pustą bazę gminą demonstracyjną</translation>
    </message>
    <message>
        <source>import partners from .xlsx or .csv</source>
        <translation>importuj partnerów z pliku .xlsx lub .csv</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>pokaż, co zostałoby zaimportowane</translation>
    </message>
    <message>
        <source>budget: the fiscal year (default: current)</source>
        <translation>budżet: rok obrachunkowy (domyślnie: bieżący)</translation>
    </message>
    <message>
        <source>budget: the file&apos;s decimal mark, comma or dot (default: read from its amounts)</source>
        <translation>budżet: separator dziesiętny pliku, comma (przecinek) lub dot (kropka); domyślnie: ten, który wynika z kwot</translation>
    </message>
    <message>
        <source>list records</source>
        <translation>wyświetl rekordy</translation>
    </message>
    <message>
        <source>print the partners&apos; records (distances, dates)</source>
        <translation>wypisz rekordy partnerów (odległości, daty)</translation>
    </message>
    <message>
        <source>back the database up (to OUT, or to the backup folder)</source>
        <translation>utwórz kopię zapasową bazy (do OUT lub do folderu kopii)</translation>
    </message>
    <message>
        <source>copy a whole database, checked, between an SQLite file and a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>skopiować całą bazę danych, ze sprawdzeniem, między plikiem SQLite a serwerem PostgreSQL (postgresql://użytkownik@host/baza)</translation>
    </message>
    <message>
        <source>the file or postgresql:// address to copy</source>
        <translation>plik lub adres postgresql:// do skopiowania</translation>
    </message>
    <message>
        <source>a new file, or an empty database (a file or postgresql:// address)</source>
        <translation>nowy plik lub pusta baza danych (plik lub adres postgresql://)</translation>
    </message>
    <message>
        <source>administer a shared PostgreSQL database</source>
        <translation>administrować wspólną bazą danych PostgreSQL</translation>
    </message>
    <message>
        <source>create the owner, editor and reader roles of a committee&apos;s database</source>
        <translation>utworzyć role właściciela, redaktora i czytelnika bazy danych komitetu</translation>
    </message>
    <message>
        <source>the database, reached as the server&apos;s administrator (postgresql://postgres@host/database)</source>
        <translation>baza danych, osiągana jako administrator serwera (postgresql://postgres@host/baza)</translation>
    </message>
    <message>
        <source>the roles&apos; names begin with this (default: the database&apos;s name)</source>
        <translation>początek nazw ról (domyślnie: nazwa bazy danych)</translation>
    </message>
    <message>
        <source>give roles that exist already new passwords</source>
        <translation>nadać nowe hasła rolom, które już istnieją</translation>
    </message>
    <message>
        <source>replace the database with a backup (undoable)</source>
        <translation>zastąp bazę kopią zapasową (można cofnąć)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>sprawdź spójność bazy danych</translation>
    </message>
    <message>
        <source>export to a file</source>
        <translation>eksportuj do pliku</translation>
    </message>
    <message>
        <source>calendar: only this year; budget: the year</source>
        <translation>kalendarz: tylko ten rok; budżet: rok</translation>
    </message>
    <message>
        <source>attendance, hosting: the delegation&apos;s id; budget: its Cerfa sheets</source>
        <translation>obecność, zakwaterowanie: numer delegacji; budżet: jej arkusze Cerfa</translation>
    </message>
    <message>
        <source>attendance: an event&apos;s id instead; budget: the event&apos;s Cerfa sheets</source>
        <translation>obecność: zamiast tego numer wydarzenia; budżet: arkusze Cerfa wydarzenia</translation>
    </message>
    <message>
        <source>person: whose data to export (.json or .xlsx)</source>
        <translation>osoba: której dane wyeksportować (.json lub .xlsx)</translation>
    </message>
    <message>
        <source>hosting: include diet and health notes</source>
        <translation>zakwaterowanie: uwzględnij dietę i uwagi zdrowotne</translation>
    </message>
    <message>
        <source>mission-report: the template to fill by hand</source>
        <translation>sprawozdanie z podróży: szablon do wypełnienia ręcznie</translation>
    </message>
    <message>
        <source>erase participants of visits older than N years</source>
        <translation>usuń uczestników wizyt starszych niż N lat</translation>
    </message>
    <message>
        <source>expected a number of years from {low} to {high}, not “{value}”</source>
        <translation>oczekiwano liczby lat od {low} do {high}, a nie „{value}”</translation>
    </message>
    <message>
        <source>Error: no column recognised in {file}: found “{found}”; expected {expected}.</source>
        <translation>Błąd: nie rozpoznano żadnej kolumny w {file}: znaleziono „{found}”; oczekiwano {expected}.</translation>
    </message>
    <message>
        <source>town (ville), country (pays), agreement, date signed…</source>
        <translation>miasto (ville), kraj (pays), umowa, data podpisania…</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}</source>
        <translation>Próba, nic nie zapisano: {summary}</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Przygotowywanie listy miejscowości (jednorazowo, około 20 sekund)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Exported to {path}: {count} event(s), {visits} delegation(s).</source>
        <translation>Wyeksportowano do {path}: wydarzenia: {count}, delegacje: {visits}.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx or .csv.</source>
        <translation>Błąd: nazwa pliku musi kończyć się na .xlsx lub .csv.</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partnerów wyeksportowano do {path}.</translation>
    </message>
    <message>
        <source>Error: give --person ID.</source>
        <translation>Błąd: podaj --person ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .json or .xlsx.</source>
        <translation>Błąd: nazwa pliku musi kończyć się na .json lub .xlsx.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf.</source>
        <translation>Błąd: nazwa pliku musi kończyć się na .pdf.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID or --event ID.</source>
        <translation>Błąd: podaj --delegation ID lub --event ID.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID.</source>
        <translation>Błąd: podaj --delegation ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf or .xlsx.</source>
        <translation>Błąd: nazwa pliku musi kończyć się na .pdf lub .xlsx.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Zapisano plik: {path}</translation>
    </message>
    <message>
        <source>Error: give --year YEAR.</source>
        <translation>Błąd: podaj --year ROK.</translation>
    </message>
    <message>
        <source>{count} person(s) erased or anonymised.</source>
        <translation>Usunięte lub zanonimizowane osoby: {count}.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .ics.</source>
        <translation>Błąd: nazwa pliku musi kończyć się na .ics.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx.</source>
        <translation>Błąd: nazwa pliku musi kończyć się na .xlsx.</translation>
    </message>
    <message>
        <source>Budget {year} exported to {path}.</source>
        <translation>Budżet {year} wyeksportowano do {path}.</translation>
    </message>
    <message>
        <source>{lines} budget lines, {err} errors</source>
        <translation>pozycje budżetu: {lines}, błędy: {err}</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>wiersz {row}: {reason}</translation>
    </message>
    <message>
        <source>No home commune yet.</source>
        <translation>Nie ma jeszcze gminy.</translation>
    </message>
    <message>
        <source>{name}: no position yet, so no distances (set it in the settings).</source>
        <translation>{name}: brak położenia, więc brak odległości (ustaw je w ustawieniach).</translation>
    </message>
    <message>
        <source>{name} ({lat}, {lon})</source>
        <translation>{name} ({lat}, {lon})</translation>
    </message>
    <message>
        <source>Partners: {count}, placed on the map: {placed}</source>
        <translation>Partnerzy: {count}, na mapie: {placed}</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Error: the file name must end in .png or .pdf.</source>
        <translation>Błąd: nazwa pliku musi kończyć się na .png lub .pdf.</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Mapa zapisana w {path}.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Odbiorca lub płatnik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Odchylenie</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% wykonania</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansujący</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Wnioskowana</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Przyznana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Termin sprawozdania</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Gość</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation</source>
        <translation>Zgoda opiekuna</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Spotkane osoby</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Rodzina goszcząca</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Ograniczenia</translation>
    </message>
    <message>
        <source>Stays with</source>
        <translation>Mieszka z</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Dieta i zdrowie</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Zajęte łóżka</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Położenie na mapie</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Do sprawdzenia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Podpisano</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Wersja francuska</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gospodarstwo domowe</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Łóżka</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Zwierzęta</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Palący</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Bez schodów</translation>
    </message>
    <message>
        <source>Diets</source>
        <translation>Diety</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Samorządowiec</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Stawka dzienna</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Noclegi zapewnione</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Posiłki zapewnione</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Utworzona</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegacje</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Pozycje budżetu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>Do przygotowania</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Obowiązująca umowa</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Odległość (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Ostatnia wymiana</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
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
        <translation>np. Nowa Wieś Winna</translation>
    </message>
    <message>
        <source>e.g. Comité de jumelage de …</source>
        <translation>np. Komitet Partnerstwa Miast …</translation>
    </message>
    <message>
        <source>e.g. 1 place de la Mairie, 37190 …</source>
        <translation>np. Plac Ratuszowy 1, 37-100 …</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Bez logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Wybierz l&amp;ogo…</translation>
    </message>
    <message>
        <source>Commune &amp;name *</source>
        <translation>&amp;Nazwa gminy *</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Kraj *</translation>
    </message>
    <message>
        <source>Find the commune</source>
        <translation>Znajdź gminę</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Współrzędne</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Ludność</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>Ko&amp;mitet</translation>
    </message>
    <message>
        <source>Town &amp;hall address</source>
        <translation>A&amp;dres urzędu gminy</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image of at most 2 MB.</source>
        <translation>Ten plik nie jest obrazem o rozmiarze do 2 MB.</translation>
    </message>
</context>
<context>
    <name>CommuneWizard</name>
    <message>
        <source>Set up Twinning Desk</source>
        <translation>Konfiguracja Twinning Desk</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>druga osoba</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoja wersja</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Zapisane przez: {who}</translation>
    </message>
    <message>
        <source>The two versions differ in nothing you edit.</source>
        <translation>Obie wersje nie różnią się niczym, co tu edytujesz.</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Zachowaj całą &amp;moją</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Przyjmij całą &amp;drugą</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>&amp;Zapisz tę wersję</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Wróć do moich zmian</translation>
    </message>
    <message>
        <source>{field}
(changed on both sides)</source>
        <translation>{field}
(zmienione po obu stronach)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Zachowaj moją</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Przyjmij drugą</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{who} changed this record on {when}, after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>{who} zmienił(a) ten wpis {when}, po tym jak go otworzono. Nic nie zostało zapisane, więc żadna z dwóch zmian nie przepadła: porównaj obie wersje i wybierz, co zachować.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>Ktoś inny zmienił ten wpis po tym, jak go otworzono. Nic nie zostało zapisane, więc żadna z dwóch zmian nie przepadła: porównaj obie wersje i wybierz, co zachować.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Połącz ze wspólną bazą danych</translation>
    </message>
    <message>
        <source>The committee&apos;s database on a PostgreSQL server, shared by its members. Ask whoever runs the server for these details.</source>
        <translation>Baza danych komitetu na serwerze PostgreSQL, wspólna dla jego członków. O te dane zapytaj osobę, która zarządza serwerem.</translation>
    </message>
    <message>
        <source>e.g. db.mairie-example.fr</source>
        <translation>np. db.urzad-przyklad.pl</translation>
    </message>
    <message>
        <source>Required (encrypted)</source>
        <translation>Wymagane (szyfrowane)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Wymagane, ze sprawdzeniem certyfikatu serwera</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Jeśli serwer je oferuje</translation>
    </message>
    <message>
        <source>None (only on a network you trust)</source>
        <translation>Brak (tylko w zaufanej sieci)</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Zapamiętaj hasło na tym komputerze</translation>
    </message>
    <message>
        <source>Kept by the system&apos;s password store (keyring), never in a settings file.</source>
        <translation>Przechowywane w systemowym magazynie haseł, nigdy w pliku ustawień.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>S&amp;zyfrowanie (TLS):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Podaj serwer, bazę danych i użytkownika.</translation>
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
        <translation>burmistrz</translation>
    </message>
    <message>
        <source>committee chair</source>
        <translation>przewodniczący komitetu</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>tłumacz</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>sekretarz</translation>
    </message>
    <message>
        <source>town hall staff</source>
        <translation>pracownik urzędu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funkcja</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
</context>
<context>
    <name>CoordinatesEdit</name>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geogr.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geogr.</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Choose a country</source>
        <translation>Wybierz kraj</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change already saved stays saved.

{error}</source>
        <translation>Coś poszło nie tak, ale Twoje dane są bezpieczne: każda zapisana już zmiana pozostaje zapisana.

{error}</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>Szczegóły zapisano w {log}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The backup to {path} failed: {reason}</source>
        <translation>Kopia zapasowa do {path} nie powiodła się: {reason}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>Kopia zapasowa {path} jest uszkodzona ({reason}); niczego nie przywrócono.</translation>
    </message>
    <message>
        <source>The connection to {path} was lost: nothing was saved. Check the network, then save again; what you typed is still there.</source>
        <translation>Utracono połączenie z {path}: nic nie zapisano. Sprawdź sieć i zapisz ponownie; wpisane dane nadal tu są.</translation>
    </message>
    <message>
        <source>You may only read {path}: nothing was saved. Ask the committee&apos;s administrator for the right to write.</source>
        <translation>Możesz tylko czytać {path}: nic nie zapisano. Poproś administratora komitetu o prawo zapisu.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space, then try again.</source>
        <translation>Dysk, na którym jest {path}, jest pełny: nic nie zapisano. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{path} is open read-only: nothing was saved. Open a copy you can write to.</source>
        <translation>{path} jest otwarty tylko do odczytu: nic nie zapisano. Otwórz kopię, którą można zmieniać.</translation>
    </message>
    <message>
        <source>{path} cannot be written to (no permission, or its drive was removed): nothing was saved. Check that the drive or network folder is still there.</source>
        <translation>Nie można zapisać w {path} (brak uprawnień lub nośnik został odłączony): nic nie zapisano. Sprawdź, czy dysk lub folder sieciowy jest nadal dostępny.</translation>
    </message>
    <message>
        <source>{path} is busy (another program is writing to it): nothing was saved. Try again in a moment.</source>
        <translation>{path} jest zajęty (zapisuje do niego inny program): nic nie zapisano. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Writing to {path} failed ({reason}): nothing was saved.</source>
        <translation>Zapis do {path} nie powiódł się ({reason}): nic nie zapisano.</translation>
    </message>
    <message>
        <source>Another record already has this value ({field}): nothing was saved.</source>
        <translation>Inny rekord ma już tę wartość ({field}): nic nie zapisano.</translation>
    </message>
    <message>
        <source>This change would break a link between records (one is still in use, or was deleted meanwhile): nothing was saved.</source>
        <translation>Ta zmiana zerwałaby powiązanie między rekordami (jeden jest nadal używany lub został w międzyczasie usunięty): nic nie zapisano.</translation>
    </message>
    <message>
        <source>A required value is missing ({field}): nothing was saved.</source>
        <translation>Brakuje wymaganej wartości ({field}): nic nie zapisano.</translation>
    </message>
    <message>
        <source>The file refused a value ({reason}): nothing was saved.</source>
        <translation>Plik odrzucił wartość ({reason}): nic nie zapisano.</translation>
    </message>
    <message>
        <source>{path} is a shared database on a server, not a file: this is done on the server (see the README, &quot;Shared database&quot;).</source>
        <translation>{path} to wspólna baza na serwerze, nie plik: robi się to na serwerze (zob. README, „Wspólna baza”).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} jest folderem, a nie plikiem.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database (not an SQLite file).</source>
        <translation>{path} nie jest bazą danych Twinning Desk (to nie jest plik SQLite).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} nie istnieje.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>Nie można odczytać {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another application, not a Twinning Desk database.</source>
        <translation>{path} to plik SQLite innej aplikacji, a nie baza danych Twinning Desk.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the file was not changed.</source>
        <translation>{path} został zapisany przez nowszą wersję Twinning Desk. Zainstaluj tę wersję, aby go otworzyć; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}</source>
        <translation>Nie można utworzyć {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a read-only file does not allow. Open a copy you can write to.</source>
        <translation>{path} został utworzony przez starszą wersję i wymaga aktualizacji, na co plik tylko do odczytu nie pozwala. Otwórz kopię, którą można zmieniać.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was not changed. Restore the last good backup, or choose another file.</source>
        <translation>{path} jest uszkodzony ({reason}). Nie został zmieniony. Przywróć ostatnią poprawną kopię zapasową lub wybierz inny plik.</translation>
    </message>
    <message>
        <source>{path} is in use by {user} on {host} since {since}. Open it read-only, or wait until they close it.</source>
        <translation>{path} jest używany przez {user} na {host} od {since}. Otwórz go tylko do odczytu lub poczekaj, aż zostanie zamknięty.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Automatyczna kopia zapasowa nie powiodła się: {reason}</translation>
    </message>
    <message>
        <source>{path} had been left half-created (the program was stopped while creating it) and held no data: it was created again. The unfinished file was kept as {kept}.</source>
        <translation>{path} został utworzony tylko częściowo (program przerwano podczas tworzenia) i nie zawierał danych: utworzono go ponownie. Niedokończony plik zachowano jako {kept}.</translation>
    </message>
    <message>
        <source>No backup folder is set.</source>
        <translation>Nie ustawiono folderu kopii zapasowych.</translation>
    </message>
    <message>
        <source>{path} is not a database address: {reason}</source>
        <translation>{path} nie jest adresem bazy danych: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} refused the user name or the password. Check them, then try again.</source>
        <translation>Serwer {path} odrzucił nazwę użytkownika lub hasło. Sprawdź je i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server of {path} does not accept an encrypted (TLS) connection. Ask its administrator to turn TLS on; turn encryption off only on a network you trust.</source>
        <translation>Serwer {path} nie przyjmuje połączenia szyfrowanego (TLS). Poproś administratora o włączenie TLS; wyłączaj szyfrowanie tylko w zaufanej sieci.</translation>
    </message>
    <message>
        <source>The server has no database by the name given in {path}. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Na serwerze nie ma bazy o nazwie podanej w {path}. Sprawdź nazwę lub poproś administratora serwera o jej utworzenie.</translation>
    </message>
    <message>
        <source>The user of {path} may not use this database ({reason}). Ask the server&apos;s administrator for access.</source>
        <translation>Użytkownik {path} nie ma dostępu do tej bazy ({reason}). Poproś administratora serwera o dostęp.</translation>
    </message>
    <message>
        <source>The server of {path} cannot be reached: it is stopped, or the address, port or network is wrong. Nothing was changed.</source>
        <translation>Serwer {path} jest nieosiągalny: jest wyłączony albo adres, port lub sieć są błędne. Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>Nie można otworzyć {path}: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} runs PostgreSQL {version}, older than version 12, the oldest Twinning Desk supports. Ask its administrator to upgrade it.</source>
        <translation>Serwer {path} działa na PostgreSQL {version}, starszym niż wersja 12, najstarsza obsługiwana przez Twinning Desk. Poproś administratora o aktualizację.</translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s tables, not a Twinning Desk database. Choose an empty database or a committee&apos;s.</source>
        <translation>{path} zawiera tabele innej aplikacji, a nie bazę Twinning Desk. Wybierz pustą bazę lub bazę komitetu.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the database was not changed.</source>
        <translation>{path} została zapisana przez nowszą wersję Twinning Desk. Zainstaluj nowszą wersję, aby ją otworzyć; baza nie została zmieniona.</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a reader may not do. Ask someone who may write to open it once with this version.</source>
        <translation>{path} utworzono w starszej wersji i trzeba ją zaktualizować, czego czytelnik nie może zrobić. Poproś osobę z prawem zapisu, by raz ją otworzyła w tej wersji.</translation>
    </message>
    <message>
        <source>The user of {path} may not create roles. Connect as the server&apos;s administrator (postgres), then try again.</source>
        <translation>Użytkownik {path} nie może tworzyć ról. Połącz się jako administrator serwera (postgres) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The connection to {path} was lost during the copy: nothing was copied, the target is as it was. Try again.</source>
        <translation>Połączenie z {path} zostało przerwane podczas kopiowania: nic nie skopiowano, miejsce docelowe pozostało bez zmian. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}): nothing was copied, the target is as it was.</source>
        <translation>Nie można odczytać {path} ({reason}): nic nie skopiowano, miejsce docelowe pozostało bez zmian.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database: there is nothing to copy.</source>
        <translation>{path} nie jest bazą danych Twinning Desk: nie ma czego kopiować.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Twinning Desk: open it once with this version (which upgrades it), then copy it. Nothing was copied.</source>
        <translation>{path} utworzono starszą wersją Twinning Desk: otwórz go raz tą wersją (która go zaktualizuje), a potem skopiuj. Nic nie skopiowano.</translation>
    </message>
    <message>
        <source>{path} is not empty (it holds {tables}): nothing was copied. Copy into a new file, or into an empty database.</source>
        <translation>{path} nie jest pusty (zawiera {tables}): nic nie skopiowano. Kopiuj do nowego pliku lub do pustej bazy danych.</translation>
    </message>
    <message>
        <source>The copy to {path} failed ({reason}): nothing was copied, the target is as it was.</source>
        <translation>Kopiowanie do {path} nie powiodło się ({reason}): nic nie skopiowano, miejsce docelowe pozostało bez zmian.</translation>
    </message>
    <message>
        <source>The copy to {path} does not match its source in the table {table} ({source_rows} rows, checksum {source_sum}; copied: {target_rows} rows, checksum {target_sum}): nothing was kept.</source>
        <translation>Kopia w {path} nie zgadza się ze źródłem w tabeli {table} ({source_rows} wierszy, suma kontrolna {source_sum}; skopiowano: {target_rows} wierszy, suma kontrolna {target_sum}): niczego nie zachowano.</translation>
    </message>
    <message>
        <source>{path} is both the source and the target: nothing was copied.</source>
        <translation>{path} jest jednocześnie źródłem i miejscem docelowym: nic nie skopiowano.</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (Alt+Down)</source>
        <translation>Wybierz dzień w kalendarzu (Alt+Dół)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Otwórz kalendarz</translation>
    </message>
    <message>
        <source>Type a day, or pick it in the calendar.</source>
        <translation>Wpisz dzień lub wybierz go w kalendarzu.</translation>
    </message>
</context>
<context>
    <name>DayTimeEdit</name>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>no pets</source>
        <translation>bez zwierząt</translation>
    </message>
    <message>
        <source>non-smoking</source>
        <translation>dla niepalących</translation>
    </message>
    <message>
        <source>step-free</source>
        <translation>bez schodów</translation>
    </message>
    <message>
        <source>meets the EU town-twinning thresholds</source>
        <translation>spełnia progi UE dla partnerstwa miast</translation>
    </message>
    <message>
        <source>does not meet the EU town-twinning thresholds</source>
        <translation>nie spełnia progów UE dla partnerstwa miast</translation>
    </message>
    <message>
        <source>EU grant: {verdict} — participants {participants}/{min_participants}, invited from abroad {invited}/{min_invited}, countries {countries}/{min_countries}.</source>
        <translation>Dotacja UE: {verdict} — uczestnicy {participants}/{min_participants}, zaproszeni z zagranicy {invited}/{min_invited}, kraje {countries}/{min_countries}.</translation>
    </message>
    <message>
        <source>Delegation: {partner}, {date}</source>
        <translation>Delegacja: {partner}, {date}</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Nowa delegacja</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Ogólne</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Członkowie</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Host families</source>
        <translation>&amp;Rodziny goszczące</translation>
    </message>
    <message>
        <source>This delegation has changes that are not saved. Close without saving them?</source>
        <translation>Ta delegacja ma niezapisane zmiany. Zamknąć bez zapisywania?</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(wybierz partnera)</translation>
    </message>
    <message>
        <source>EU or regional grant, if any</source>
        <translation>Dotacja unijna lub regionalna, jeśli jest</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>&amp;Partner *</source>
        <translation>P&amp;artner *</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Kierunek</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>Ce&amp;l</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Poc&amp;zątek</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Ko&amp;niec</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Grant reference</source>
        <translation>Numer &amp;dotacji</translation>
    </message>
    <message>
        <source>&amp;Linked event</source>
        <translation>Powiązane &amp;wydarzenie</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Dodaj członka…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Przes&amp;uń w dół</translation>
    </message>
    <message>
        <source>Show diet and health notes</source>
        <translation>Pokaż dietę i zdrowie</translation>
    </message>
    <message>
        <source>&amp;Assign to the family →</source>
        <translation>Przy&amp;dziel do rodziny →</translation>
    </message>
    <message>
        <source>&amp;Remove from family</source>
        <translation>&amp;Usuń z rodziny</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>Zapropo&amp;nuj</translation>
    </message>
    <message>
        <source>Place the visitors without a family: beds, pets, smoking, access and diet are respected; a shared language and groups staying together are preferred.</source>
        <translation>Rozmieszcza gości bez rodziny: uwzględnia łóżka, zwierzęta, palenie, dostępność i dietę; preferuje wspólny język i grupy mieszkające razem.</translation>
    </message>
    <message>
        <source>Erase diet and health notes…</source>
        <translation>Wymaż dietę i zdrowie…</translation>
    </message>
    <message>
        <source>Drag visitors onto a family, or select both and click Assign.</source>
        <translation>Przeciągnij gości na rodzinę albo zaznacz gościa i rodzinę, a potem kliknij Przydziel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visitors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Goście&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host families&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rodziny goszczące&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>zwierzęta</translation>
    </message>
    <message>
        <source>smokers</source>
        <translation>palący</translation>
    </message>
    <message>
        <source>No family fits: {names}. Add a family or change a constraint.</source>
        <translation>Żadna rodzina nie pasuje: {names}. Dodaj rodzinę lub zmień ograniczenie.</translation>
    </message>
    <message>
        <source>The other changes you made in this window will be saved first.</source>
        <translation>Pozostałe zmiany wprowadzone w tym oknie zostaną najpierw zapisane.</translation>
    </message>
    <message>
        <source>Erase diet and health notes</source>
        <translation>Wymaż dietę i zdrowie</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Erase the diet and health notes of every member of this delegation? Do it once the visit is over. This cannot be undone.</source>
        <translation>Wymazać informacje o diecie i zdrowiu wszystkich członków tej delegacji? Zrób to po zakończeniu wizyty. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wymaż</translation>
    </message>
    <message>
        <source>By country: {counts}</source>
        <translation>Według krajów: {counts}</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <source>Search a partner…</source>
        <translation>Szukaj partnera…</translation>
    </message>
    <message>
        <source>Received and made</source>
        <translation>Przyjęte i złożone</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Nowa delegacja…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>Lista &amp;obecności (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Hosting list…</source>
        <translation>Lista &amp;zakwaterowania…</translation>
    </message>
    <message>
        <source>Mission &amp;report…</source>
        <translation>&amp;Sprawozdanie z podróży…</translation>
    </message>
    <message>
        <source>&amp;People and host families…</source>
        <translation>Osoby i &amp;rodziny goszczące…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Wszystkie lata</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Wszyscy partnerzy</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n delegacja</numerusform>
            <numerusform>%n delegacje</numerusform>
            <numerusform>%n delegacji</numerusform>
        </translation>
    </message>
    <message>
        <source>Delegation saved.</source>
        <translation>Delegacja zapisana.</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Usuń delegację</translation>
    </message>
    <message>
        <source>Delete the delegation {label} with its members list, programme and hosting plan? The people stay in the directory.

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Usunąć delegację {label} wraz z listą członków, programem i planem zakwaterowania? Osoby pozostaną w kartotece.

Możesz to cofnąć poleceniem Edycja › Cofnij (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete delegation {label}</source>
        <translation>Usuń delegację {label}</translation>
    </message>
    <message>
        <source>Delegation {label} deleted. Ctrl+Z to undo.</source>
        <translation>Usunięto delegację {label}. Ctrl+Z, aby cofnąć.</translation>
    </message>
    <message>
        <source>Mission report saved.</source>
        <translation>Sprawozdanie z podróży służbowej zapisane.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>lista-obecnosci</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Zapisano listę obecności: {path}</translation>
    </message>
    <message>
        <source>Hosting list</source>
        <translation>Lista zakwaterowania</translation>
    </message>
    <message>
        <source>hosting</source>
        <translation>zakwaterowanie</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Include the visitors&apos; diet and health notes? Only the host families who need them should receive a list with them.</source>
        <translation>Dołączyć informacje o diecie i zdrowiu gości? Listę z tymi danymi powinny otrzymać tylko rodziny goszczące, które ich potrzebują.</translation>
    </message>
    <message>
        <source>Hosting list written: {path}</source>
        <translation>Zapisano listę zakwaterowania: {path}</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>People and host families</source>
        <translation>Osoby i rodziny goszczące</translation>
    </message>
    <message>
        <source>Search a name, an email or a town…</source>
        <translation>Szukaj nazwiska, e-maila lub miejscowości…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nowa osoba…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;ksportuj dane osoby…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Wymaż dane osobowe…</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>Nowe &amp;gospodarstwo…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edy&amp;tuj…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Osoby</translation>
    </message>
    <message>
        <source>Host &amp;families</source>
        <translation>&amp;Rodziny goszczące</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Usuń osobę</translation>
    </message>
    <message>
        <source>Delete {name} from the directory?</source>
        <translation>Usunąć {name} z kartoteki?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksportuj dane osobowe</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Skoroszyt Excela (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Wymaż dane osobowe</translation>
    </message>
    <message>
        <source>Erase {name}? Names, contacts, needs and date of birth are deleted for good. Where they took part in a delegation, an anonymous line stays so that counts remain true.

This cannot be undone; export their data first if they asked for it.</source>
        <translation>Wymazać {name}? Imię i nazwisko, dane kontaktowe, potrzeby i data urodzenia zostaną trwale usunięte. Tam, gdzie osoba uczestniczyła w delegacji, pozostanie anonimowy wiersz, aby liczby się zgadzały.

Tej operacji nie można cofnąć; jeśli osoba o to prosiła, najpierw wyeksportuj jej dane.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wymaż</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Usuń gospodarstwo domowe</translation>
    </message>
    <message>
        <source>Delete {name}? Its people stay in the directory.</source>
        <translation>Usunąć {name}? Jego członkowie pozostaną w kartotece.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Dołącz &amp;plik…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Scans of signed agreements, photos and posters are kept inside the database file, so a backup keeps them too.</source>
        <translation>Skany podpisanych umów, zdjęcia i plakaty są przechowywane w pliku bazy danych, więc kopia zapasowa również je zachowuje.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Usuń dokument</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted when you save.</source>
        <translation>Usunąć {name}? Zostanie usunięty przy zapisie.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event: {title}</source>
        <translation>Wydarzenie: {title}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nowe wydarzenie</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Ogólne</translation>
    </message>
    <message>
        <source>&amp;Partners and participants</source>
        <translation>&amp;Partnerzy i uczestnicy</translation>
    </message>
    <message>
        <source>T&amp;hemes and local actors</source>
        <translation>&amp;Tematy i podmioty lokalne</translation>
    </message>
    <message>
        <source>&amp;Description and results</source>
        <translation>Opis i &amp;wyniki</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Dalsze działania</translation>
    </message>
    <message>
        <source>Photos and d&amp;ocuments</source>
        <translation>Zdjęcia i do&amp;kumenty</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Close without saving them?</source>
        <translation>To wydarzenie ma niezapisane zmiany. Zamknąć bez zapisywania?</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cały dzień</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>T&amp;ytuł *</translation>
    </message>
    <message>
        <source>T&amp;ype *</source>
        <translation>&amp;Rodzaj *</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Począt&amp;ek</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Ko&amp;niec</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Strefa &amp;czasowa</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Linked delegation</source>
        <translation>Powiązana de&amp;legacja</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Zaangażowani partnerzy</translation>
    </message>
    <message>
        <source>&amp;Local participants</source>
        <translation>Uczestnicy &amp;lokalni</translation>
    </message>
    <message>
        <source>Invited, by country</source>
        <translation>Zaproszeni, według krajów</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Inny temat…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Dodaj te&amp;mat</translation>
    </message>
    <message>
        <source>A school, club, choir, association…</source>
        <translation>Szkoła, klub, chór, stowarzyszenie…</translation>
    </message>
    <message>
        <source>Add &amp;actor</source>
        <translation>Dodaj podm&amp;iot</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Podmioty lokalne</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>Op&amp;is</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Efekty &amp;u nas</translation>
    </message>
    <message>
        <source>Effects t&amp;here (partner)</source>
        <translation>Efekty u p&amp;artnera</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} lat partnerstwa z {partner}</translation>
    </message>
    <message>
        <source>To do: {text}</source>
        <translation>Do zrobienia: {text}</translation>
    </message>
    <message>
        <source>Search a title, a place or a partner…</source>
        <translation>Szukaj tytułu, miejsca lub partnera…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Kalen&amp;darz</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; — events, follow-ups due and anniversaries</source>
        <translation>&lt;b&gt;Wkrótce&lt;/b&gt; — wydarzenia, terminy dalszych działań i rocznice</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nowe wydarzenie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>D&amp;uplicate for next year</source>
        <translation>&amp;Powiel na przyszły rok</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;ksportuj do kalendarza (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>Lista &amp;obecności (PDF)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Wszystkie lata</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Wszyscy partnerzy</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Wszystkie tematy</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n wydarzenie</numerusform>
            <numerusform>%n wydarzenia</numerusform>
            <numerusform>%n wydarzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Wydarzenie zapisane.</translation>
    </message>
    <message>
        <source>Next year&apos;s edition created; open it to adjust the dates.</source>
        <translation>Utworzono edycję na przyszły rok; otwórz ją, aby dopasować daty.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Usuń wydarzenie</translation>
    </message>
    <message>
        <source>Delete “{title}” with its follow-ups?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Usunąć „{title}” wraz z dalszymi działaniami?

Możesz to cofnąć poleceniem Edycja › Cofnij (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete event {title}</source>
        <translation>Usuń wydarzenie {title}</translation>
    </message>
    <message>
        <source>“{title}” deleted. Ctrl+Z to undo.</source>
        <translation>Usunięto „{title}”. Ctrl+Z, aby cofnąć.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>lista-obecnosci</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Zapisano listę obecności: {path}</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>Eksportuj do kalendarza</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation>wydarzenia.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to the calendar file.</source>
        <translation>
            <numerusform>Wyeksportowano %n wydarzenie do pliku kalendarza.</numerusform>
            <numerusform>Wyeksportowano %n wydarzenia do pliku kalendarza.</numerusform>
            <numerusform>Wyeksportowano %n wydarzeń do pliku kalendarza.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in another program, close it and try again; the previous file was left unchanged.</source>
        <translation>Nie można zapisać {path}: {reason}. Jeśli plik jest otwarty w innym programie, zamknij go i spróbuj ponownie; poprzedni plik pozostał bez zmian.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Partner status</source>
        <translation>Status partnera</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Obowiązująca umowa</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Podpisano</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Odległość (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Ostatnia wymiana</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Wizyty przyjęte</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Wizyty złożone</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Uśpiony</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Rodzaj umowy</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Data podpisania</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Sygnatariusze</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Wersja francuska</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geogr.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geogr.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Umowy</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Wyjazd: {partner}</translation>
    </message>
    <message>
        <source>Visit from {partner}</source>
        <translation>Przyjęcie delegacji: {partner}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Cel: {purpose}</translation>
    </message>
    <message>
        <source>Transport: {transport}</source>
        <translation>Transport: {transport}</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Uczestnicy: {count}</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegacja</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up action</source>
        <translation>Dalsze działanie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Działanie</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Kto</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Termin</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Wstecz</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)…</source>
        <translation>Szukaj w przewodniku (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <source>Twinning Desk — User guide</source>
        <translation>Twinning Desk — Przewodnik użytkownika</translation>
    </message>
    <message>
        <source>This guide is not yet translated into your language; here it is in English.</source>
        <translation>Ten przewodnik nie został jeszcze przetłumaczony na polski; oto wersja angielska.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation>&amp;Cofnij „{action}”</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo “{action}”</source>
        <translation>&amp;Ponów „{action}”</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Utworzenie</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięcie</translation>
    </message>
    <message>
        <source>Undone: {fields}</source>
        <translation>Cofnięcie: {fields}</translation>
    </message>
    <message>
        <source>Redone: {fields}</source>
        <translation>Ponowienie: {fields}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Zmiana: {fields}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>{record} — {what}</source>
        <translation>{record} — {what}</translation>
    </message>
    <message>
        <source>History: {name}</source>
        <translation>Historia: {name}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when} (version {version}).</source>
        <translation>Ostatnia zmiana: {who}, {when} (wersja {version}).</translation>
    </message>
    <message>
        <source>No change recorded yet: the history starts with this version of Twinning Desk.</source>
        <translation>Nie zapisano jeszcze żadnej zmiany: historia zaczyna się od tej wersji Twinning Desk.</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Dopasuj</translation>
    </message>
    <message>
        <source>E&amp;urope</source>
        <translation>E&amp;uropa</translation>
    </message>
    <message>
        <source>&amp;World</source>
        <translation>Ś&amp;wiat</translation>
    </message>
    <message>
        <source>E&amp;xport the map…</source>
        <translation>E&amp;ksportuj mapę…</translation>
    </message>
    <message>
        <source>Point at a partner for its name and distance; click it to open it. Wheel to zoom, drag to move.</source>
        <translation>Wskaż partnera, aby zobaczyć nazwę i odległość; kliknij, aby go otworzyć. Kółko myszy przybliża, przeciąganie przesuwa.</translation>
    </message>
    <message>
        <source>&amp;Set the commune’s position…</source>
        <translation>&amp;Ustaw położenie gminy…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Ties to look after</source>
        <translation>Więzi do podtrzymania</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>Nadchodzący rok</translation>
    </message>
    <message>
        <source>Where is {commune}? Set the commune’s position (search its name in the settings) to see your partners on the map, with their distances.</source>
        <translation>Gdzie leży {commune}? Ustaw położenie gminy (wyszukaj jej nazwę w ustawieniach), aby zobaczyć partnerów na mapie wraz z odległościami.</translation>
    </message>
    <message>
        <source>Set up the home commune and its position to see your partners on the map.</source>
        <translation>Ustaw swoją gminę i jej położenie, aby zobaczyć partnerów na mapie.</translation>
    </message>
    <message>
        <source>No partner yet: add them in the Partners tab.</source>
        <translation>Brak partnerów: dodaj ich w karcie Partnerzy.</translation>
    </message>
    <message>
        <source>last exchange {date}</source>
        <translation>ostatnia wymiana {date}</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>brak zapisanej wymiany</translation>
    </message>
    <message>
        <source>Asleep: {partner}, {when}</source>
        <translation>Uśpiony: {partner}, {when}</translation>
    </message>
    <message>
        <source>All the asleep partners…</source>
        <translation>Wszyscy uśpieni partnerzy…</translation>
    </message>
    <message>
        <source>One-way: {partner}, visits received {received}, made {made} (last five years)</source>
        <translation>Jednostronnie: {partner}, wizyty przyjęte {received}, złożone {made} (ostatnie pięć lat)</translation>
    </message>
    <message>
        <source>Expired on {date}: {agreement} with {partner}</source>
        <translation>Wygasło {date}: {agreement} z {partner}</translation>
    </message>
    <message>
        <source>Expires on {date}: {agreement} with {partner}</source>
        <translation>Wygasa {date}: {agreement} z {partner}</translation>
    </message>
    <message>
        <source>{years} years: {agreement} with {partner}, {when}</source>
        <translation>{years} lat: {agreement} z {partner}, {when}</translation>
    </message>
    <message>
        <source>Nothing to look after: every tie is alive.</source>
        <translation>Nic do zrobienia: wszystkie więzi są żywe.</translation>
    </message>
    <message>
        <source>Mandat spécial to vote before {date} ({partner}): {names}</source>
        <translation>Mandat spécial do przegłosowania przed {date} ({partner}): {names}</translation>
    </message>
    <message>
        <source>Visit of {partner}</source>
        <translation>Wizyta z {partner}</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Wyjazd do {partner}</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}: {text}</source>
        <translation>Działanie zaległe od {date}: {text}</translation>
    </message>
    <message>
        <source>Follow-up due {date}: {text}</source>
        <translation>Działanie do {date}: {text}</translation>
    </message>
    <message>
        <source>Subsidy report due {date}: {action} ({funder})</source>
        <translation>Sprawozdanie z dotacji do {date}: {action} ({funder})</translation>
    </message>
    <message>
        <source>Nothing planned in the next twelve months.</source>
        <translation>Nic nie zaplanowano na najbliższe dwanaście miesięcy.</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Eksportuj mapę</translation>
    </message>
    <message>
        <source>partners-map.pdf</source>
        <translation>mapa-partnerow.pdf</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf);;PNG image (*.png)</source>
        <translation>PDF, A4 poziomo (*.pdf);;Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Mapa zapisana w {path}.</translation>
    </message>
    <message>
        <source>Map of the partners</source>
        <translation>Mapa partnerów</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Gospodarstwo domowe</translation>
    </message>
    <message>
        <source>Famille Martin</source>
        <translation>Rodzina Kowalskich</translation>
    </message>
    <message>
        <source>does not host</source>
        <translation>nie przyjmuje gości</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>np. niemiecki, polski</translation>
    </message>
    <message>
        <source>Pets at home</source>
        <translation>Zwierzęta w domu</translation>
    </message>
    <message>
        <source>Smokers at home</source>
        <translation>Palący w domu</translation>
    </message>
    <message>
        <source>Step-free access (no stairs to the bedroom)</source>
        <translation>Dostęp bez schodów (do sypialni)</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>wegetariańska, bezglutenowa…</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nazwa *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Beds for visitors</source>
        <translation>Łóżka dla &amp;gości</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Języki</translation>
    </message>
    <message>
        <source>&amp;Diets they can cook</source>
        <translation>Możliwe &amp;diety</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new partner</source>
        <translation>nowy partner</translation>
    </message>
    <message>
        <source>agreement added</source>
        <translation>dodano umowę</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>duplikat, pominięto</translation>
    </message>
    <message>
        <source>no name, left out</source>
        <translation>bez nazwy, pominięty</translation>
    </message>
    <message>
        <source>coordinates from the file</source>
        <translation>współrzędne z pliku</translation>
    </message>
    <message>
        <source>organisation, not on the map</source>
        <translation>organizacja, nie na mapie</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>położenie nieznane</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inna</translation>
    </message>
    <message>
        <source>Double-click to choose another place, a country or “not placed”.</source>
        <translation>Kliknij dwukrotnie, aby wybrać inne miejsce, kraj lub „bez położenia”.</translation>
    </message>
</context>
<context>
    <name>ImportDoubts</name>
    <message>
        <source>{count} inhabitants</source>
        <translation>{count} mieszk.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised: choose it</source>
        <translation>nie rozpoznano kraju „{value}”: wybierz go</translation>
    </message>
    <message>
        <source>{count} places fit; {place} was chosen</source>
        <translation>pasuje {count} miejsc; wybrano {place}</translation>
    </message>
    <message>
        <source>added to the partner of row {row}</source>
        <translation>dołączono do partnera z wiersza {row}</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>położenie nieznane</translation>
    </message>
    <message>
        <source>wording “{value}” kept as an “other” agreement</source>
        <translation>nazwa „{value}” zachowana jako umowa „inna”</translation>
    </message>
</context>
<context>
    <name>ImportPartnersDialog</name>
    <message>
        <source>Import partners from {file}</source>
        <translation>Import partnerów z {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Odczytywanie {file}…</translation>
    </message>
    <message>
        <source>Sheet of the workbook to import</source>
        <translation>Arkusz skoroszytu do importu</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Wszystkie wiersze</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Wiersze do sprawdzenia</translation>
    </message>
    <message>
        <source>Duplicates and rows left out</source>
        <translation>Duplikaty i pominięte wiersze</translation>
    </message>
    <message>
        <source>&amp;Fix the row…</source>
        <translation>&amp;Popraw wiersz…</translation>
    </message>
    <message>
        <source>Agreement &amp;wordings…</source>
        <translation>&amp;Nazwy umów…</translation>
    </message>
    <message>
        <source>No column was recognised: found “{found}”; expected a town or partner name (“Ville”), and if you have them “Pays”, “Type d&apos;accord”, “Date de signature”.</source>
        <translation>Nie rozpoznano żadnej kolumny: znaleziono „{found}”; oczekiwano nazwy miasta lub partnera („Ville”), a jeśli są, „Pays”, „Type d&apos;accord”, „Date de signature”.</translation>
    </message>
    <message>
        <source>This sheet is empty: there is nothing to import.</source>
        <translation>Ten arkusz jest pusty: nie ma nic do zaimportowania.</translation>
    </message>
    <message>
        <source>Rows marked in yellow need a look: double-click one to fix it.</source>
        <translation>Wiersze oznaczone na żółto wymagają sprawdzenia: kliknij dwukrotnie, aby poprawić.</translation>
    </message>
    <message>
        <source>Discard your corrections?</source>
        <translation>Odrzucić poprawki?</translation>
    </message>
    <message>
        <source>The rows you fixed in this preview are not imported yet. Close and lose the corrections?</source>
        <translation>Wiersze poprawione w tym podglądzie nie zostały jeszcze zaimportowane. Zamknąć i utracić poprawki?</translation>
    </message>
    <message>
        <source>Discard corrections</source>
        <translation>Odrzuć poprawki</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Przygotowywanie listy miejscowości (jednorazowo, około 20 sekund)…</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>Niczego nie zaimportowano. {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import anulowany: nic nie zapisano.</translation>
    </message>
    <message>
        <source>Date signed, as written:</source>
        <translation>Data podpisania, tak jak zapisano:</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n new partner(s)</source>
        <translation>
            <numerusform>%n nowy partner</numerusform>
            <numerusform>%n nowych partnerów</numerusform>
            <numerusform>%n nowych partnerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed on the map</source>
        <translation>
            <numerusform>%n na mapie</numerusform>
            <numerusform>%n na mapie</numerusform>
            <numerusform>%n na mapie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a position</source>
        <translation>
            <numerusform>%n bez położenia</numerusform>
            <numerusform>%n bez położenia</numerusform>
            <numerusform>%n bez położenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n umowa</numerusform>
            <numerusform>%n umowy</numerusform>
            <numerusform>%n umów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplikat pominięty</numerusform>
            <numerusform>%n duplikaty pominięte</numerusform>
            <numerusform>%n duplikatów pominiętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a name left out</source>
        <translation>
            <numerusform>%n wiersz bez nazwy pominięty</numerusform>
            <numerusform>%n wiersze bez nazwy pominięte</numerusform>
            <numerusform>%n wierszy bez nazwy pominiętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden row(s) skipped</source>
        <translation>
            <numerusform>%n ukryty wiersz pominięty</numerusform>
            <numerusform>%n ukryte wiersze pominięte</numerusform>
            <numerusform>%n ukrytych wierszy pominiętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check (marked)</source>
        <translation>
            <numerusform>%n wiersz do sprawdzenia (oznaczony)</numerusform>
            <numerusform>%n wiersze do sprawdzenia (oznaczone)</numerusform>
            <numerusform>%n wierszy do sprawdzenia (oznaczonych)</numerusform>
        </translation>
    </message>
    <message>
        <source>{main}; {extras}</source>
        <translation>{main}; {extras}</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Zaimportowano: {summary}.</translation>
    </message>
    <message>
        <source>To import: {summary}.</source>
        <translation>Do importu: {summary}.</translation>
    </message>
</context>
<context>
    <name>InvitedDialog</name>
    <message>
        <source>Invited participants</source>
        <translation>Zaproszeni uczestnicy</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(brak partnera)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Liczba</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>(anonymous person)</source>
        <translation>(osoba zanonimizowana)</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>W naturze</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Przygotowana</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Wnioskowana</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Przyznana</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Wypłacona</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Rozliczona</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Official mission</source>
        <translation>Wizyta oficjalna</translation>
    </message>
    <message>
        <source>Identification mission</source>
        <translation>Wizyta rozpoznawcza</translation>
    </message>
    <message>
        <source>Technical visit</source>
        <translation>Wizyta studyjna</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Wymiana młodzieży</translation>
    </message>
    <message>
        <source>Citizens&apos; trip</source>
        <translation>Wyjazd mieszkańców</translation>
    </message>
    <message>
        <source>Sports delegation</source>
        <translation>Delegacja sportowa</translation>
    </message>
    <message>
        <source>Cultural delegation</source>
        <translation>Delegacja kulturalna</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Samorządowiec</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Członek komitetu</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Młoda osoba</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tłumacz</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Kierowca</translation>
    </message>
    <message>
        <source>Chaperone</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Autokar</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Samochód</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Pociąg</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Samolot</translation>
    </message>
    <message>
        <source>Minibus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>W przygotowaniu</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zrealizowana</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Odwołana</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>Oficjalne przyjęcie</translation>
    </message>
    <message>
        <source>Twinning anniversary</source>
        <translation>Rocznica partnerstwa</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Wymiana szkolna</translation>
    </message>
    <message>
        <source>Sports meeting</source>
        <translation>Spotkanie sportowe</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Koncert</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Wystawa</translation>
    </message>
    <message>
        <source>Market / stand</source>
        <translation>Jarmark / stoisko</translation>
    </message>
    <message>
        <source>Conference / workshop</source>
        <translation>Konferencja / warsztaty</translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation>Walne zebranie</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Zebranie komitetu</translation>
    </message>
    <message>
        <source>Fundraising</source>
        <translation>Zbiórka funduszy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Efekty u nas</translation>
    </message>
    <message>
        <source>Visit received</source>
        <translation>Wizyta u nas</translation>
    </message>
    <message>
        <source>Visit made</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Rozmowy wstępne</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Uśpiony</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Umowa o partnerstwie miast</translation>
    </message>
    <message>
        <source>Honorary twinning</source>
        <translation>Partnerstwo honorowe</translation>
    </message>
    <message>
        <source>Exclusive twinning</source>
        <translation>Partnerstwo wyłączne</translation>
    </message>
    <message>
        <source>Friendship and cooperation pact</source>
        <translation>Porozumienie o przyjaźni i współpracy</translation>
    </message>
    <message>
        <source>Decentralised cooperation agreement</source>
        <translation>Umowa o współpracy zdecentralizowanej</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>List intencyjny</translation>
    </message>
    <message>
        <source>Project partnership</source>
        <translation>Partnerstwo projektowe</translation>
    </message>
    <message>
        <source>Other agreement</source>
        <translation>Inna umowa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Partners</source>
        <translation>P&amp;artnerzy</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Wydarzenia</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Delegacje</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budżet</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Plik: {path}</translation>
    </message>
    <message>
        <source>Demo commune — {file}</source>
        <translation>Gmina demonstracyjna — {file}</translation>
    </message>
    <message>
        <source>READ-ONLY — {file}</source>
        <translation>TYLKO DO ODCZYTU — {file}</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (tylko do odczytu)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Ostatnie p&amp;liki</translation>
    </message>
    <message>
        <source>Open the &amp;demo commune</source>
        <translation>Otwórz gminę &amp;demonstracyjną</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Wykonaj &amp;kopię zapasową teraz</translation>
    </message>
    <message>
        <source>Save a &amp;copy of the database…</source>
        <translation>&amp;Zapisz kopię bazy danych…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>P&amp;rzywróć kopię zapasową…</translation>
    </message>
    <message>
        <source>&amp;Import partners…</source>
        <translation>&amp;Importuj partnerów…</translation>
    </message>
    <message>
        <source>&amp;Export partners…</source>
        <translation>&amp;Eksportuj partnerów…</translation>
    </message>
    <message>
        <source>&amp;Activity report of a year (PDF)…</source>
        <translation>&amp;Sprawozdanie z działalności za rok (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Nie można cofnąć</translation>
    </message>
    <message>
        <source>The undo history was emptied: it held the personal data just erased.</source>
        <translation>Historia cofania została wyczyszczona: zawierała właśnie usunięte dane osobowe.</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Shared database: {address}</source>
        <translation>Wspólna baza: {address}</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Połącz ze &amp;wspólną bazą…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Us&amp;tawienia…</translation>
    </message>
    <message>
        <source>A shared database is restored on the server. A backup made here is a file: open it with File › Open database.</source>
        <translation>Wspólną bazę przywraca się na serwerze. Kopia zrobiona tutaj to plik: otwórz ją przez Plik › Otwórz bazę danych.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>{commune} (demo)</source>
        <translation>{commune} (demo)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Przewodnik użytkownika</translation>
    </message>
    <message>
        <source>Help on this &amp;tab</source>
        <translation>Pomoc do tej &amp;karty</translation>
    </message>
    <message>
        <source>&amp;About Twinning Desk</source>
        <translation>&amp;O programie Twinning Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <source>{path} already exists; it was opened instead of replaced.</source>
        <translation>{path} już istnieje; został otwarty zamiast zastąpiony.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Otwarto {path}</translation>
    </message>
    <message>
        <source>The undo history of the previous file was cleared.</source>
        <translation>Wyczyszczono historię cofania poprzedniego pliku.</translation>
    </message>
    <message>
        <source>Connected to {database}</source>
        <translation>Połączono z {database}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>Backup on opening saved.</source>
        <translation>Zapisano kopię zapasową przy otwarciu.</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>Kończenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Updated with changes made by others.</source>
        <translation>Zaktualizowano o zmiany innych osób.</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>Połączeni także: {names}</translation>
    </message>
    <message>
        <source>Demo commune opened.</source>
        <translation>Otwarto gminę demonstracyjną.</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Zapisano kopię zapasową: {path}</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Zapisz kopię bazy danych</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Zapisano kopię: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Replace everything in {file} with the copy of {date}?

The current state is backed up first; you can restore it from the same list.</source>
        <translation>Zastąpić całą zawartość {file} kopią z {date}?

Najpierw zostanie zapisana kopia zapasowa obecnego stanu; można go przywrócić z tej samej listy.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Backup restored. The undo history was cleared.</source>
        <translation>Kopia przywrócona. Historia cofania została wyczyszczona.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Sprawozdanie z działalności</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Rok:</translation>
    </message>
    <message>
        <source>activity-report-{year}.pdf</source>
        <translation>sprawozdanie-z-dzialalnosci-{year}.pdf</translation>
    </message>
    <message>
        <source>Activity report written: {path}</source>
        <translation>Zapisano sprawozdanie z działalności: {path}</translation>
    </message>
    <message>
        <source>About Twinning Desk</source>
        <translation>O programie Twinning Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of town-twinning committees: partners, events, delegations and budget, in one file on your computer, with no network needed.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;Narzędzie komitetów partnerstwa miast: partnerzy, wydarzenia, delegacje i budżet w jednym pliku na Twoim komputerze, bez potrzeby dostępu do sieci.&lt;/p&gt;&lt;p&gt;Baza danych: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Our partners — {commune}</source>
        <translation>Nasi partnerzy — {commune}</translation>
    </message>
    <message>
        <source>Our partners</source>
        <translation>Nasi partnerzy</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Made on {date} with Twinning Desk.</source>
        <translation>Sporządzono {date} w Twinning Desk.</translation>
    </message>
    <message>
        <source>The home commune has no position yet: distances are not shown.</source>
        <translation>Gmina nie ma jeszcze położenia: odległości nie są podane.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>No exchange recorded</source>
        <translation>Brak zapisanej wymiany</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Uśpiony</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>W przygotowaniu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Nasza gmina</translation>
    </message>
    <message>
        <source>Outlines: Natural Earth (public domain). Distances as the crow flies.</source>
        <translation>Kontury: Natural Earth (domena publiczna). Odległości w linii prostej.</translation>
    </message>
    <message>
        <source>tied with {names}, first by name</source>
        <translation>ex aequo z {names}, pierwszy alfabetycznie</translation>
    </message>
    <message>
        <source>Farthest</source>
        <translation>Najdalszy</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Najbliższy</translation>
    </message>
    <message>
        <source>Northernmost</source>
        <translation>Najbardziej na północ</translation>
    </message>
    <message>
        <source>Southernmost</source>
        <translation>Najbardziej na południe</translation>
    </message>
    <message>
        <source>Most populous</source>
        <translation>Najludniejszy</translation>
    </message>
    <message>
        <source>Oldest agreement</source>
        <translation>Najstarsza umowa</translation>
    </message>
    <message>
        <source>Newest agreement</source>
        <translation>Najnowsza umowa</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Continents</source>
        <translation>Kontynenty</translation>
    </message>
    <message>
        <source>Trips in {year}, there and back</source>
        <translation>Wyjazdy {year}, tam i z powrotem</translation>
    </message>
    <message>
        <source>Not placed on the map</source>
        <translation>Nie na mapie</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Type a name to search the directory…</source>
        <translation>Wpisz nazwisko, aby szukać w kartotece…</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Wybierz osobę</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nowa &amp;osoba…</translation>
    </message>
    <message>
        <source>Invited from the partner town (a visitor)</source>
        <translation>Osoba zaproszona z miasta partnerskiego (gość)</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation received</source>
        <translation>Otrzymano zgodę opiekuna</translation>
    </message>
    <message>
        <source>deliberation no., e.g. 2026-047</source>
        <translation>nr uchwały, np. 2026-047</translation>
    </message>
    <message>
        <source>Mandat spécial (municipal council)</source>
        <translation>Mandat spécial (rada gminy)</translation>
    </message>
    <message>
        <source>An elected member travels on a mandat spécial: a deliberation of the municipal council, voted before the departure, that names the mission. Without it the costs of the trip cannot be refunded (CGCT, article L2123-18). Write the deliberation&apos;s number and the day it was voted.</source>
        <translation>Radny wyjeżdża na podstawie „mandat spécial”: uchwały rady gminy, podjętej przed wyjazdem, która określa misję. Bez niej kosztów podróży nie można zwrócić (CGCT, art. L2123-18). Wpisz numer uchwały i datę głosowania.</translation>
    </message>
    <message>
        <source>&amp;Deliberation</source>
        <translation>&amp;Uchwała</translation>
    </message>
    <message>
        <source>&amp;Voted on</source>
        <translation>&amp;Podjęta dnia</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>wegetariańska, bezglutenowa…</translation>
    </message>
    <message>
        <source>allergy, treatment… (purged after the visit)</source>
        <translation>alergia, leczenie… (usuwane po wizycie)</translation>
    </message>
    <message>
        <source>Cannot stay with pets</source>
        <translation>Nie może mieszkać ze zwierzętami</translation>
    </message>
    <message>
        <source>Needs a non-smoking home</source>
        <translation>Potrzebuje domu bez palących</translation>
    </message>
    <message>
        <source>Needs step-free access</source>
        <translation>Potrzebuje dostępu bez schodów</translation>
    </message>
    <message>
        <source>same word for people who stay together</source>
        <translation>to samo słowo dla osób mieszkających razem</translation>
    </message>
    <message>
        <source>Hosting needs (sensitive)</source>
        <translation>Potrzeby zakwaterowania (dane wrażliwe)</translation>
    </message>
    <message>
        <source>D&amp;iet</source>
        <translation>D&amp;ieta</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Zdrowie</translation>
    </message>
    <message>
        <source>Stays &amp;with</source>
        <translation>&amp;Mieszka z</translation>
    </message>
    <message>
        <source>&amp;Person *</source>
        <translation>&amp;Osoba *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funkcja</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>a partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>umowa</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>wydarzenie</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>działanie następcze</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>delegacja</translation>
    </message>
    <message>
        <source>a delegation member</source>
        <translation>członek delegacji</translation>
    </message>
    <message>
        <source>a host family assignment</source>
        <translation>przydział do rodziny goszczącej</translation>
    </message>
    <message>
        <source>a programme item</source>
        <translation>punkt programu</translation>
    </message>
    <message>
        <source>a mission report</source>
        <translation>sprawozdanie z wyjazdu</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>osoba</translation>
    </message>
    <message>
        <source>a host family</source>
        <translation>rodzina goszcząca</translation>
    </message>
    <message>
        <source>a budget line</source>
        <translation>pozycja budżetu</translation>
    </message>
    <message>
        <source>a subsidy</source>
        <translation>dotacja</translation>
    </message>
    <message>
        <source>the commune’s details</source>
        <translation>dane gminy</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>rekord</translation>
    </message>
    <message>
        <source>Something this touches ({record}) was changed since, from another window or the command line. Nothing was written, so that change is not lost.</source>
        <translation>Coś, czego to dotyczy ({record}), zostało w międzyczasie zmienione w innym oknie lub z wiersza poleceń. Nic nie zapisano, aby tamta zmiana nie przepadła.</translation>
    </message>
    <message>
        <source>partner {name}</source>
        <translation>partnera {name}</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partnerów</translation>
    </message>
    <message>
        <source>event {name}</source>
        <translation>wydarzenie {name}</translation>
    </message>
    <message>
        <source>events</source>
        <translation>wydarzenia</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegację</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>delegacje</translation>
    </message>
    <message>
        <source>budget line {name}</source>
        <translation>pozycję budżetu {name}</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>pozycje budżetu</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>dotację</translation>
    </message>
    <message>
        <source>subsidies</source>
        <translation>dotacje</translation>
    </message>
    <message>
        <source>mission report</source>
        <translation>sprawozdanie z wyjazdu</translation>
    </message>
    <message>
        <source>mission reports</source>
        <translation>sprawozdania z wyjazdów</translation>
    </message>
    <message>
        <source>host family {name}</source>
        <translation>rodzinę goszczącą {name}</translation>
    </message>
    <message>
        <source>host families</source>
        <translation>rodziny goszczące</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>osobę {name}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>delegation members</source>
        <translation>członków delegacji</translation>
    </message>
    <message>
        <source>host family assignments</source>
        <translation>przydziały do rodzin</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>działania następcze</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>umowę</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>umowy</translation>
    </message>
    <message>
        <source>contact {name}</source>
        <translation>kontakt {name}</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontakty</translation>
    </message>
    <message>
        <source>document {name}</source>
        <translation>dokument {name}</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokumenty</translation>
    </message>
    <message>
        <source>commune’s details</source>
        <translation>dane gminy</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ustawienia</translation>
    </message>
    <message>
        <source>chart of accounts</source>
        <translation>plan kont</translation>
    </message>
    <message>
        <source>funders</source>
        <translation>finansujących</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>tematy</translation>
    </message>
    <message>
        <source>local actors</source>
        <translation>lokalnych aktorów</translation>
    </message>
    <message>
        <source>Create {what}</source>
        <translation>Utwórz: {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Edytuj: {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Usuń: {what}</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove this line? It is deleted when you save the partner.</source>
        <translation>Usunąć ten wiersz? Zostanie usunięty przy zapisie partnera.</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nowy partner</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Ogólne</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Umowy</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>This partner has changes that are not saved. Close without saving them?</source>
        <translation>Ten partner ma niezapisane zmiany. Zamknąć bez zapisywania?</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>np. niemiecki, polski</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nazwa *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Kraj *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Find the &amp;town</source>
        <translation>Znajdź &amp;miejscowość</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Współrzędne</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Ludność</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Języki</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Strefa &amp;czasowa</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Strona &amp;WWW</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Inny temat…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Dodaj &amp;temat</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>{status}, asleep</source>
        <translation>{status}, uśpiony</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>położenie nieznane</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>brak zapisanych wymian</translation>
    </message>
    <message>
        <source>This town is not placed on the map yet: open it and find it by its name.</source>
        <translation>To miasto nie ma jeszcze położenia na mapie: otwórz je i wyszukaj po nazwie.</translation>
    </message>
    <message>
        <source>No event or delegation is recorded with this partner yet.</source>
        <translation>Nie zapisano jeszcze żadnego wydarzenia ani delegacji z tym partnerem.</translation>
    </message>
    <message>
        <source>Asleep: no exchange for more than {months} months.</source>
        <translation>Uśpiony: brak wymiany od ponad {months} mies.</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Search a partner or a country…</source>
        <translation>Szukaj partnera lub kraju…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>Asleep only</source>
        <translation>Tylko uśpione</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Nowy partner…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuj…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partnerów</numerusform>
            <numerusform>%n partnerów</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner matches this search.</source>
        <translation>Żaden partner nie pasuje do wyszukiwania.</translation>
    </message>
    <message>
        <source>No partner yet. Click “New partner…” to add one, or “Import…” to read the list your committee already keeps (Excel or CSV).</source>
        <translation>Nie ma jeszcze partnerów. Kliknij „Nowy partner…”, aby dodać partnera, lub „Importuj…”, aby wczytać listę prowadzoną już przez komitet (Excel lub CSV).</translation>
    </message>
    <message>
        <source>Partner saved.</source>
        <translation>Partner zapisany.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Usuń partnera</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it.

Set its status to “Ended” instead; its history stays in your records.</source>
        <translation>Nie można usunąć {name}: odwołują się do niego wydarzenia ({events}) i delegacje ({delegations}).

Zamiast tego ustaw jego status na „Zakończony”; jego historia pozostanie w archiwum.</translation>
    </message>
    <message>
        <source>Delete {name} with its agreements, contacts and documents?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Usunąć {name} wraz z umowami, kontaktami i dokumentami?

Możesz to cofnąć poleceniem Edycja › Cofnij (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Usuń partnera {name}</translation>
    </message>
    <message>
        <source>{name} deleted. Ctrl+Z to undo.</source>
        <translation>Usunięto {name}. Ctrl+Z, aby cofnąć.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Importuj partnerów</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Eksportuj partnerów</translation>
    </message>
    <message>
        <source>partners.xlsx</source>
        <translation>partnerzy.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Skoroszyt Excela (*.xlsx);;CSV dla Excela (*.csv)</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partnerów wyeksportowano do {path}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>np. niemiecki, polski</translation>
    </message>
    <message>
        <source>Minor (under 18): record the date of birth</source>
        <translation>Osoba niepełnoletnia (poniżej 18 lat): podaj datę urodzenia</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>(our commune)</source>
        <translation>(nasza gmina)</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Imię *</translation>
    </message>
    <message>
        <source>&amp;Surname *</source>
        <translation>&amp;Nazwisko *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Miejscowość</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>K&amp;raj</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Języki</translation>
    </message>
    <message>
        <source>From &amp;partner town</source>
        <translation>Z miasta &amp;partnerskiego</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Data urodzenia</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Gospodarstwo domowe</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Uwagi</translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <source>Type a town name, then pick it in the list</source>
        <translation>Wpisz nazwę miejscowości, a potem wybierz ją z listy</translation>
    </message>
    <message>
        <source>Search a town</source>
        <translation>Szukaj miejscowości</translation>
    </message>
    <message>
        <source>Stop preparing</source>
        <translation>Przerwij przygotowanie</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once only, under a minute)…</source>
        <translation>Przygotowywanie listy miejscowości (tylko raz, poniżej minuty)…</translation>
    </message>
    <message>
        <source>The list of towns was not prepared; type the coordinates instead.</source>
        <translation>Lista miejscowości nie została przygotowana; wpisz współrzędne.</translation>
    </message>
    <message>
        <source>The list of towns is not available ({error}); type the coordinates.</source>
        <translation>Lista miejscowości jest niedostępna ({error}); wpisz współrzędne.</translation>
    </message>
    <message>
        <source>{name} — {where} — {population} inh.</source>
        <translation>{name} — {where} — {population} mieszk.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>e.g. {example}</source>
        <translation>np. {example}</translation>
    </message>
</context>
<context>
    <name>Printed</name>
    <message>
        <source>Activity report {year}</source>
        <translation>Sprawozdanie z działalności za rok {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Rok {year}</translation>
    </message>
    <message>
        <source>Situation on {date}</source>
        <translation>Stan na {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>Rok w skrócie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegacje</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Wizyty przyjęte</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Wizyty złożone</translation>
    </message>
    <message>
        <source>Local participants</source>
        <translation>Uczestnicy lokalni</translation>
    </message>
    <message>
        <source>Invited participants</source>
        <translation>Zaproszeni uczestnicy</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Otrzymano</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Według partnerów</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Committee events with no partner</source>
        <translation>Wydarzenia komitetu bez partnera</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The year’s accounts</source>
        <translation>Finanse roku</translation>
    </message>
    <message>
        <source>Whole budget of the year</source>
        <translation>Cały budżet roku</translation>
    </message>
    <message>
        <source>of which linked to an event or a delegation</source>
        <translation>w tym powiązane z wydarzeniem lub delegacją</translation>
    </message>
    <message>
        <source>of which not linked to an action (running costs, annual subsidies, dues)</source>
        <translation>w tym niepowiązane z działaniem (koszty bieżące, dotacje roczne, składki)</translation>
    </message>
    <message>
        <source>Result of the year (received less spent)</source>
        <translation>Wynik roku (wpływy minus wydatki)</translation>
    </message>
    <message>
        <source>Actual amounts of the {year} budget, contributions in kind apart. The amounts per partner and per action below are those of the budget lines linked to each event or delegation that took place.</source>
        <translation>Kwoty wykonane budżetu {year}, bez wkładów niepieniężnych. Kwoty według partnera i działania poniżej to kwoty pozycji powiązanych z każdym wydarzeniem lub delegacją, które się odbyły.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>od {start} do {end}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>dnia {day}</translation>
    </message>
    <message>
        <source>{when}, {commune} received a delegation from {partner} ({purpose}); participants: {count}.</source>
        <translation>{when} {commune} gościło delegację z {partner} ({purpose}); uczestnicy: {count}.</translation>
    </message>
    <message>
        <source>{when}, a delegation from {commune} travelled to {partner} ({purpose}); participants: {count}.</source>
        <translation>{when} delegacja z {commune} odwiedziła {partner} ({purpose}); uczestnicy: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}.</source>
        <translation>{when}: „{title}”{place}; uczestnicy: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}, of whom invited: {invited}.</source>
        <translation>{when}: „{title}”{place}; uczestnicy: {count}, w tym goście: {invited}.</translation>
    </message>
    <message>
        <source>Results: {results}</source>
        <translation>Rezultaty: {results}</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>Nadchodzący rok</translation>
    </message>
    <message>
        <source>What is planned or due from {start} to {end}.</source>
        <translation>Co jest zaplanowane lub wymagane od {start} do {end}.</translation>
    </message>
    <message>
        <source>Nothing planned yet for the next twelve months.</source>
        <translation>Na najbliższe dwanaście miesięcy nic jeszcze nie zaplanowano.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Rocznica</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Termin sprawozdania</translation>
    </message>
    <message>
        <source>Delegation from {partner} received</source>
        <translation>Przyjęcie delegacji z {partner}</translation>
    </message>
    <message>
        <source>Delegation travelling to {partner}</source>
        <translation>Wyjazd delegacji do {partner}</translation>
    </message>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} lat partnerstwa z {partner}</translation>
    </message>
    <message>
        <source>Financial report to send: {what}</source>
        <translation>Sprawozdanie finansowe do złożenia: {what}</translation>
    </message>
    <message>
        <source>Where our partners are</source>
        <translation>Gdzie są nasi partnerzy</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>No event and no delegation this year.</source>
        <translation>W tym roku nie było wydarzeń ani delegacji.</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Strona {page} / {pages}</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>Host town</source>
        <translation>Miasto goszczące</translation>
    </message>
    <message>
        <source>Invited town</source>
        <translation>Miasto zaproszone</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Numer dotacji</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>First name and SURNAME</source>
        <translation>Imię i NAZWISKO</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>By signing, each participant certifies having taken part in the activity above.</source>
        <translation>Podpisem każdy uczestnik potwierdza udział w powyższym działaniu.</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Rodziny goszczące</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Gość</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Rodzina goszcząca</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Dieta i zdrowie</translation>
    </message>
    <message>
        <source>(no host yet)</source>
        <translation>(jeszcze bez zakwaterowania)</translation>
    </message>
    <message>
        <source>Contains health information: keep it safe and destroy it after the visit.</source>
        <translation>Zawiera informacje o zdrowiu: przechowuj w bezpiecznym miejscu i zniszcz po wizycie.</translation>
    </message>
    <message>
        <source>Town hall of {commune}</source>
        <translation>Urząd Miasta {commune}</translation>
    </message>
    <message>
        <source>Organised by: {committee}</source>
        <translation>Organizator: {committee}</translation>
    </message>
    <message>
        <source>Certification by the organiser</source>
        <translation>Poświadczenie organizatora</translation>
    </message>
    <message>
        <source>I, the undersigned, organiser of the activity, certify that this list is accurate and was signed by the participants present.</source>
        <translation>Ja, niżej podpisany/a, organizator działania, poświadczam prawdziwość niniejszej listy, podpisanej przez obecnych uczestników.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Sprawozdanie z podróży służbowej</translation>
    </message>
    <message>
        <source>Partner town</source>
        <translation>Miasto partnerskie</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Objectives and link with the partnership</source>
        <translation>Cele i związek z partnerstwem miast</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>Delegacja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>deliberation {number} of {date}</source>
        <translation>uchwała nr {number} z dnia {date}</translation>
    </message>
    <message>
        <source>Programme and people met</source>
        <translation>Program i spotkane osoby</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godz.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Spotkane osoby</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Efekty u nas</translation>
    </message>
    <message>
        <source>Effects in the partner town</source>
        <translation>Efekty w mieście partnerskim</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Perspectives and next steps</source>
        <translation>Perspektywy i kolejne kroki</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Costs and financing</source>
        <translation>Koszty i finansowanie</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Koszty</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <source>Mission allowances of the elected officials</source>
        <translation>Diety samorządowców</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Stawka dzienna</translation>
    </message>
    <message>
        <source>Nights hosted free (−65 %)</source>
        <translation>Noclegi zapewnione (−65%)</translation>
    </message>
    <message>
        <source>Meals offered (−17.5 %)</source>
        <translation>Posiłki zapewnione (−17,5%)</translation>
    </message>
    <message>
        <source>No budget line is linked to this delegation.</source>
        <translation>Z tą delegacją nie powiązano żadnej pozycji budżetu.</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Rozdzielnik</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>{place}, dnia {date}</translation>
    </message>
    <message>
        <source>Template to fill in by hand</source>
        <translation>Wzór do wypełnienia odręcznie</translation>
    </message>
    <message>
        <source>Hosting report</source>
        <translation>Sprawozdanie z przyjęcia delegacji</translation>
    </message>
    <message>
        <source>Delegation received from</source>
        <translation>Delegacja przyjęta z</translation>
    </message>
    <message>
        <source>Objectives of the visit and link with the partnership</source>
        <translation>Cele wizyty i związek z partnerstwem</translation>
    </message>
    <message>
        <source>The delegation received</source>
        <translation>Przyjęta delegacja</translation>
    </message>
    <message>
        <source>Programme of the visit and people met</source>
        <translation>Program wizyty i spotkane osoby</translation>
    </message>
    <message>
        <source>no deliberation recorded</source>
        <translation>brak zarejestrowanej uchwały</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Przychody</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Dotacje</translation>
    </message>
    <message>
        <source>Share of the partner town</source>
        <translation>Udział miasta partnerskiego</translation>
    </message>
    <message>
        <source>Participants’ contributions and other income</source>
        <translation>Wpłaty uczestników i inne przychody</translation>
    </message>
    <message>
        <source>Mission allowance: {name}</source>
        <translation>Dieta: {name}</translation>
    </message>
    <message>
        <source>Balance borne by the commune or the committee</source>
        <translation>Saldo pokrywane przez gminę lub komitet</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Nadwyżka</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Razem wydatki</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Razem przychody</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Imię i nazwisko: {name}</translation>
    </message>
    <message>
        <source>Function: {function}</source>
        <translation>Funkcja: {function}</translation>
    </message>
    <message>
        <source>Stamp of the town hall</source>
        <translation>Pieczęć urzędu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>No report has been saved for this delegation yet: the sections after this page are left blank, to be filled in by hand.</source>
        <translation>Dla tej delegacji nie zapisano jeszcze sprawozdania: sekcje po tej stronie pozostawiono puste do wypełnienia odręcznie.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme item</source>
        <translation>Punkt programu</translation>
    </message>
    <message>
        <source>hh:mm, if any</source>
        <translation>gg:mm, jeśli jest</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>D&amp;zień</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Godzina</translation>
    </message>
    <message>
        <source>&amp;Activity *</source>
        <translation>&amp;Działanie *</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <source>People &amp;met</source>
        <translation>Spotkane &amp;osoby</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;rodzaju:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The file is open read-only: nothing can be changed in it. To make changes, open a copy you can write to, or close it where it is in use.</source>
        <translation>Plik jest otwarty tylko do odczytu: nie można w nim nic zmienić. Aby wprowadzać zmiany, otwórz kopię z prawem zapisu albo zamknij plik tam, gdzie jest używany.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>This file is open read-only: changes cannot be saved.</source>
        <translation>Ten plik jest otwarty tylko do odczytu: nie można zapisać zmian.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report: {partner}, {date}</source>
        <translation>Sprawozdanie z podróży: {partner}, {date}</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Sprawozdanie</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Kolejne kroki</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>&amp;Diety</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Podpis</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Po&amp;dgląd…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;kuj…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Blank template…</source>
        <translation>Pusty &amp;wzór…</translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Close without saving them?</source>
        <translation>To sprawozdanie ma niezapisane zmiany. Zamknąć bez zapisywania?</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Cele</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>&amp;Wyniki</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Efekty &amp;u nas</translation>
    </message>
    <message>
        <source>Effects &amp;there</source>
        <translation>Efekty u p&amp;artnera</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>W&amp;nioski</translation>
    </message>
    <message>
        <source>&amp;Perspectives</source>
        <translation>&amp;Perspektywy</translation>
    </message>
    <message>
        <source>&amp;Distribution list</source>
        <translation>&amp;Rozdzielnik</translation>
    </message>
    <message>
        <source>Municipal council, committee members, the partner town hall…</source>
        <translation>Rada gminy, członkowie komitetu, urząd miasta partnerskiego…</translation>
    </message>
    <message>
        <source>Each elected member&apos;s mission allowance: the days abroad times the daily flat rate (forfait), less a share for each night or meal given free by the hosts. The rate is the one the council voted; the total goes into the report&apos;s costs.</source>
        <translation>Dieta każdego radnego: dni za granicą razy stawka dzienna (ryczałt), pomniejszona o część za każdy nocleg lub posiłek zapewniony przez gospodarzy. Stawka jest uchwalona przez radę; suma wchodzi do kosztów sprawozdania.</translation>
    </message>
    <message>
        <source>For each elected official travelling: days abroad × the daily rate set by the council, less 65 % of the rate for each night hosted free and 17.5 % for each meal offered by the partner. Double-click a cell to type.</source>
        <translation>Dla każdego wyjeżdżającego samorządowca: dni za granicą × stawka dzienna ustalona przez radę, minus 65% stawki za każdy zapewniony nocleg i 17,5% za każdy posiłek zapewniony przez partnera. Kliknij dwukrotnie komórkę, aby wpisać wartość.</translation>
    </message>
    <message>
        <source>Mayor, deputy mayor, chair of the committee…</source>
        <translation>Burmistrz, zastępca burmistrza, przewodniczący komitetu…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Funkcja</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>&amp;Miejsce podpisania</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Data &amp;podpisania</translation>
    </message>
    <message>
        <source>Preview of the mission report</source>
        <translation>Podgląd sprawozdania z podróży służbowej</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Zapisz sprawozdanie z podróży służbowej</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>when the file was opened</source>
        <translation>przy otwarciu pliku</translation>
    </message>
    <message>
        <source>when the app was closed</source>
        <translation>przy zamknięciu aplikacji</translation>
    </message>
    <message>
        <source>saved by hand</source>
        <translation>wykonana ręcznie</translation>
    </message>
    <message>
        <source>just before a restore</source>
        <translation>tuż przed przywróceniem</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>przed aktualizacją</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Restoring replaces what the file holds now with the chosen copy. The current state is backed up first, so you can come back to it from this same list.</source>
        <translation>Przywrócenie zastępuje obecną zawartość pliku wybraną kopią. Najpierw zostanie zapisana kopia zapasowa obecnego stanu, więc można do niego wrócić z tej samej listy.</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>Ten plik nie ma jeszcze kopii zapasowej.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
</context>
<context>
    <name>RowChoiceDialog</name>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Wiersz {row}: {name}</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14.07.1985, 1985 lub 2001-2002</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tak jak zapisano</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Podpisano</translation>
    </message>
    <message>
        <source>Not placed (position unknown)</source>
        <translation>Bez położenia (nieznane)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Flag a partner as &amp;asleep after</source>
        <translation>Oznacz partnera jako &amp;uśpionego po</translation>
    </message>
    <message>
        <source>The fiscal year &amp;starts in</source>
        <translation>Początek &amp;roku obrotowego</translation>
    </message>
    <message>
        <source> years</source>
        <translation> lat</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>&amp;Wymaż teraz…</translation>
    </message>
    <message>
        <source>Erase participants of visits older than</source>
        <translation>Wymaż uczestników wizyt starszych niż</translation>
    </message>
    <message>
        <source>Event types of the committee</source>
        <translation>Rodzaje wydarzeń komitetu</translation>
    </message>
    <message>
        <source>e.g. Christmas market, choir tour…</source>
        <translation>np. jarmark bożonarodzeniowy, trasa chóru…</translation>
    </message>
    <message>
        <source>The usual types (official reception, concert…) are built in; add your committee&apos;s own here.</source>
        <translation>Typowe rodzaje (oficjalne przyjęcie, koncert…) są wbudowane; tutaj dodaj własne rodzaje komitetu.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Chart of accounts (budget)</source>
        <translation>Plan kont (budżet)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Add a sub-account…</source>
        <translation>Dodaj konto analityczne…</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Nasza gmina</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>Nobody took part only in visits older than {years} years.</source>
        <translation>Nikt nie uczestniczył wyłącznie w wizytach starszych niż podany okres (liczba lat: {years}).</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n person(s) whose last visit ended more than {years} years ago? Counts of past visits stay true. This cannot be undone.</source>
        <translation>
            <numerusform>Wymazać dane osobowe %n osoby, której ostatnia wizyta zakończyła się dawniej niż podany okres (liczba lat: {years})? Liczby dawnych wizyt pozostaną prawidłowe. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Wymazać dane osobowe %n osób, których ostatnia wizyta zakończyła się dawniej niż podany okres (liczba lat: {years})? Liczby dawnych wizyt pozostaną prawidłowe. Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Wymazać dane osobowe %n osób, których ostatnia wizyta zakończyła się dawniej niż podany okres (liczba lat: {years})? Liczby dawnych wizyt pozostaną prawidłowe. Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wymaż</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>Wymazano dane %n osoby.</numerusform>
            <numerusform>Wymazano dane %n osób.</numerusform>
            <numerusform>Wymazano dane %n osób.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Zmień nazwę konta</translation>
    </message>
    <message>
        <source>Label of account {code}:</source>
        <translation>Nazwa konta {code}:</translation>
    </message>
    <message>
        <source>Choose the account the new one belongs under.</source>
        <translation>Wybierz konto, pod którym ma się znaleźć nowe.</translation>
    </message>
    <message>
        <source>New sub-account</source>
        <translation>Nowe konto analityczne</translation>
    </message>
    <message>
        <source>Number of the new account under {parent}:</source>
        <translation>Numer nowego konta pod {parent}:</translation>
    </message>
</context>
<context>
    <name>SubsidyDialog</name>
    <message>
        <source>Subsidy request</source>
        <translation>Wniosek o dotację</translation>
    </message>
    <message>
        <source>six months after the fiscal year, if empty</source>
        <translation>sześć miesięcy po roku obrotowym, jeśli puste</translation>
    </message>
    <message>
        <source>&amp;Funder *</source>
        <translation>&amp;Finansujący *</translation>
    </message>
    <message>
        <source>&amp;Action financed *</source>
        <translation>Finansowane dział&amp;anie *</translation>
    </message>
    <message>
        <source>Amount &amp;requested (€)</source>
        <translation>&amp;Wnioskowana kwota (€)</translation>
    </message>
    <message>
        <source>Amount &amp;granted (€)</source>
        <translation>&amp;Przyznana kwota (€)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Requested &amp;on</source>
        <translation>&amp;Data wniosku</translation>
    </message>
    <message>
        <source>Financial report &amp;due</source>
        <translation>Sprawozdanie finansowe d&amp;o</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>S&amp;ygnatura</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Reset columns</source>
        <translation>Przywróć domyślne kolumny</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>culture</source>
        <translation>kultura</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>młodzież</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>szkoły</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>sport</translation>
    </message>
    <message>
        <source>heritage</source>
        <translation>dziedzictwo</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>gospodarka</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>turystyka</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>środowisko</translation>
    </message>
    <message>
        <source>solidarity</source>
        <translation>solidarność</translation>
    </message>
    <message>
        <source>local governance</source>
        <translation>samorządność</translation>
    </message>
    <message>
        <source>health</source>
        <translation>zdrowie</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{value}” could be read two ways (a decimal comma or a thousands separator) and nothing else in the file tells which: write it 1 500 or 1,50, or say which mark the file uses (--decimal-mark).</source>
        <translation>„{value}” można odczytać na dwa sposoby (przecinek dziesiętny lub separator tysięcy) i nic innego w pliku tego nie rozstrzyga: wpisz 1 500 lub 1,50 albo podaj znak używany w pliku (--decimal-mark).</translation>
    </message>
    <message>
        <source>“{value}” is not an account of the chart (60 to 87).</source>
        <translation>„{value}” nie jest kontem z planu (od 60 do 87).</translation>
    </message>
    <message>
        <source>this category does not match the kind of line.</source>
        <translation>ta kategoria nie pasuje do rodzaju pozycji.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>„{value}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>“{value}” no longer exists; today&apos;s country was chosen.</source>
        <translation>„{value}” już nie istnieje; wybrano dzisiejsze państwo.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>jest poza zakresem.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised; taken from the place found.</source>
        <translation>nie rozpoznano kraju „{value}”; przyjęto kraj znalezionego miejsca.</translation>
    </message>
    <message>
        <source>this agreement is already recorded.</source>
        <translation>ta umowa jest już zapisana.</translation>
    </message>
    <message>
        <source>same partner, agreement and date as an earlier row.</source>
        <translation>ten sam partner, umowa i data co we wcześniejszym wierszu.</translation>
    </message>
    <message>
        <source>this file is not a spreadsheet or a CSV text.</source>
        <translation>ten plik nie jest arkuszem kalkulacyjnym ani tekstem CSV.</translation>
    </message>
    <message>
        <source>near row {row}, a cell holds more than {limit} characters, or a quote is never closed.</source>
        <translation>w okolicy wiersza {row} komórka zawiera ponad {limit} znaków albo cudzysłów nie jest zamknięty.</translation>
    </message>
    <message>
        <source>a cell of row {row} holds more than {limit} characters.</source>
        <translation>komórka w wierszu {row} zawiera ponad {limit} znaków.</translation>
    </message>
    <message>
        <source>this workbook holds XML that points outside itself or expands without end: it is refused, as a hostile file would be.</source>
        <translation>ten skoroszyt zawiera XML, który wskazuje poza siebie lub rozrasta się bez końca: zostaje odrzucony jak wrogi plik.</translation>
    </message>
    <message>
        <source>this workbook unpacks to more than {limit} MB (or {ratio} times its size): it is refused, as a damaged or hostile file would be.</source>
        <translation>ten skoroszyt rozpakowuje się do ponad {limit} MB (lub {ratio} razy więcej niż jego rozmiar): zostaje odrzucony jak uszkodzony lub wrogi plik.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} nie istnieje.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>plik jest pusty.</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB.</source>
        <translation>plik jest większy niż 200 MB.</translation>
    </message>
    <message>
        <source>this file is not a readable Excel workbook.</source>
        <translation>ten plik nie jest czytelnym skoroszytem Excela.</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows, more than a committee’s list; split it.</source>
        <translation>arkusz ma ponad {limit} wierszy, znacznie więcej niż lista komitetu; podziel go.</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns.</source>
        <translation>wiersz {row} ma ponad {limit} kolumn.</translation>
    </message>
    <message>
        <source>old .xls files are not supported: save it as .xlsx or .csv in Excel.</source>
        <translation>stare pliki .xls nie są obsługiwane: zapisz go w Excelu jako .xlsx lub .csv.</translation>
    </message>
    <message>
        <source>the year {year} is not between {min} and {max}.</source>
        <translation>rok {year} nie mieści się między {min} a {max}.</translation>
    </message>
    <message>
        <source>{name} is larger than 25 MB.</source>
        <translation>{name} jest większy niż 25 MB.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Ten dokument już nie istnieje.</translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation>Ta pozycja budżetu już nie istnieje.</translation>
    </message>
    <message>
        <source>is not an amount.</source>
        <translation>nie jest kwotą.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>nie może być ujemna.</translation>
    </message>
    <message>
        <source>is larger than {max}; check the amount.</source>
        <translation>przekracza {max}; sprawdź kwotę.</translation>
    </message>
    <message>
        <source>the fiscal year {year} does not exist.</source>
        <translation>rok obrotowy {year} nie istnieje.</translation>
    </message>
    <message>
        <source>choose a category of the chart of accounts.</source>
        <translation>wybierz kategorię z planu kont.</translation>
    </message>
    <message>
        <source>the account {code} already exists.</source>
        <translation>konto {code} już istnieje.</translation>
    </message>
    <message>
        <source>unknown kind.</source>
        <translation>nieznany rodzaj.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR, PLN or GBP.</source>
        <translation>„{value}” nie jest kodem waluty, takim jak EUR, PLN lub GBP.</translation>
    </message>
    <message>
        <source>give the amount in {currency} and the rate used.</source>
        <translation>podaj kwotę w {currency} i zastosowany kurs.</translation>
    </message>
    <message>
        <source>this record no longer exists.</source>
        <translation>ten wpis już nie istnieje.</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither.</source>
        <translation>podaj szerokość i długość geograficzną albo żadnej z nich.</translation>
    </message>
    <message>
        <source>must be between -90 and 90 degrees.</source>
        <translation>musi mieścić się między -90 a 90 stopni.</translation>
    </message>
    <message>
        <source>must be between -180 and 180 degrees.</source>
        <translation>musi mieścić się między -180 a 180 stopni.</translation>
    </message>
    <message>
        <source>must be between 0 and 50,000,000.</source>
        <translation>musi mieścić się między 0 a 50 000 000.</translation>
    </message>
    <message>
        <source>choose a country.</source>
        <translation>wybierz kraj.</translation>
    </message>
    <message>
        <source>must be between 1 and 600 months.</source>
        <translation>musi mieścić się między 1 a 600 miesięcy.</translation>
    </message>
    <message>
        <source>must be a month from 1 to 12.</source>
        <translation>musi być miesiącem od 1 do 12.</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB.</source>
        <translation>logo jest większe niż 2 MB.</translation>
    </message>
    <message>
        <source>{day:02d}/{month:02d}/{year} is not a real date.</source>
        <translation>data {day:02d}.{month:02d}.{year} nie istnieje.</translation>
    </message>
    <message>
        <source>the range {first}–{second} ends before it starts.</source>
        <translation>okres {first}–{second} kończy się, zanim się zaczyna.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 14/07/1985, 1985 or 2001-2002.</source>
        <translation>„{value}” nie jest datą; wpisz 14.07.1985, 1985 lub 2001-2002.</translation>
    </message>
    <message>
        <source>needs a full date such as 14/07/2025.</source>
        <translation>potrzebna jest pełna data, np. 14.07.2025.</translation>
    </message>
    <message>
        <source>choose a partner.</source>
        <translation>wybierz partnera.</translation>
    </message>
    <message>
        <source>choose a purpose.</source>
        <translation>wybierz cel.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>pole jest wymagane.</translation>
    </message>
    <message>
        <source>is before the start.</source>
        <translation>data jest wcześniejsza niż początek.</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} występuje dwukrotnie.</translation>
    </message>
    <message>
        <source>must be between 0 and {max}.</source>
        <translation>musi mieścić się między 0 a {max}.</translation>
    </message>
    <message>
        <source>is not a sensible amount.</source>
        <translation>nie jest wiarygodną kwotą.</translation>
    </message>
    <message>
        <source>{name} is a minor: tick the guardian&apos;s authorisation before marking the delegation ready.</source>
        <translation>{name} jest osobą niepełnoletnią: zaznacz zgodę opiekuna, zanim oznaczysz delegację jako gotową.</translation>
    </message>
    <message>
        <source>a chosen partner no longer exists.</source>
        <translation>wybrany partner już nie istnieje.</translation>
    </message>
    <message>
        <source>a chosen person no longer exists.</source>
        <translation>wybrana osoba już nie istnieje.</translation>
    </message>
    <message>
        <source>this household no longer exists.</source>
        <translation>to gospodarstwo domowe już nie istnieje.</translation>
    </message>
    <message>
        <source>this event no longer exists.</source>
        <translation>to wydarzenie już nie istnieje.</translation>
    </message>
    <message>
        <source>{name} travels as an elected official but no mandat spécial (deliberation number and date) is recorded.</source>
        <translation>{name} podróżuje jako samorządowiec, ale nie zapisano mandat spécial (numeru i daty uchwały).</translation>
    </message>
    <message>
        <source>{name}: the mandat spécial of {date} must be voted before departure.</source>
        <translation>{name}: mandat spécial z dnia {date} musi zostać uchwalony przed wyjazdem.</translation>
    </message>
    <message>
        <source>{name} is a minor: the guardian&apos;s authorisation is missing.</source>
        <translation>{name} jest osobą niepełnoletnią: brak zgody opiekuna.</translation>
    </message>
    <message>
        <source>This delegation no longer exists; the list is refreshed.</source>
        <translation>Ta delegacja już nie istnieje; lista została odświeżona.</translation>
    </message>
    <message>
        <source>{host} hosts more visitors than its {capacity} bed(s).</source>
        <translation>{host} przyjmuje więcej gości, niż ma łóżek ({capacity}).</translation>
    </message>
    <message>
        <source>{name} cannot stay with pets, and {host} has some.</source>
        <translation>{name} nie może mieszkać ze zwierzętami, a {host} je ma.</translation>
    </message>
    <message>
        <source>{name} needs a non-smoking home; {host} smokes.</source>
        <translation>{name} potrzebuje domu bez palących; u {host} się pali.</translation>
    </message>
    <message>
        <source>{name} needs step-free access, which {host} does not offer.</source>
        <translation>{name} potrzebuje dostępu bez schodów, którego {host} nie zapewnia.</translation>
    </message>
    <message>
        <source>{host} does not offer the diet {name} needs.</source>
        <translation>{host} nie zapewnia diety, której potrzebuje {name}.</translation>
    </message>
    <message>
        <source>{name} and {host} have no language in common.</source>
        <translation>{name} i {host} nie mają wspólnego języka.</translation>
    </message>
    <message>
        <source>{name} should stay with their group but is placed elsewhere.</source>
        <translation>{name}: ta osoba powinna mieszkać ze swoją grupą, ale jest zakwaterowana gdzie indziej.</translation>
    </message>
    <message>
        <source>No host yet for: {names}.</source>
        <translation>Jeszcze bez rodziny: {names}.</translation>
    </message>
    <message>
        <source>The demo fills an empty database only; this one already has partners.</source>
        <translation>Demonstracja wypełnia tylko pustą bazę danych; ta ma już partnerów.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Szerokość geogr.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Długość geogr.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Ludność</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Rodzaj umowy</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Data podpisania</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Sygnatariusze</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Dormant after (months)</source>
        <translation>Uśpiony po (miesiącach)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Rodzaj wydarzenia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Dalsze działanie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Podmioty lokalne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Efekty u nas</translation>
    </message>
    <message>
        <source>Effects there</source>
        <translation>Efekty u partnera</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegacja</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Rok obrotowy</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Kurs wymiany</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Odbiorca lub płatnik</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Dowód księgowy</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansujący</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Wnioskowana kwota</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Przyznana kwota</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Start of the fiscal year</source>
        <translation>Początek roku obrotowego</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gospodarstwo domowe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Łóżka</translation>
    </message>
    <message>
        <source>Diets offered</source>
        <translation>Możliwe diety</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Noclegi zapewnione</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Posiłki zapewnione</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Stawka dzienna</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Health needs</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Stays with group</source>
        <translation>Mieszka z grupą</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Spotkane osoby</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Numer dotacji</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Rodzina goszcząca</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Lata</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspektywy</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Rozdzielnik</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Podpisujący</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Funkcja podpisującego</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Miejsce podpisania</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Podpisano dnia</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>To wydarzenie już nie istnieje.</translation>
    </message>
    <message>
        <source>this delegation no longer exists.</source>
        <translation>ta delegacja już nie istnieje.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount; write 1 234,50 or 12,5.</source>
        <translation>„{value}” nie jest kwotą; wpisz 1 234,50 lub 12,5.</translation>
    </message>
    <message>
        <source>has more than two decimals (cents).</source>
        <translation>ma więcej niż dwa miejsca po przecinku (grosze).</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Ten partner już nie istnieje.</translation>
    </message>
    <message>
        <source>unknown status.</source>
        <translation>nieznany status.</translation>
    </message>
    <message>
        <source>unknown agreement type.</source>
        <translation>nieznany rodzaj umowy.</translation>
    </message>
    <message>
        <source>is before the signature.</source>
        <translation>data jest wcześniejsza niż data podpisania.</translation>
    </message>
    <message>
        <source>a partner called “{name}” already exists in this country.</source>
        <translation>partner o nazwie „{name}” już istnieje w tym kraju.</translation>
    </message>
    <message>
        <source>This partner cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it. Set its status to “Ended” instead.</source>
        <translation>Nie można usunąć tego partnera: odwołują się do niego wydarzenia ({events}) i delegacje ({delegations}). Zamiast tego ustaw jego status na „Zakończony”.</translation>
    </message>
    <message>
        <source>This record no longer exists; the list is refreshed.</source>
        <translation>Ten wpis już nie istnieje; lista została odświeżona.</translation>
    </message>
    <message>
        <source>is in the future.</source>
        <translation>jest w przyszłości.</translation>
    </message>
    <message>
        <source>This person took part in {count} delegation(s); use “Erase personal data” to keep the counts true.</source>
        <translation>Ta osoba uczestniczyła w delegacjach ({count}); użyj polecenia „Wymaż dane osobowe”, aby liczby się zgadzały.</translation>
    </message>
    <message>
        <source>This household hosted {count} visitor(s); remove them from the hosting plans first.</source>
        <translation>To gospodarstwo domowe gościło osoby ({count}); najpierw usuń je z planów zakwaterowania.</translation>
    </message>
    <message>
        <source>must be between {min} and {max}.</source>
        <translation>musi mieścić się między {min} a {max}.</translation>
    </message>
    <message>
        <source>contains invisible control characters.</source>
        <translation>zawiera niewidoczne znaki sterujące.</translation>
    </message>
    <message>
        <source>is too long ({length} characters, at most {max}).</source>
        <translation>jest za długie ({length} znaków, najwyżej {max}).</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>„{value}” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>“{value}” is not a time (hh:mm).</source>
        <translation>„{value}” nie jest godziną (gg:mm).</translation>
    </message>
    <message>
        <source>choose a person from the directory, or create one.</source>
        <translation>wybierz osobę z kartoteki lub utwórz nową.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>musi być liczbą całkowitą.</translation>
    </message>
    <message>
        <source>is not one of the delegation’s days ({first} to {last}).</source>
        <translation>nie jest jednym z dni delegacji (od {first} do {last}).</translation>
    </message>
</context>
<context>
    <name>WordingsDialog</name>
    <message>
        <source>Agreement wordings</source>
        <translation>Nazwy umów</translation>
    </message>
    <message>
        <source>These wordings match no agreement type. Choose what each one means; the choice applies to all its rows and is remembered for the next import.</source>
        <translation>Te nazwy nie pasują do żadnego rodzaju umowy. Wybierz, co oznacza każda z nich; wybór dotyczy wszystkich jej wierszy i zostanie zapamiętany przy następnym imporcie.</translation>
    </message>
    <message>
        <source>Keep as written (other)</source>
        <translation>Zostaw jak zapisano (inna)</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Według działań</translation>
    </message>
    <message>
        <source>Forecast budget</source>
        <translation>Budżet planowany</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Sprawozdanie finansowe</translation>
    </message>
    <message>
        <source>Budget {year}</source>
        <translation>Budżet {year}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Wydrukowano {date}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Odchylenie</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% wykonania</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Koszty</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Przychody</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Nieodpłatne świadczenia w naturze</translation>
    </message>
    <message>
        <source>Contributions in kind: 87 − 86 (must be zero)</source>
        <translation>Wkłady rzeczowe: 87 − 86 (musi wynosić zero)</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Koszty razem</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Przychody razem</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Result of the year (income − expenses)</source>
        <translation>Wynik roku obrotowego (przychody − koszty)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Odbiorca lub płatnik</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Dowód księgowy</translation>
    </message>
    <message>
        <source>Trip to {partner}, {date}</source>
        <translation>Wyjazd: {partner}, {date}</translation>
    </message>
    <message>
        <source>Visit of {partner}, {date}</source>
        <translation>Wizyta: {partner}, {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <source>Forecast budget of the action</source>
        <translation>Budżet planowany działania</translation>
    </message>
    <message>
        <source>Laid out as the budget table of Cerfa form 12156</source>
        <translation>Układ jak w tabeli budżetu formularza Cerfa 12156</translation>
    </message>
    <message>
        <source>Financial report of the action</source>
        <translation>Sprawozdanie finansowe z działania</translation>
    </message>
    <message>
        <source>Laid out as the summary table of Cerfa form 15059</source>
        <translation>Układ jak w tabeli zbiorczej formularza Cerfa 15059</translation>
    </message>
    <message>
        <source>Association: {name}</source>
        <translation>Stowarzyszenie: {name}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Działanie: {action}</translation>
    </message>
    <message>
        <source>Action: all the actions of the year (budget of the association)</source>
        <translation>Działanie: wszystkie działania roku (budżet stowarzyszenia)</translation>
    </message>
    <message>
        <source>Fiscal year: {year}</source>
        <translation>Rok obrachunkowy: {year}</translation>
    </message>
    <message>
        <source>Fiscal year: {year}, from {start} to {end}</source>
        <translation>Rok obrachunkowy: {year}, od {start} do {end}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>State: ministries, directorates or decentralised services</source>
        <translation>Państwo: ministerstwa, dyrekcje lub służby terenowe</translation>
    </message>
    <message>
        <source>Region(s)</source>
        <translation>Region(y)</translation>
    </message>
    <message>
        <source>Département(s)</source>
        <translation>Departament(y)</translation>
    </message>
    <message>
        <source>Intercommunality: EPCI</source>
        <translation>Związek gmin: EPCI</translation>
    </message>
    <message>
        <source>Commune(s)</source>
        <translation>Gmina(y)</translation>
    </message>
    <message>
        <source>European funds (ESF, ERDF, CERV…)</source>
        <translation>Fundusze europejskie (EFS, EFRR, CERV…)</translation>
    </message>
    <message>
        <source>Agence de services et de paiement (ASP, subsidised jobs)</source>
        <translation>Agence de services et de paiement (ASP, dotowane miejsca pracy)</translation>
    </message>
    <message>
        <source>Other public bodies, private funders</source>
        <translation>Inne instytucje publiczne, prywatni darczyńcy</translation>
    </message>
    <message>
        <source>ministry not named</source>
        <translation>ministerstwo nie podane</translation>
    </message>
    <message>
        <source>funder not named</source>
        <translation>finansujący nie podany</translation>
    </message>
    <message>
        <source>of which membership dues</source>
        <translation>w tym składki członkowskie</translation>
    </message>
    <message>
        <source>of which donations</source>
        <translation>w tym darowizny</translation>
    </message>
    <message>
        <source>of which {account}</source>
        <translation>w tym {account}</translation>
    </message>
    <message>
        <source>Rounding to whole euros</source>
        <translation>Zaokrąglenie do pełnych euro</translation>
    </message>
    <message>
        <source>Forecast surplus (profit)</source>
        <translation>Planowana nadwyżka (zysk)</translation>
    </message>
    <message>
        <source>Forecast shortfall (loss)</source>
        <translation>Planowany niedobór (strata)</translation>
    </message>
    <message>
        <source>Surplus (profit)</source>
        <translation>Nadwyżka (zysk)</translation>
    </message>
    <message>
        <source>Shortfall (loss)</source>
        <translation>Niedobór (strata)</translation>
    </message>
    <message>
        <source>Explanation of the significant variances between forecast and actual</source>
        <translation>Wyjaśnienie istotnych różnic między planem a wykonaniem</translation>
    </message>
    <message>
        <source>Lines whose actual amount differs from the forecast by {percent} or more, or that were not planned: explain each one on its right.</source>
        <translation>Pozycje, których wykonanie różni się od planu o {percent} lub więcej albo które nie były planowane: wyjaśnij każdą po prawej stronie.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Wyjaśnienie</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>No significant variance.</source>
        <translation>Brak istotnych różnic.</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>W naturze</translation>
    </message>
    <message>
        <source>Amount in currency</source>
        <translation>Kwota w walucie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Expenses forecast</source>
        <translation>Koszty – plan</translation>
    </message>
    <message>
        <source>Expenses actual</source>
        <translation>Koszty – wykonanie</translation>
    </message>
    <message>
        <source>Income forecast</source>
        <translation>Przychody – plan</translation>
    </message>
    <message>
        <source>Income actual</source>
        <translation>Przychody – wykonanie</translation>
    </message>
    <message>
        <source>Balance (actual)</source>
        <translation>Saldo (wykonanie)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
</context>
<context>
    <name>_CommunePage</name>
    <message>
        <source>Your commune</source>
        <translation>Twoja gmina</translation>
    </message>
    <message>
        <source>Type its name in “Find the commune” and pick it, or type the coordinates.</source>
        <translation>Wpisz jej nazwę w polu „Znajdź gminę” i wybierz ją albo wpisz współrzędne.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Twinning Desk</source>
        <translation>Witamy w Twinning Desk</translation>
    </message>
    <message>
        <source>Twinning Desk keeps your committee&apos;s partners, events, delegations and budget in one file on this computer; no Internet connection is needed.

First, tell us which commune the committee belongs to. Its name and logo head your reports, and its position gives the distance to each partner. Click Next to start.</source>
        <translation>Twinning Desk przechowuje partnerów, wydarzenia, delegacje i budżet komitetu w jednym pliku na tym komputerze; połączenie z internetem nie jest potrzebne.

Najpierw wskaż, do której gminy należy komitet. Jej nazwa i logo znajdą się w nagłówkach dokumentów, a położenie pozwoli obliczyć odległość do każdego partnera. Kliknij Dalej, aby zacząć.</translation>
    </message>
    <message>
        <source>Just looking? Open a demo commune, filled with partners, events, visits and a budget. It has its own file: your committee&apos;s file stays empty, and you can come back to it, or to the demo (File menu), at any time.</source>
        <translation>Chcesz tylko zobaczyć? Otwórz gminę demonstracyjną z partnerami, wydarzeniami, wizytami i budżetem. Ma ona własny plik: plik komitetu pozostaje pusty i w każdej chwili możesz do niego wrócić albo wrócić do wersji demonstracyjnej (menu Plik).</translation>
    </message>
    <message>
        <source>&amp;Try with the demo</source>
        <translation>&amp;Wypróbuj na danych demonstracyjnych</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>This computer has no password store (keyring) the app can use: the password was not kept and will be asked at the next connection.</source>
        <translation>Ten komputer nie ma dostępnego magazynu haseł: hasło nie zostało zapamiętane i zostanie zapytane przy następnym połączeniu.</translation>
    </message>
</context>
</TS>
