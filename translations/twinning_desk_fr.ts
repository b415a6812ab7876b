<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>as the committee calls it, if not the type</source>
        <translation>tel que le comité l’appelle, s’il diffère du type</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14/07/1985, 1985 ou 2001-2002</translation>
    </message>
    <message>
        <source>A French version of the agreement exists</source>
        <translation>Une version française de l’accord existe</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Signé le</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Si&amp;gnatories</source>
        <translation>Si&amp;gnataires</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation>&amp;Renouvellement</translation>
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
        <translation>Fichier en lecture seule</translation>
    </message>
    <message>
        <source>{path} cannot be written to, so it opens read-only.</source>
        <translation>{path} ne peut pas être modifié&#xa0;: il s’ouvre en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base</translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation>Restaurer la dernière sauvegarde saine</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>No sound backup of this file was found.</source>
        <translation>Aucune sauvegarde saine de ce fichier n’a été trouvée.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The copy of {date} was restored. The damaged file was kept beside it, renamed.</source>
        <translation>La copie du {date} a été restaurée. Le fichier endommagé a été conservé à côté, renommé.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>The file used last time, {last}, cannot be found (a USB stick or network folder that is not connected?). Opening {default} instead; use File › Open database once the file is back.</source>
        <translation>Le fichier utilisé la dernière fois, {last}, est introuvable (clé USB ou dossier réseau non branché&#xa0;?). Ouverture de {default} à la place&#xa0;; utilisez Fichier › Ouvrir une base quand le fichier sera de nouveau là.</translation>
    </message>
    <message>
        <source>You can set up your commune later in Edit › Settings; distances to partners are shown once its position is known.</source>
        <translation>Vous pourrez renseigner votre commune plus tard dans Édition › Préférences&#xa0;; les distances aux partenaires s’affichent dès que sa position est connue.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Budget line</source>
        <translation>Ligne de budget</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nouvelle ligne de budget</translation>
    </message>
    <message>
        <source>The account of the associations&apos; chart of accounts (60 to 87), as the subsidy form (Cerfa) asks: 6x for charges, 7x for income, 86 and 87 for contributions in kind (volunteering, rooms lent). The workbook groups the lines by these accounts.</source>
        <translation>Le compte du plan comptable des associations (60 à 87), comme le demande le formulaire de subvention (Cerfa)&#xa0;: 6x pour les charges, 7x pour les produits, 86 et 87 pour les contributions volontaires en nature (bénévolat, salles prêtées). Le classeur regroupe les lignes par ces comptes.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>N&amp;ature</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Label *</source>
        <translation>&amp;Libellé *</translation>
    </message>
    <message>
        <source>&amp;Forecast (€)</source>
        <translation>&amp;Prévisionnel (€)</translation>
    </message>
    <message>
        <source>&amp;Actual (€)</source>
        <translation>&amp;Réalisé (€)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Payee or payer</source>
        <translation>&amp;Tiers (payé ou payeur)</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>Pièce &amp;justificative</translation>
    </message>
    <message>
        <source>F&amp;under (income)</source>
        <translation>F&amp;inanceur (produits)</translation>
    </message>
    <message>
        <source>Linked &amp;event</source>
        <translation>Év&amp;énement lié</translation>
    </message>
    <message>
        <source>Linked dele&amp;gation</source>
        <translation>Délé&amp;gation liée</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Amount in that c&amp;urrency</source>
        <translation>&amp;Montant dans cette devise</translation>
    </message>
    <message>
        <source>E&amp;xchange rate (€ per unit)</source>
        <translation>Ta&amp;ux de change (€ par unité)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Forecast</source>
        <translation>Prévisionnel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>No amount yet.</source>
        <translation>Aucun montant pour l’instant.</translation>
    </message>
    <message>
        <source>Delete budget line {label}</source>
        <translation>Supprimer la ligne de budget {label}</translation>
    </message>
    <message>
        <source>New fiscal &amp;year…</source>
        <translation>Nouvel e&amp;xercice…</translation>
    </message>
    <message>
        <source>Expenses and income</source>
        <translation>Charges et produits</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Search a label, a payee, a receipt…</source>
        <translation>Rechercher un libellé, un tiers, une pièce…</translation>
    </message>
    <message>
        <source>New subsidy &amp;request…</source>
        <translation>Nouvelle &amp;demande de subvention…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>&amp;New line…</source>
        <translation>&amp;Nouvelle ligne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Start from last year&apos;s &amp;forecast</source>
        <translation>Reprendre le &amp;prévisionnel de l’an dernier</translation>
    </message>
    <message>
        <source>E&amp;xport the Excel workbook…</source>
        <translation>E&amp;xporter le classeur Excel…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>The forecast is balanced.</source>
        <translation>Le prévisionnel est équilibré.</translation>
    </message>
    <message>
        <source>The forecast is not balanced: income minus expenses is {gap}.</source>
        <translation>Le prévisionnel n’est pas équilibré&#xa0;: produits moins charges = {gap}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expenses&lt;/b&gt; forecast {cf}, actual {ca} — &lt;b&gt;Income&lt;/b&gt; forecast {pf}, actual {pa}&lt;br&gt;&lt;b&gt;Result of the year&lt;/b&gt;: {result}. {balance}</source>
        <translation>&lt;b&gt;Charges&lt;/b&gt; prévues {cf}, réalisées {ca} — &lt;b&gt;Produits&lt;/b&gt; prévus {pf}, réalisés {pa}&lt;br&gt;&lt;b&gt;Résultat de l’exercice&lt;/b&gt;&#xa0;: {result}. {balance}</translation>
    </message>
    <message>
        <source>Financial reports due: {items}</source>
        <translation>Comptes rendus financiers à rendre&#xa0;: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget line saved.</source>
        <translation>Ligne de budget enregistrée.</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Supprimer la ligne de budget</translation>
    </message>
    <message>
        <source>Delete “{label}”?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Supprimer «&#xa0;{label}&#xa0;»&#xa0;?

Vous pourrez annuler avec Édition › Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New fiscal year</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>There is no fiscal year {year} to start from.</source>
        <translation>Il n’y a pas d’exercice {year} à reprendre.</translation>
    </message>
    <message>
        <source>Start from last year</source>
        <translation>Reprendre l’an dernier</translation>
    </message>
    <message>
        <source>Copy the forecast lines of {previous} into {year} (actual amounts left empty)?</source>
        <translation>Copier les lignes du prévisionnel {previous} dans {year} (montants réalisés laissés vides)&#xa0;?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied.</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the budget workbook</source>
        <translation>Exporter le classeur du budget</translation>
    </message>
    <message>
        <source>budget-{year}.xlsx</source>
        <translation>budget-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Budget exported to {path}, with the Cerfa sheets of {action}.</source>
        <translation>Budget exporté dans {path}, avec les feuilles Cerfa de {action}.</translation>
    </message>
    <message>
        <source>Budget exported to {path}.</source>
        <translation>Budget exporté dans {path}.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Services extérieurs</translation>
    </message>
    <message>
        <source>Other external services</source>
        <translation>Autres services extérieurs</translation>
    </message>
    <message>
        <source>Travel, missions and receptions</source>
        <translation>Déplacements, missions et réceptions</translation>
    </message>
    <message>
        <source>Advertising, publications</source>
        <translation>Publicité, publications</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impôts et taxes</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>Charges de personnel</translation>
    </message>
    <message>
        <source>Other current management costs</source>
        <translation>Autres charges de gestion courante</translation>
    </message>
    <message>
        <source>Financial costs</source>
        <translation>Charges financières</translation>
    </message>
    <message>
        <source>Exceptional costs</source>
        <translation>Charges exceptionnelles</translation>
    </message>
    <message>
        <source>Depreciation and provisions</source>
        <translation>Dotations aux amortissements et provisions</translation>
    </message>
    <message>
        <source>Sales, services</source>
        <translation>Ventes, prestations de services</translation>
    </message>
    <message>
        <source>Operating subsidies</source>
        <translation>Subventions d’exploitation</translation>
    </message>
    <message>
        <source>Subsidy: State</source>
        <translation>Subvention&#xa0;: État</translation>
    </message>
    <message>
        <source>Subsidy: Region</source>
        <translation>Subvention&#xa0;: Région</translation>
    </message>
    <message>
        <source>Subsidy: Département</source>
        <translation>Subvention&#xa0;: Département</translation>
    </message>
    <message>
        <source>Subsidy: Intercommunality</source>
        <translation>Subvention&#xa0;: Intercommunalité</translation>
    </message>
    <message>
        <source>Subsidy: Commune</source>
        <translation>Subvention&#xa0;: Commune</translation>
    </message>
    <message>
        <source>Subsidy: European funds</source>
        <translation>Subvention&#xa0;: Fonds européens</translation>
    </message>
    <message>
        <source>Subsidy: other</source>
        <translation>Subvention&#xa0;: autres</translation>
    </message>
    <message>
        <source>Other current management income</source>
        <translation>Autres produits de gestion courante</translation>
    </message>
    <message>
        <source>Membership dues</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <source>Financial income</source>
        <translation>Produits financiers</translation>
    </message>
    <message>
        <source>Exceptional income</source>
        <translation>Produits exceptionnels</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Reprises sur amortissements et provisions</translation>
    </message>
    <message>
        <source>Use of voluntary contributions in kind</source>
        <translation>Emplois des contributions volontaires en nature</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Contributions volontaires en nature</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Error: {reason}</source>
        <translation>Erreur&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Interrupted; nothing more was written.</source>
        <translation>Interrompu&#xa0;; rien de plus n’a été écrit.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details: {log}</source>
        <translation>Erreur inattendue&#xa0;: {error}. Détails&#xa0;: {log}</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; add --read-only to read it anyway, or wait until they close it.</source>
        <translation>Erreur&#xa0;: {path} est utilisé par {user} sur {host} depuis le {since}&#xa0;; ajoutez --read-only pour le lire quand même, ou attendez qu’il soit fermé.</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; wait until they close it, then try again.</source>
        <translation>Erreur&#xa0;: {path} est utilisé par {user} sur {host} depuis le {since}&#xa0;; attendez qu’il soit fermé, puis réessayez.</translation>
    </message>
    <message>
        <source>Error: {path} does not exist.</source>
        <translation>Erreur&#xa0;: {path} n’existe pas.</translation>
    </message>
    <message>
        <source>Damaged: {path}: {reason}</source>
        <translation>Endommagé&#xa0;: {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>OK: {path} ({partners} partners, {events} events, {delegations} delegations, {lines} budget lines)</source>
        <translation>OK&#xa0;: {path} ({partners} partenaires, {events} événements, {delegations} délégations, {lines} lignes de budget)</translation>
    </message>
    <message>
        <source>Error: a shared database is restored on the server (pg_restore), or filled from a backup file with twinning-desk copy FILE ADDRESS into an empty database; nothing was changed.</source>
        <translation>Erreur&#xa0;: une base partagée se restaure sur le serveur (pg_restore), ou se remplit depuis un fichier de sauvegarde avec twinning-desk copy FICHIER ADRESSE dans une base vide&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Error: the backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>Erreur&#xa0;: la sauvegarde {path} est endommagée ({reason})&#xa0;; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the damaged file was kept as {damaged}.</source>
        <translation>{backup} restauré dans {path}&#xa0;; le fichier endommagé a été conservé sous {damaged}.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the previous state was backed up first (twinning-desk restore can bring it back).</source>
        <translation>{backup} restauré dans {path}&#xa0;; l’état précédent a d’abord été sauvegardé (twinning-desk restore peut le rétablir).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <source>[{index}/{count}] {table}, rows: {rows}</source>
        <translation>[{index}/{count}] {table}, lignes&#xa0;: {rows}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and checked it (row count and checksum of each table): tables: {tables}, rows: {rows}.</source>
        <translation>Copie de {source} vers {target} faite et vérifiée (nombre de lignes et somme de contrôle de chaque table)&#xa0;: tables&#xa0;: {tables}, lignes&#xa0;: {rows}.</translation>
    </message>
    <message>
        <source>owner (upgrades the tables with a new version)</source>
        <translation>propriétaire (met les tables à jour avec une nouvelle version)</translation>
    </message>
    <message>
        <source>editor (reads and writes)</source>
        <translation>rédacteur (lit et écrit)</translation>
    </message>
    <message>
        <source>reader (reads and prints only)</source>
        <translation>lecteur (lit et imprime seulement)</translation>
    </message>
    <message>
        <source>{kind}: {name} (it existed; its password was kept)</source>
        <translation>{kind}&#xa0;: {name} (il existait&#xa0;; son mot de passe est conservé)</translation>
    </message>
    <message>
        <source>{kind}: {name}, password: {password}</source>
        <translation>{kind}&#xa0;: {name}, mot de passe&#xa0;: {password}</translation>
    </message>
    <message>
        <source>The passwords are shown this once and kept nowhere: give each to its person, who types it when connecting.</source>
        <translation>Les mots de passe ne sont montrés que cette fois et ne sont gardés nulle part&#xa0;: donnez chacun à sa personne, qui le tapera en se connectant.</translation>
    </message>
    <message>
        <source>Home commune set: {name} ({country}) in {path}</source>
        <translation>Commune enregistrée&#xa0;: {name} ({country}) dans {path}</translation>
    </message>
    <message>
        <source>Demo commune created in {path}: {count} partners.</source>
        <translation>Commune de démonstration créée dans {path}&#xa0;: {count} partenaires.</translation>
    </message>
    <message>
        <source>Error: no column for {fields} in {file}.</source>
        <translation>Erreur&#xa0;: aucune colonne pour {fields} dans {file}.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}.</source>
        <translation>Essai à blanc, rien n’a été écrit&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Importé&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>expected a year from {low} to {high}, not “{value}”</source>
        <translation>une année de {low} à {high} attendue, pas «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>expected an id, a whole number from {low}, not “{value}”</source>
        <translation>un identifiant attendu, un nombre entier à partir de {low}, pas «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier des données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>database file (default: the user data folder), or a shared database&apos;s address, postgresql://user@server/database</source>
        <translation>fichier de la base (par défaut&#xa0;: le dossier des données de l’utilisateur), ou adresse d’une base partagée, postgresql://utilisateur@serveur/base</translation>
    </message>
    <message>
        <source>language of the interface and messages</source>
        <translation>langue de l’interface et des messages</translation>
    </message>
    <message>
        <source>read the file without taking it, even while the app has it open</source>
        <translation>lit le fichier sans le prendre, même quand l’application l’a ouvert</translation>
    </message>
    <message>
        <source>CSV: the decimal mark, comma (with ; between cells) or dot (with ,); default: the language&apos;s</source>
        <translation>CSV&#xa0;: le séparateur décimal, virgule (cellules séparées par des points-virgules) ou point (par des virgules)&#xa0;; par défaut celui de la langue</translation>
    </message>
    <message>
        <source>show the version and the data folder, then exit</source>
        <translation>affiche la version et le dossier des données, puis quitte</translation>
    </message>
    <message>
        <source>set the home commune of a new database</source>
        <translation>définit la commune d’une nouvelle base de données</translation>
    </message>
    <message>
        <source>ISO code or name, e.g. FR</source>
        <translation>code ISO ou nom, par exemple FR</translation>
    </message>
    <message>
        <source>fill an empty database with a demo commune</source>
        <translation>remplit une base vide avec une commune de démonstration</translation>
    </message>
    <message>
        <source>import partners from .xlsx or .csv</source>
        <translation>importe des partenaires depuis un .xlsx ou un .csv</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>montre ce qui serait importé</translation>
    </message>
    <message>
        <source>budget: the fiscal year (default: current)</source>
        <translation>budget&#xa0;: l’exercice (par défaut&#xa0;: l’exercice en cours)</translation>
    </message>
    <message>
        <source>budget: the file&apos;s decimal mark, comma or dot (default: read from its amounts)</source>
        <translation>budget&#xa0;: le séparateur décimal du fichier, comma (virgule) ou dot (point)&#xa0;; par défaut, celui que montrent ses montants</translation>
    </message>
    <message>
        <source>list records</source>
        <translation>liste les enregistrements</translation>
    </message>
    <message>
        <source>print the partners&apos; records (distances, dates)</source>
        <translation>afficher les records des partenaires (distances, dates)</translation>
    </message>
    <message>
        <source>back the database up (to OUT, or to the backup folder)</source>
        <translation>sauvegarde la base (dans OUT, ou dans le dossier des sauvegardes)</translation>
    </message>
    <message>
        <source>copy a whole database, checked, between an SQLite file and a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>copier toute une base, vérifiée, entre un fichier SQLite et un serveur PostgreSQL (postgresql://utilisateur@hôte/base)</translation>
    </message>
    <message>
        <source>the file or postgresql:// address to copy</source>
        <translation>le fichier ou l’adresse (postgresql://…) à copier</translation>
    </message>
    <message>
        <source>a new file, or an empty database (a file or postgresql:// address)</source>
        <translation>un nouveau fichier, ou une base vide (un fichier ou une adresse postgresql://)</translation>
    </message>
    <message>
        <source>administer a shared PostgreSQL database</source>
        <translation>administrer une base PostgreSQL partagée</translation>
    </message>
    <message>
        <source>create the owner, editor and reader roles of a committee&apos;s database</source>
        <translation>créer les rôles propriétaire, rédacteur et lecteur de la base d’un comité</translation>
    </message>
    <message>
        <source>the database, reached as the server&apos;s administrator (postgresql://postgres@host/database)</source>
        <translation>la base, atteinte en tant qu’administrateur du serveur (postgresql://postgres@hôte/base)</translation>
    </message>
    <message>
        <source>the roles&apos; names begin with this (default: the database&apos;s name)</source>
        <translation>le début du nom des rôles (par défaut&#xa0;: le nom de la base)</translation>
    </message>
    <message>
        <source>give roles that exist already new passwords</source>
        <translation>donner de nouveaux mots de passe aux rôles qui existent déjà</translation>
    </message>
    <message>
        <source>replace the database with a backup (undoable)</source>
        <translation>remplace la base par une sauvegarde (annulable)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>vérifie l’intégrité de la base</translation>
    </message>
    <message>
        <source>export to a file</source>
        <translation>exporte vers un fichier</translation>
    </message>
    <message>
        <source>calendar: only this year; budget: the year</source>
        <translation>calendrier&#xa0;: seulement cette année&#xa0;; budget&#xa0;: l’exercice</translation>
    </message>
    <message>
        <source>attendance, hosting: the delegation&apos;s id; budget: its Cerfa sheets</source>
        <translation>présence, hébergement&#xa0;: le numéro de la délégation&#xa0;; budget&#xa0;: ses feuilles Cerfa</translation>
    </message>
    <message>
        <source>attendance: an event&apos;s id instead; budget: the event&apos;s Cerfa sheets</source>
        <translation>présence&#xa0;: le numéro d’un événement à la place&#xa0;; budget&#xa0;: les feuilles Cerfa de l’événement</translation>
    </message>
    <message>
        <source>person: whose data to export (.json or .xlsx)</source>
        <translation>personne&#xa0;: celle dont on exporte les données (.json ou .xlsx)</translation>
    </message>
    <message>
        <source>hosting: include diet and health notes</source>
        <translation>hébergement&#xa0;: inclure le régime et les notes de santé</translation>
    </message>
    <message>
        <source>mission-report: the template to fill by hand</source>
        <translation>rapport de mission&#xa0;: le modèle à remplir à la main</translation>
    </message>
    <message>
        <source>erase participants of visits older than N years</source>
        <translation>efface les participants des visites de plus de N ans</translation>
    </message>
    <message>
        <source>expected a number of years from {low} to {high}, not “{value}”</source>
        <translation>un nombre d’années de {low} à {high} attendu, pas «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>Error: no column recognised in {file}: found “{found}”; expected {expected}.</source>
        <translation>Erreur&#xa0;: aucune colonne reconnue dans {file}&#xa0;: trouvé «&#xa0;{found}&#xa0;»&#xa0;; attendu {expected}.</translation>
    </message>
    <message>
        <source>town (ville), country (pays), agreement, date signed…</source>
        <translation>ville, pays, type d’accord, date de signature…</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}</source>
        <translation>Essai à blanc, rien n’est écrit&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Préparation de la liste des villes (une seule fois, environ 20 secondes)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Exported to {path}: {count} event(s), {visits} delegation(s).</source>
        <translation>Exporté dans {path}&#xa0;: {count} événement(s), {visits} délégation(s).</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx or .csv.</source>
        <translation>Erreur&#xa0;: le nom du fichier doit se terminer par .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partenaires exportés dans {path}.</translation>
    </message>
    <message>
        <source>Error: give --person ID.</source>
        <translation>Erreur&#xa0;: indiquez --person ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .json or .xlsx.</source>
        <translation>Erreur&#xa0;: le nom du fichier doit finir par .json ou .xlsx.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf.</source>
        <translation>Erreur&#xa0;: le nom du fichier doit finir par .pdf.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID or --event ID.</source>
        <translation>Erreur&#xa0;: indiquez --delegation ID ou --event ID.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID.</source>
        <translation>Erreur&#xa0;: indiquez --delegation ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf or .xlsx.</source>
        <translation>Erreur&#xa0;: le nom du fichier doit finir par .pdf ou .xlsx.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Fichier écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Error: give --year YEAR.</source>
        <translation>Erreur&#xa0;: indiquez --year ANNÉE.</translation>
    </message>
    <message>
        <source>{count} person(s) erased or anonymised.</source>
        <translation>{count} personne(s) effacée(s) ou anonymisée(s).</translation>
    </message>
    <message>
        <source>Error: the file name must end in .ics.</source>
        <translation>Erreur&#xa0;: le nom du fichier doit se terminer par .ics.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisionnel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx.</source>
        <translation>Erreur&#xa0;: le nom du fichier doit se terminer par .xlsx.</translation>
    </message>
    <message>
        <source>Budget {year} exported to {path}.</source>
        <translation>Budget {year} exporté dans {path}.</translation>
    </message>
    <message>
        <source>{lines} budget lines, {err} errors</source>
        <translation>{lines} lignes de budget, {err} erreurs</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>ligne {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No home commune yet.</source>
        <translation>Pas encore de commune.</translation>
    </message>
    <message>
        <source>{name}: no position yet, so no distances (set it in the settings).</source>
        <translation>{name}&#xa0;: pas encore de position, donc pas de distances (indiquez-la dans les réglages).</translation>
    </message>
    <message>
        <source>{name} ({lat}, {lon})</source>
        <translation>{name} ({lat}, {lon})</translation>
    </message>
    <message>
        <source>Partners: {count}, placed on the map: {placed}</source>
        <translation>Partenaires&#xa0;: {count}, placés sur la carte&#xa0;: {placed}</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Error: the file name must end in .png or .pdf.</source>
        <translation>Erreur&#xa0;: le nom du fichier doit finir par .png ou .pdf.</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Carte enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Position sur la carte</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisionnel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Tiers (payé ou payeur)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% réalisé</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Compte rendu dû</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Version française</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation</source>
        <translation>Autorisation parentale</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Stays with</source>
        <translation>Loge avec</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Famille d’accueil</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Régime et santé</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Lits occupés</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Accord en vigueur</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes de budget</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animaux</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Fumeurs</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Sans marches</translation>
    </message>
    <message>
        <source>Diets</source>
        <translation>Régimes</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Élu(e)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Taux journalier</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Nuits offertes</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Repas offerts</translation>
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
        <translation>p. ex. Saint-Aubin-des-Vignes</translation>
    </message>
    <message>
        <source>e.g. Comité de jumelage de …</source>
        <translation>p. ex. Comité de jumelage de …</translation>
    </message>
    <message>
        <source>e.g. 1 place de la Mairie, 37190 …</source>
        <translation>p. ex. 1 place de la Mairie, 37190 …</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Choisir un &amp;logo…</translation>
    </message>
    <message>
        <source>Commune &amp;name *</source>
        <translation>&amp;Nom de la commune *</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Pays *</translation>
    </message>
    <message>
        <source>Find the commune</source>
        <translation>Trouver la commune</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>P&amp;opulation</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>Co&amp;mité</translation>
    </message>
    <message>
        <source>Town &amp;hall address</source>
        <translation>A&amp;dresse de la mairie</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image of at most 2 MB.</source>
        <translation>Ce fichier n’est pas une image de 2 Mo au plus.</translation>
    </message>
</context>
<context>
    <name>CommuneWizard</name>
    <message>
        <source>Set up Twinning Desk</source>
        <translation>Configurer Twinning Desk</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifiée par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>l’autre personne</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Enregistrée par {who}</translation>
    </message>
    <message>
        <source>The two versions differ in nothing you edit.</source>
        <translation>Les deux versions ne diffèrent en rien de ce que vous modifiez ici.</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Garder toute la &amp;mienne</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Prendre toute l’&amp;autre</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>&amp;Enregistrer cette version</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Revenir à mes modifications</translation>
    </message>
    <message>
        <source>{field}
(changed on both sides)</source>
        <translation>{field}
(modifié des deux côtés)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre l’autre</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{who} changed this record on {when}, after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>{who} a modifié cette fiche le {when}, après que vous l’avez ouverte. Rien n’a été enregistré, aucune des deux modifications n’est donc perdue&#xa0;: comparez les deux versions et choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>Quelqu’un d’autre a modifié cette fiche après que vous l’avez ouverte. Rien n’a été enregistré, aucune des deux modifications n’est donc perdue&#xa0;: comparez les deux versions et choisissez ce que vous gardez.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Se connecter à une base partagée</translation>
    </message>
    <message>
        <source>The committee&apos;s database on a PostgreSQL server, shared by its members. Ask whoever runs the server for these details.</source>
        <translation>La base du comité sur un serveur PostgreSQL, partagée par ses membres. Demandez ces informations à la personne qui gère le serveur.</translation>
    </message>
    <message>
        <source>e.g. db.mairie-example.fr</source>
        <translation>ex.&#xa0;: db.mairie-exemple.fr</translation>
    </message>
    <message>
        <source>Required (encrypted)</source>
        <translation>Exigé (chiffré)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Exigé, avec vérification du certificat du serveur</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Si le serveur le propose</translation>
    </message>
    <message>
        <source>None (only on a network you trust)</source>
        <translation>Aucun (seulement sur un réseau de confiance)</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Retenir le mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <source>Kept by the system&apos;s password store (keyring), never in a settings file.</source>
        <translation>Conservé par le trousseau de mots de passe du système, jamais dans un fichier de réglages.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Chiffrement (TLS)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Indiquez le serveur, la base et l’utilisateur.</translation>
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
        <translation>maire</translation>
    </message>
    <message>
        <source>committee chair</source>
        <translation>président(e) du comité</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprète</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secrétaire</translation>
    </message>
    <message>
        <source>town hall staff</source>
        <translation>agent de la mairie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>L&amp;angue</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
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
        <translation>Choisissez un pays</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change already saved stays saved.

{error}</source>
        <translation>Un problème est survenu, mais vos données sont en sécurité&#xa0;: toute modification déjà enregistrée le reste.

{error}</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>Les détails ont été écrits dans {log}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space, then try again.</source>
        <translation>Le disque qui contient {path} est plein&#xa0;: rien n’a été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} is open read-only: nothing was saved. Open a copy you can write to.</source>
        <translation>{path} est ouvert en lecture seule&#xa0;: rien n’a été enregistré. Ouvrez une copie modifiable.</translation>
    </message>
    <message>
        <source>{path} cannot be written to (no permission, or its drive was removed): nothing was saved. Check that the drive or network folder is still there.</source>
        <translation>Impossible d’écrire dans {path} (pas d’autorisation, ou le support a été retiré)&#xa0;: rien n’a été enregistré. Vérifiez que la clé, le disque ou le dossier réseau est toujours là.</translation>
    </message>
    <message>
        <source>{path} is busy (another program is writing to it): nothing was saved. Try again in a moment.</source>
        <translation>{path} est occupé (un autre programme y écrit)&#xa0;: rien n’a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Writing to {path} failed ({reason}): nothing was saved.</source>
        <translation>L’écriture dans {path} a échoué ({reason})&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Another record already has this value ({field}): nothing was saved.</source>
        <translation>Un autre enregistrement a déjà cette valeur ({field})&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This change would break a link between records (one is still in use, or was deleted meanwhile): nothing was saved.</source>
        <translation>Cette modification casserait un lien entre des enregistrements (l’un est encore utilisé, ou a été supprimé entre-temps)&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A required value is missing ({field}): nothing was saved.</source>
        <translation>Une valeur obligatoire manque ({field})&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The file refused a value ({reason}): nothing was saved.</source>
        <translation>Le fichier a refusé une valeur ({reason})&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>{path} is a shared database on a server, not a file: this is done on the server (see the README, &quot;Shared database&quot;).</source>
        <translation>{path} est une base partagée sur un serveur, pas un fichier&#xa0;: cela se fait sur le serveur (voir le README, «&#xa0;Base partagée&#xa0;»).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database (not an SQLite file).</source>
        <translation>{path} n’est pas une base Twinning Desk (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was not changed. Restore the last good backup, or choose another file.</source>
        <translation>{path} est endommagé ({reason}). Il n’a pas été modifié. Restaurez la dernière sauvegarde saine ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The connection to {path} was lost: nothing was saved. Check the network, then save again; what you typed is still there.</source>
        <translation>La connexion à {path} a été perdue&#xa0;: rien n’a été enregistré. Vérifiez le réseau, puis enregistrez de nouveau&#xa0;; ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <source>You may only read {path}: nothing was saved. Ask the committee&apos;s administrator for the right to write.</source>
        <translation>Vous pouvez seulement lire {path}&#xa0;: rien n’a été enregistré. Demandez le droit d’écrire à l’administrateur du comité.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another application, not a Twinning Desk database.</source>
        <translation>{path} est un fichier SQLite d’une autre application, pas une base Twinning Desk.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the file was not changed.</source>
        <translation>{path} a été écrit par une version plus récente de Twinning Desk. Installez cette version pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}</source>
        <translation>{path} ne peut pas être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a read-only file does not allow. Open a copy you can write to.</source>
        <translation>{path} a été créé par une version plus ancienne et doit être mis à jour, ce qu’un fichier en lecture seule ne permet pas. Ouvrez une copie modifiable.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {reason}</source>
        <translation>La sauvegarde vers {path} a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>La sauvegarde {path} est endommagée ({reason})&#xa0;; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>{path} is in use by {user} on {host} since {since}. Open it read-only, or wait until they close it.</source>
        <translation>{path} est utilisé par {user} sur {host} depuis le {since}. Ouvrez-le en lecture seule, ou attendez qu’il soit fermé.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} had been left half-created (the program was stopped while creating it) and held no data: it was created again. The unfinished file was kept as {kept}.</source>
        <translation>{path} était resté à moitié créé (le programme a été arrêté pendant sa création) et ne contenait aucune donnée&#xa0;: il a été créé à nouveau. Le fichier inachevé a été conservé sous {kept}.</translation>
    </message>
    <message>
        <source>No backup folder is set.</source>
        <translation>Aucun dossier de sauvegarde n’est défini.</translation>
    </message>
    <message>
        <source>{path} is not a database address: {reason}</source>
        <translation>{path} n’est pas une adresse de base de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} refused the user name or the password. Check them, then try again.</source>
        <translation>Le serveur de {path} a refusé le nom d’utilisateur ou le mot de passe. Vérifiez-les, puis réessayez.</translation>
    </message>
    <message>
        <source>The server of {path} does not accept an encrypted (TLS) connection. Ask its administrator to turn TLS on; turn encryption off only on a network you trust.</source>
        <translation>Le serveur de {path} n’accepte pas de connexion chiffrée (TLS). Demandez à son administrateur d’activer TLS&#xa0;; ne désactivez le chiffrement que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>The server has no database by the name given in {path}. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>Le serveur n’a aucune base du nom indiqué dans {path}. Vérifiez le nom, ou demandez à l’administrateur du serveur de la créer.</translation>
    </message>
    <message>
        <source>The user of {path} may not use this database ({reason}). Ask the server&apos;s administrator for access.</source>
        <translation>L’utilisateur de {path} n’a pas accès à cette base ({reason}). Demandez l’accès à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server of {path} cannot be reached: it is stopped, or the address, port or network is wrong. Nothing was changed.</source>
        <translation>Le serveur de {path} est injoignable&#xa0;: il est arrêté, ou l’adresse, le port ou le réseau est erroné. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>{path} ne peut pas être ouvert&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} runs PostgreSQL {version}, older than version 12, the oldest Twinning Desk supports. Ask its administrator to upgrade it.</source>
        <translation>Le serveur de {path} fait tourner PostgreSQL {version}, plus ancien que la version 12, la plus ancienne que Twinning Desk prend en charge. Demandez à son administrateur de le mettre à jour.</translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s tables, not a Twinning Desk database. Choose an empty database or a committee&apos;s.</source>
        <translation>{path} contient les tables d’une autre application, pas une base Twinning Desk. Choisissez une base vide ou celle d’un comité.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the database was not changed.</source>
        <translation>{path} a été écrite par une version plus récente de Twinning Desk. Installez cette version pour l’ouvrir&#xa0;; la base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a reader may not do. Ask someone who may write to open it once with this version.</source>
        <translation>{path} a été créée par une version plus ancienne et doit être mise à jour, ce qu’un lecteur ne peut pas faire. Demandez à une personne ayant le droit d’écrire de l’ouvrir une fois avec cette version.</translation>
    </message>
    <message>
        <source>The user of {path} may not create roles. Connect as the server&apos;s administrator (postgres), then try again.</source>
        <translation>L’utilisateur de {path} ne peut pas créer de rôles. Connectez-vous en tant qu’administrateur du serveur (postgres), puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to {path} was lost during the copy: nothing was copied, the target is as it was. Try again.</source>
        <translation>La connexion à {path} a été perdue pendant la copie&#xa0;: rien n’a été copié, la destination est restée telle quelle. Réessayez.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}): nothing was copied, the target is as it was.</source>
        <translation>{path} ne peut pas être lu ({reason})&#xa0;: rien n’a été copié, la destination est restée telle quelle.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database: there is nothing to copy.</source>
        <translation>{path} n’est pas une base Twinning Desk&#xa0;: il n’y a rien à copier.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Twinning Desk: open it once with this version (which upgrades it), then copy it. Nothing was copied.</source>
        <translation>{path} a été créé par une version plus ancienne de Twinning Desk&#xa0;: ouvrez-le une fois avec cette version (qui le met à jour), puis copiez-le. Rien n’a été copié.</translation>
    </message>
    <message>
        <source>{path} is not empty (it holds {tables}): nothing was copied. Copy into a new file, or into an empty database.</source>
        <translation>{path} n’est pas vide (il contient {tables})&#xa0;: rien n’a été copié. Copiez vers un nouveau fichier, ou vers une base vide.</translation>
    </message>
    <message>
        <source>The copy to {path} failed ({reason}): nothing was copied, the target is as it was.</source>
        <translation>La copie vers {path} a échoué ({reason})&#xa0;: rien n’a été copié, la destination est restée telle quelle.</translation>
    </message>
    <message>
        <source>The copy to {path} does not match its source in the table {table} ({source_rows} rows, checksum {source_sum}; copied: {target_rows} rows, checksum {target_sum}): nothing was kept.</source>
        <translation>La copie vers {path} ne correspond pas à sa source dans la table {table} ({source_rows} lignes, somme de contrôle {source_sum}&#xa0;; copie&#xa0;: {target_rows} lignes, somme de contrôle {target_sum})&#xa0;: rien n’a été gardé.</translation>
    </message>
    <message>
        <source>{path} is both the source and the target: nothing was copied.</source>
        <translation>{path} est à la fois la source et la destination&#xa0;: rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>DayEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (Alt+Down)</source>
        <translation>Choisir le jour dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>Type a day, or pick it in the calendar.</source>
        <translation>Tapez un jour ou choisissez-le dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>DayTimeEdit</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Delegation: {partner}, {date}</source>
        <translation>Délégation&#xa0;: {partner}, {date}</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Nouvelle délégation</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>&amp;Host families</source>
        <translation>F&amp;amilles d’accueil</translation>
    </message>
    <message>
        <source>This delegation has changes that are not saved. Close without saving them?</source>
        <translation>Cette délégation a des modifications non enregistrées. Fermer sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(choisir un partenaire)</translation>
    </message>
    <message>
        <source>EU or regional grant, if any</source>
        <translation>Subvention européenne ou régionale, le cas échéant</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Partner *</source>
        <translation>&amp;Partenaire *</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>F&amp;in</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Grant reference</source>
        <translation>Référence de la su&amp;bvention</translation>
    </message>
    <message>
        <source>&amp;Linked event</source>
        <translation>Événement &amp;lié</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>Show diet and health notes</source>
        <translation>Afficher régimes et santé</translation>
    </message>
    <message>
        <source>&amp;Assign to the family →</source>
        <translation>&amp;Loger dans la famille →</translation>
    </message>
    <message>
        <source>&amp;Remove from family</source>
        <translation>&amp;Retirer de la famille</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>Pro&amp;poser</translation>
    </message>
    <message>
        <source>Place the visitors without a family: beds, pets, smoking, access and diet are respected; a shared language and groups staying together are preferred.</source>
        <translation>Place les visiteurs sans famille&#xa0;: lits, animaux, tabac, accessibilité et régime sont respectés&#xa0;; une langue commune et les groupes réunis sont privilégiés.</translation>
    </message>
    <message>
        <source>Erase diet and health notes…</source>
        <translation>Effacer régimes et santé…</translation>
    </message>
    <message>
        <source>Drag visitors onto a family, or select both and click Assign.</source>
        <translation>Glissez les visiteurs sur une famille, ou sélectionnez les deux puis cliquez sur Loger.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visitors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Visiteurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host families&lt;/b&gt;</source>
        <translation>&lt;b&gt;Familles d’accueil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>animaux</translation>
    </message>
    <message>
        <source>smokers</source>
        <translation>fumeurs</translation>
    </message>
    <message>
        <source>step-free</source>
        <translation>sans marches</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>no pets</source>
        <translation>sans animaux</translation>
    </message>
    <message>
        <source>non-smoking</source>
        <translation>non-fumeur</translation>
    </message>
    <message>
        <source>No family fits: {names}. Add a family or change a constraint.</source>
        <translation>Aucune famille ne convient&#xa0;: {names}. Ajoutez une famille ou modifiez une contrainte.</translation>
    </message>
    <message>
        <source>Erase diet and health notes</source>
        <translation>Effacer régimes et santé</translation>
    </message>
    <message>
        <source>Erase the diet and health notes of every member of this delegation? Do it once the visit is over. This cannot be undone.</source>
        <translation>Effacer les régimes et les informations de santé de tous les membres de cette délégation&#xa0;? À faire une fois la visite terminée. Cette action est définitive.</translation>
    </message>
    <message>
        <source>The other changes you made in this window will be saved first.</source>
        <translation>Les autres modifications faites dans cette fenêtre seront d’abord enregistrées.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>By country: {counts}</source>
        <translation>Par pays&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>meets the EU town-twinning thresholds</source>
        <translation>atteint les seuils européens du jumelage</translation>
    </message>
    <message>
        <source>does not meet the EU town-twinning thresholds</source>
        <translation>n’atteint pas les seuils européens du jumelage</translation>
    </message>
    <message>
        <source>EU grant: {verdict} — participants {participants}/{min_participants}, invited from abroad {invited}/{min_invited}, countries {countries}/{min_countries}.</source>
        <translation>Subvention UE&#xa0;: {verdict} — participants {participants}/{min_participants}, invités étrangers {invited}/{min_invited}, pays {countries}/{min_countries}.</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <source>Search a partner…</source>
        <translation>Rechercher un partenaire…</translation>
    </message>
    <message>
        <source>Received and made</source>
        <translation>Accueils et déplacements</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Nouvelle délégation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Liste de présence (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Hosting list…</source>
        <translation>Liste d’&amp;hébergement…</translation>
    </message>
    <message>
        <source>Mission &amp;report…</source>
        <translation>&amp;Rapport de mission…</translation>
    </message>
    <message>
        <source>&amp;People and host families…</source>
        <translation>&amp;Personnes et familles d’accueil…</translation>
    </message>
    <message>
        <source>Delegation saved.</source>
        <translation>Délégation enregistrée.</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Supprimer la délégation</translation>
    </message>
    <message>
        <source>Delete the delegation {label} with its members list, programme and hosting plan? The people stay in the directory.

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Supprimer la délégation {label} avec sa liste de membres, son programme et son plan d’hébergement&#xa0;? Les personnes restent dans le répertoire.

Vous pourrez l’annuler avec Édition › Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete delegation {label}</source>
        <translation>Supprimer la délégation {label}</translation>
    </message>
    <message>
        <source>Delegation {label} deleted. Ctrl+Z to undo.</source>
        <translation>Délégation {label} supprimée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Mission report saved.</source>
        <translation>Rapport de mission enregistré.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Liste de présence</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presence</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Liste de présence écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Hosting list</source>
        <translation>Liste d’hébergement</translation>
    </message>
    <message>
        <source>hosting</source>
        <translation>hebergement</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Include the visitors&apos; diet and health notes? Only the host families who need them should receive a list with them.</source>
        <translation>Inclure les régimes et informations de santé des visiteurs&#xa0;? Seules les familles qui en ont besoin doivent recevoir une liste qui les contient.</translation>
    </message>
    <message>
        <source>Hosting list written: {path}</source>
        <translation>Liste d’hébergement écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n délégation</numerusform>
            <numerusform>%n délégations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>People and host families</source>
        <translation>Personnes et familles d’accueil</translation>
    </message>
    <message>
        <source>Search a name, an email or a town…</source>
        <translation>Rechercher un nom, un courriel ou une ville…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>&amp;Exporter ses données…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>E&amp;ffacer ses données personnelles…</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>Nouveau &amp;foyer…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Host &amp;families</source>
        <translation>F&amp;amilles d’accueil</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete {name} from the directory?</source>
        <translation>Supprimer {name} du répertoire&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Classeur Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase {name}? Names, contacts, needs and date of birth are deleted for good. Where they took part in a delegation, an anonymous line stays so that counts remain true.

This cannot be undone; export their data first if they asked for it.</source>
        <translation>Effacer {name}&#xa0;? Nom, coordonnées, besoins et date de naissance sont supprimés définitivement. Là où la personne a participé à une délégation, une ligne anonyme reste pour que les comptes restent justes.

Cette action est définitive&#xa0;; exportez d’abord ses données si elle les a demandées.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Supprimer le foyer</translation>
    </message>
    <message>
        <source>Delete {name}? Its people stay in the directory.</source>
        <translation>Supprimer {name}&#xa0;? Ses membres restent dans le répertoire.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Scans of signed agreements, photos and posters are kept inside the database file, so a backup keeps them too.</source>
        <translation>Les scans des accords signés, les photos et les affiches sont gardés dans le fichier de la base&#xa0;: une sauvegarde les conserve aussi.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted when you save.</source>
        <translation>Retirer {name}&#xa0;? Il sera supprimé à l’enregistrement.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event: {title}</source>
        <translation>Événement&#xa0;: {title}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Partners and participants</source>
        <translation>&amp;Partenaires et participants</translation>
    </message>
    <message>
        <source>T&amp;hemes and local actors</source>
        <translation>T&amp;hèmes et acteurs locaux</translation>
    </message>
    <message>
        <source>&amp;Description and results</source>
        <translation>D&amp;escription et résultats</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Suites à donner</translation>
    </message>
    <message>
        <source>Photos and d&amp;ocuments</source>
        <translation>Photos et d&amp;ocuments</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titre *</translation>
    </message>
    <message>
        <source>T&amp;ype *</source>
        <translation>T&amp;ype *</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuse&amp;au horaire</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Linked delegation</source>
        <translation>Délégat&amp;ion liée</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Partenaires concernés</translation>
    </message>
    <message>
        <source>&amp;Local participants</source>
        <translation>Participants &amp;locaux</translation>
    </message>
    <message>
        <source>Invited, by country</source>
        <translation>Invités, par pays</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Autre thème…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Ajouter le &amp;thème</translation>
    </message>
    <message>
        <source>A school, club, choir, association…</source>
        <translation>Une école, un club, une chorale, une association…</translation>
    </message>
    <message>
        <source>Add &amp;actor</source>
        <translation>Ajouter l’&amp;acteur</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Acteurs locaux</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>Des&amp;cription</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Effets &amp;ici</translation>
    </message>
    <message>
        <source>Effects t&amp;here (partner)</source>
        <translation>Effets &amp;là-bas (chez le partenaire)</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Close without saving them?</source>
        <translation>Cet événement a des modifications non enregistrées. Fermer sans les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Delete event {title}</source>
        <translation>Supprimer l’événement {title}</translation>
    </message>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} ans du jumelage avec {partner}</translation>
    </message>
    <message>
        <source>To do: {text}</source>
        <translation>À faire&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Search a title, a place or a partner…</source>
        <translation>Rechercher un titre, un lieu ou un partenaire…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendrier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; — events, follow-ups due and anniversaries</source>
        <translation>&lt;b&gt;À venir&lt;/b&gt; — événements, suites à donner et anniversaires</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate for next year</source>
        <translation>D&amp;upliquer pour l’an prochain</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xporter vers un agenda (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>&amp;Liste de présence (PDF)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Événement enregistré.</translation>
    </message>
    <message>
        <source>Next year&apos;s edition created; open it to adjust the dates.</source>
        <translation>Édition de l’an prochain créée&#xa0;; ouvrez-la pour ajuster les dates.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Delete “{title}” with its follow-ups?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» avec ses suites à donner&#xa0;?

Vous pourrez annuler avec Édition › Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“{title}” deleted. Ctrl+Z to undo.</source>
        <translation>«&#xa0;{title}&#xa0;» supprimé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Liste de présence</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presence</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Liste de présence écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation>evenements.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to the calendar file.</source>
        <translation>
            <numerusform>%n événement exporté dans le fichier agenda.</numerusform>
            <numerusform>%n événements exportés dans le fichier agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in another program, close it and try again; the previous file was left unchanged.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}. Si le fichier est ouvert dans un autre programme, fermez-le et réessayez&#xa0;; le fichier précédent est resté intact.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Partner status</source>
        <translation>Statut du partenaire</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Accord en vigueur</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Visites reçues</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Visites faites</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Type d’accord</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Version française</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Déplacement à {partner}</translation>
    </message>
    <message>
        <source>Visit from {partner}</source>
        <translation>Accueil de la délégation de {partner}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Objet&#xa0;: {purpose}</translation>
    </message>
    <message>
        <source>Transport: {transport}</source>
        <translation>Transport&#xa0;: {transport}</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Membres&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up action</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Échéance</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Retour</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)…</source>
        <translation>Rechercher dans le guide (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Twinning Desk — User guide</source>
        <translation>Twinning Desk — Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>This guide is not yet translated into your language; here it is in English.</source>
        <translation>Ce guide n’est pas encore traduit dans votre langue&#xa0;; le voici en anglais.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation>&amp;Annuler «&#xa0;{action}&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo “{action}”</source>
        <translation>&amp;Rétablir «&#xa0;{action}&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Undone: {fields}</source>
        <translation>Annulation&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Redone: {fields}</source>
        <translation>Rétablissement&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Modification&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>{record} — {what}</source>
        <translation>{record} — {what}</translation>
    </message>
    <message>
        <source>History: {name}</source>
        <translation>Historique&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when} (version {version}).</source>
        <translation>Dernière modification par {who} le {when} (version {version}).</translation>
    </message>
    <message>
        <source>No change recorded yet: the history starts with this version of Twinning Desk.</source>
        <translation>Aucune modification enregistrée pour l’instant&#xa0;: l’historique commence avec cette version de Twinning Desk.</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>E&amp;urope</source>
        <translation>&amp;Europe</translation>
    </message>
    <message>
        <source>&amp;World</source>
        <translation>&amp;Monde</translation>
    </message>
    <message>
        <source>E&amp;xport the map…</source>
        <translation>E&amp;xporter la carte…</translation>
    </message>
    <message>
        <source>Point at a partner for its name and distance; click it to open it. Wheel to zoom, drag to move.</source>
        <translation>Passez sur un partenaire pour voir son nom et sa distance&#xa0;; cliquez pour l’ouvrir. Molette pour zoomer, glisser pour déplacer.</translation>
    </message>
    <message>
        <source>&amp;Set the commune’s position…</source>
        <translation>&amp;Situer la commune…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Ties to look after</source>
        <translation>Liens à entretenir</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>L’année à venir</translation>
    </message>
    <message>
        <source>Where is {commune}? Set the commune’s position (search its name in the settings) to see your partners on the map, with their distances.</source>
        <translation>Où se trouve {commune}&#xa0;? Indiquez la position de la commune (cherchez son nom dans les réglages) pour voir vos partenaires sur la carte, avec leurs distances.</translation>
    </message>
    <message>
        <source>Set up the home commune and its position to see your partners on the map.</source>
        <translation>Indiquez votre commune et sa position pour voir vos partenaires sur la carte.</translation>
    </message>
    <message>
        <source>No partner yet: add them in the Partners tab.</source>
        <translation>Pas encore de partenaire&#xa0;: ajoutez-les dans l’onglet Partenaires.</translation>
    </message>
    <message>
        <source>last exchange {date}</source>
        <translation>dernier échange le {date}</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>aucun échange enregistré</translation>
    </message>
    <message>
        <source>Asleep: {partner}, {when}</source>
        <translation>En sommeil&#xa0;: {partner}, {when}</translation>
    </message>
    <message>
        <source>All the asleep partners…</source>
        <translation>Tous les partenaires en sommeil…</translation>
    </message>
    <message>
        <source>One-way: {partner}, visits received {received}, made {made} (last five years)</source>
        <translation>À sens unique&#xa0;: {partner}, visites reçues {received}, faites {made} (cinq dernières années)</translation>
    </message>
    <message>
        <source>Expired on {date}: {agreement} with {partner}</source>
        <translation>Expiré le {date}&#xa0;: {agreement} avec {partner}</translation>
    </message>
    <message>
        <source>Expires on {date}: {agreement} with {partner}</source>
        <translation>Expire le {date}&#xa0;: {agreement} avec {partner}</translation>
    </message>
    <message>
        <source>{years} years: {agreement} with {partner}, {when}</source>
        <translation>{years} ans&#xa0;: {agreement} avec {partner}, {when}</translation>
    </message>
    <message>
        <source>Nothing to look after: every tie is alive.</source>
        <translation>Rien à signaler&#xa0;: tous les liens sont vivants.</translation>
    </message>
    <message>
        <source>Mandat spécial to vote before {date} ({partner}): {names}</source>
        <translation>Mandat spécial à voter avant le {date} ({partner})&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Visit of {partner}</source>
        <translation>Accueil de {partner}</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Déplacement à {partner}</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}: {text}</source>
        <translation>Suite en retard depuis le {date}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Follow-up due {date}: {text}</source>
        <translation>Suite à donner pour le {date}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Subsidy report due {date}: {action} ({funder})</source>
        <translation>Compte rendu de subvention pour le {date}&#xa0;: {action} ({funder})</translation>
    </message>
    <message>
        <source>Nothing planned in the next twelve months.</source>
        <translation>Rien de prévu dans les douze prochains mois.</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>partners-map.pdf</source>
        <translation>carte-des-partenaires.pdf</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf);;PNG image (*.png)</source>
        <translation>PDF, A4 paysage (*.pdf);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Carte enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Map of the partners</source>
        <translation>Carte des partenaires</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Famille Martin</source>
        <translation>Famille Martin</translation>
    </message>
    <message>
        <source>does not host</source>
        <translation>n’héberge pas</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>ex.&#xa0;: allemand, polonais</translation>
    </message>
    <message>
        <source>Pets at home</source>
        <translation>Animaux à la maison</translation>
    </message>
    <message>
        <source>Smokers at home</source>
        <translation>Fumeurs à la maison</translation>
    </message>
    <message>
        <source>Step-free access (no stairs to the bedroom)</source>
        <translation>Accès sans marches (pas d’escalier jusqu’à la chambre)</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>végétarien, sans gluten…</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Beds for visitors</source>
        <translation>&amp;Lits pour les visiteurs</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>La&amp;ngues</translation>
    </message>
    <message>
        <source>&amp;Diets they can cook</source>
        <translation>&amp;Régimes possibles</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new partner</source>
        <translation>nouveau partenaire</translation>
    </message>
    <message>
        <source>agreement added</source>
        <translation>accord ajouté</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>doublon, ignoré</translation>
    </message>
    <message>
        <source>no name, left out</source>
        <translation>sans nom, écartée</translation>
    </message>
    <message>
        <source>coordinates from the file</source>
        <translation>coordonnées du fichier</translation>
    </message>
    <message>
        <source>organisation, not on the map</source>
        <translation>organisation, pas sur la carte</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>position inconnue</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Double-click to choose another place, a country or “not placed”.</source>
        <translation>Double-cliquez pour choisir un autre lieu, un pays ou «&#xa0;non placée&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ImportDoubts</name>
    <message>
        <source>{count} inhabitants</source>
        <translation>{count} hab.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised: choose it</source>
        <translation>pays «&#xa0;{value}&#xa0;» non reconnu&#xa0;: à choisir</translation>
    </message>
    <message>
        <source>{count} places fit; {place} was chosen</source>
        <translation>{count} lieux possibles&#xa0;; {place} a été choisi</translation>
    </message>
    <message>
        <source>added to the partner of row {row}</source>
        <translation>ajoutée au partenaire de la ligne {row}</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>position inconnue</translation>
    </message>
    <message>
        <source>wording “{value}” kept as an “other” agreement</source>
        <translation>intitulé «&#xa0;{value}&#xa0;» gardé comme accord «&#xa0;autre&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ImportPartnersDialog</name>
    <message>
        <source>Import partners from {file}</source>
        <translation>Importer des partenaires depuis {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Sheet of the workbook to import</source>
        <translation>Feuille du classeur à importer</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Lignes à vérifier</translation>
    </message>
    <message>
        <source>Duplicates and rows left out</source>
        <translation>Doublons et lignes écartées</translation>
    </message>
    <message>
        <source>&amp;Fix the row…</source>
        <translation>&amp;Corriger la ligne…</translation>
    </message>
    <message>
        <source>Agreement &amp;wordings…</source>
        <translation>&amp;Intitulés d’accords…</translation>
    </message>
    <message>
        <source>No column was recognised: found “{found}”; expected a town or partner name (“Ville”), and if you have them “Pays”, “Type d&apos;accord”, “Date de signature”.</source>
        <translation>Aucune colonne reconnue&#xa0;: trouvé «&#xa0;{found}&#xa0;»&#xa0;; attendu le nom de la ville ou du partenaire («&#xa0;Ville&#xa0;»), et si vous les avez «&#xa0;Pays&#xa0;», «&#xa0;Type d’accord&#xa0;», «&#xa0;Date de signature&#xa0;».</translation>
    </message>
    <message>
        <source>This sheet is empty: there is nothing to import.</source>
        <translation>Cette feuille est vide&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>Rows marked in yellow need a look: double-click one to fix it.</source>
        <translation>Les lignes en jaune méritent un coup d’œil&#xa0;: double-cliquez sur l’une d’elles pour la corriger.</translation>
    </message>
    <message>
        <source>Discard your corrections?</source>
        <translation>Abandonner vos corrections&#xa0;?</translation>
    </message>
    <message>
        <source>The rows you fixed in this preview are not imported yet. Close and lose the corrections?</source>
        <translation>Les lignes que vous avez corrigées dans cet aperçu ne sont pas encore importées. Fermer et perdre ces corrections&#xa0;?</translation>
    </message>
    <message>
        <source>Discard corrections</source>
        <translation>Abandonner les corrections</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Préparation de la liste des villes (une seule fois, environ 20 secondes)…</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>Rien n’a été importé. {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importation annulée&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Date signed, as written:</source>
        <translation>Date de signature, telle qu’écrite&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n new partner(s)</source>
        <translation>
            <numerusform>%n nouveau partenaire</numerusform>
            <numerusform>%n nouveaux partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed on the map</source>
        <translation>
            <numerusform>%n placé sur la carte</numerusform>
            <numerusform>%n placés sur la carte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a position</source>
        <translation>
            <numerusform>%n sans position</numerusform>
            <numerusform>%n sans position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n accord</numerusform>
            <numerusform>%n accords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a name left out</source>
        <translation>
            <numerusform>%n ligne sans nom écartée</numerusform>
            <numerusform>%n lignes sans nom écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden row(s) skipped</source>
        <translation>
            <numerusform>%n ligne masquée ignorée</numerusform>
            <numerusform>%n lignes masquées ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check (marked)</source>
        <translation>
            <numerusform>%n ligne à vérifier (signalée)</numerusform>
            <numerusform>%n lignes à vérifier (signalées)</numerusform>
        </translation>
    </message>
    <message>
        <source>{main}; {extras}</source>
        <translation>{main}&#xa0;; {extras}</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Importé&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>To import: {summary}.</source>
        <translation>À importer&#xa0;: {summary}.</translation>
    </message>
</context>
<context>
    <name>InvitedDialog</name>
    <message>
        <source>Invited participants</source>
        <translation>Participants invités</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(aucun partenaire)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nombre</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospecting</source>
        <translation>En prospection</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Charte de jumelage</translation>
    </message>
    <message>
        <source>Honorary twinning</source>
        <translation>Jumelage d’honneur</translation>
    </message>
    <message>
        <source>Exclusive twinning</source>
        <translation>Jumelage exclusif</translation>
    </message>
    <message>
        <source>Friendship and cooperation pact</source>
        <translation>Pacte d’amitié et de coopération</translation>
    </message>
    <message>
        <source>Decentralised cooperation agreement</source>
        <translation>Convention de coopération décentralisée</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Lettre d’intention</translation>
    </message>
    <message>
        <source>Project partnership</source>
        <translation>Partenariat de projet</translation>
    </message>
    <message>
        <source>Other agreement</source>
        <translation>Autre accord</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>Réception officielle</translation>
    </message>
    <message>
        <source>Twinning anniversary</source>
        <translation>Anniversaire de jumelage</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Échange scolaire</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Échange de jeunes</translation>
    </message>
    <message>
        <source>Sports meeting</source>
        <translation>Rencontre sportive</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Concert</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Market / stand</source>
        <translation>Marché / stand</translation>
    </message>
    <message>
        <source>Conference / workshop</source>
        <translation>Conférence / atelier</translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation>Assemblée générale</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Réunion du comité</translation>
    </message>
    <message>
        <source>Fundraising</source>
        <translation>Collecte de fonds</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Official mission</source>
        <translation>Mission officielle</translation>
    </message>
    <message>
        <source>Identification mission</source>
        <translation>Mission d’identification</translation>
    </message>
    <message>
        <source>Technical visit</source>
        <translation>Visite technique</translation>
    </message>
    <message>
        <source>Citizens&apos; trip</source>
        <translation>Voyage des habitants</translation>
    </message>
    <message>
        <source>Sports delegation</source>
        <translation>Délégation sportive</translation>
    </message>
    <message>
        <source>Cultural delegation</source>
        <translation>Délégation culturelle</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Élu(e)</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Membre du comité</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Habitant(e)</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Chauffeur</translation>
    </message>
    <message>
        <source>Chaperone</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Autocar</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Avion</translation>
    </message>
    <message>
        <source>Minibus</source>
        <translation>Minibus</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Effets ici</translation>
    </message>
    <message>
        <source>Visit received</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Visit made</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparée</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versée</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Soldée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>(anonymous person)</source>
        <translation>(personne anonymisée)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Délégations</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Demo commune — {file}</source>
        <translation>Commune de démonstration — {file}</translation>
    </message>
    <message>
        <source>READ-ONLY — {file}</source>
        <translation>LECTURE SEULE — {file}</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (lecture seule)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open the &amp;demo commune</source>
        <translation>Ouvrir la commune de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Save a &amp;copy of the database…</source>
        <translation>Enregistrer une &amp;copie de la base…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Import partners…</source>
        <translation>&amp;Importer des partenaires…</translation>
    </message>
    <message>
        <source>&amp;Export partners…</source>
        <translation>&amp;Exporter les partenaires…</translation>
    </message>
    <message>
        <source>&amp;Activity report of a year (PDF)…</source>
        <translation>&amp;Rapport d’activité d’une année (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d’annuler</translation>
    </message>
    <message>
        <source>The undo history was emptied: it held the personal data just erased.</source>
        <translation>L’historique d’annulation a été vidé&#xa0;: il contenait les données personnelles qui viennent d’être effacées.</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>Acc&amp;ueil</translation>
    </message>
    <message>
        <source>Shared database: {address}</source>
        <translation>Base partagée&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Se connecter à une base &amp;partagée…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>A shared database is restored on the server. A backup made here is a file: open it with File › Open database.</source>
        <translation>Une base partagée se restaure sur le serveur. Une sauvegarde faite ici est un fichier&#xa0;: ouvrez-la avec Fichier › Ouvrir une base.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>{commune} (demo)</source>
        <translation>{commune} (démo)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Help on this &amp;tab</source>
        <translation>Aide sur cet &amp;onglet</translation>
    </message>
    <message>
        <source>&amp;About Twinning Desk</source>
        <translation>À &amp;propos de Twinning Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>{path} already exists; it was opened instead of replaced.</source>
        <translation>{path} existe déjà&#xa0;; il a été ouvert au lieu d’être remplacé.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
    <message>
        <source>The undo history of the previous file was cleared.</source>
        <translation>L’historique d’annulation du fichier précédent a été effacé.</translation>
    </message>
    <message>
        <source>Connected to {database}</source>
        <translation>Connecté à {database}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup on opening saved.</source>
        <translation>Sauvegarde de l’ouverture enregistrée.</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>Fin de la sauvegarde…</translation>
    </message>
    <message>
        <source>Updated with changes made by others.</source>
        <translation>Mis à jour avec les modifications faites par d’autres.</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>Également connectés&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Demo commune opened.</source>
        <translation>Commune de démonstration ouverte.</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Sauvegarde enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Enregistrer une copie de la base</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copie enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace everything in {file} with the copy of {date}?

The current state is backed up first; you can restore it from the same list.</source>
        <translation>Remplacer tout le contenu de {file} par la copie du {date}&#xa0;?

L’état actuel est d’abord sauvegardé&#xa0;; vous pourrez le restaurer depuis la même liste.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Backup restored. The undo history was cleared.</source>
        <translation>Sauvegarde restaurée. L’historique d’annulation a été vidé.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>activity-report-{year}.pdf</source>
        <translation>rapport-activite-{year}.pdf</translation>
    </message>
    <message>
        <source>Activity report written: {path}</source>
        <translation>Rapport d’activité écrit&#xa0;: {path}</translation>
    </message>
    <message>
        <source>About Twinning Desk</source>
        <translation>À propos de Twinning Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of town-twinning committees: partners, events, delegations and budget, in one file on your computer, with no network needed.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;L’outil des comités de jumelage&#xa0;: partenaires, événements, délégations et budget, dans un seul fichier sur votre ordinateur, sans réseau.&lt;/p&gt;&lt;p&gt;Base&#xa0;: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Our partners — {commune}</source>
        <translation>Nos partenaires — {commune}</translation>
    </message>
    <message>
        <source>Our partners</source>
        <translation>Nos partenaires</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Made on {date} with Twinning Desk.</source>
        <translation>Établi le {date} avec Twinning Desk.</translation>
    </message>
    <message>
        <source>The home commune has no position yet: distances are not shown.</source>
        <translation>La commune n’a pas encore de position&#xa0;: les distances ne sont pas indiquées.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>No exchange recorded</source>
        <translation>Aucun échange enregistré</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>En prospection</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Notre commune</translation>
    </message>
    <message>
        <source>Outlines: Natural Earth (public domain). Distances as the crow flies.</source>
        <translation>Contours&#xa0;: Natural Earth (domaine public). Distances à vol d’oiseau.</translation>
    </message>
    <message>
        <source>tied with {names}, first by name</source>
        <translation>à égalité avec {names}, premier par ordre alphabétique</translation>
    </message>
    <message>
        <source>Farthest</source>
        <translation>Le plus lointain</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Le plus proche</translation>
    </message>
    <message>
        <source>Northernmost</source>
        <translation>Le plus au nord</translation>
    </message>
    <message>
        <source>Southernmost</source>
        <translation>Le plus au sud</translation>
    </message>
    <message>
        <source>Most populous</source>
        <translation>Le plus peuplé</translation>
    </message>
    <message>
        <source>Oldest agreement</source>
        <translation>L’accord le plus ancien</translation>
    </message>
    <message>
        <source>Newest agreement</source>
        <translation>L’accord le plus récent</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Continents</source>
        <translation>Continents</translation>
    </message>
    <message>
        <source>Trips in {year}, there and back</source>
        <translation>Déplacements {year}, aller et retour</translation>
    </message>
    <message>
        <source>Not placed on the map</source>
        <translation>Pas placés sur la carte</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Type a name to search the directory…</source>
        <translation>Tapez un nom pour chercher dans le répertoire…</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choisissez une personne</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <source>Invited from the partner town (a visitor)</source>
        <translation>Invité(e) de la ville partenaire (visiteur)</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation received</source>
        <translation>Autorisation parentale reçue</translation>
    </message>
    <message>
        <source>deliberation no., e.g. 2026-047</source>
        <translation>n° de délibération, ex. 2026-047</translation>
    </message>
    <message>
        <source>Mandat spécial (municipal council)</source>
        <translation>Mandat spécial (conseil municipal)</translation>
    </message>
    <message>
        <source>An elected member travels on a mandat spécial: a deliberation of the municipal council, voted before the departure, that names the mission. Without it the costs of the trip cannot be refunded (CGCT, article L2123-18). Write the deliberation&apos;s number and the day it was voted.</source>
        <translation>Un élu se déplace sur mandat spécial&#xa0;: une délibération du conseil municipal, votée avant le départ, qui désigne la mission. Sans elle, les frais du déplacement ne peuvent pas être remboursés (CGCT, article L2123-18). Indiquez le numéro de la délibération et la date du vote.</translation>
    </message>
    <message>
        <source>&amp;Deliberation</source>
        <translation>&amp;Délibération</translation>
    </message>
    <message>
        <source>&amp;Voted on</source>
        <translation>&amp;Votée le</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>végétarien, sans gluten…</translation>
    </message>
    <message>
        <source>allergy, treatment… (purged after the visit)</source>
        <translation>allergie, traitement… (effacé après la visite)</translation>
    </message>
    <message>
        <source>Cannot stay with pets</source>
        <translation>Ne peut pas loger avec des animaux</translation>
    </message>
    <message>
        <source>Needs a non-smoking home</source>
        <translation>Logement non-fumeur nécessaire</translation>
    </message>
    <message>
        <source>Needs step-free access</source>
        <translation>Accès sans marches nécessaire</translation>
    </message>
    <message>
        <source>same word for people who stay together</source>
        <translation>même mot pour les personnes logées ensemble</translation>
    </message>
    <message>
        <source>Hosting needs (sensitive)</source>
        <translation>Besoins d’hébergement (sensibles)</translation>
    </message>
    <message>
        <source>D&amp;iet</source>
        <translation>Ré&amp;gime</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Santé</translation>
    </message>
    <message>
        <source>Stays &amp;with</source>
        <translation>Loge a&amp;vec</translation>
    </message>
    <message>
        <source>&amp;Person *</source>
        <translation>&amp;Personne *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>a partner</source>
        <translation>un partenaire</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>un accord</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
    <message>
        <source>a document</source>
        <translation>un document</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>une action de suivi</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>une délégation</translation>
    </message>
    <message>
        <source>a delegation member</source>
        <translation>un membre de délégation</translation>
    </message>
    <message>
        <source>a host family assignment</source>
        <translation>un hébergement en famille</translation>
    </message>
    <message>
        <source>a programme item</source>
        <translation>une étape du programme</translation>
    </message>
    <message>
        <source>a mission report</source>
        <translation>un rapport de mission</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>a host family</source>
        <translation>une famille d’accueil</translation>
    </message>
    <message>
        <source>a budget line</source>
        <translation>une ligne de budget</translation>
    </message>
    <message>
        <source>a subsidy</source>
        <translation>une subvention</translation>
    </message>
    <message>
        <source>the commune’s details</source>
        <translation>la fiche de la commune</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>un enregistrement</translation>
    </message>
    <message>
        <source>Something this touches ({record}) was changed since, from another window or the command line. Nothing was written, so that change is not lost.</source>
        <translation>Un élément concerné ({record}) a été modifié depuis, dans une autre fenêtre ou en ligne de commande. Rien n’a été écrit, pour que cette modification ne soit pas perdue.</translation>
    </message>
    <message>
        <source>partner {name}</source>
        <translation>le partenaire {name}</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>les partenaires</translation>
    </message>
    <message>
        <source>event {name}</source>
        <translation>l’événement {name}</translation>
    </message>
    <message>
        <source>events</source>
        <translation>les événements</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>la délégation</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>les délégations</translation>
    </message>
    <message>
        <source>budget line {name}</source>
        <translation>la ligne de budget {name}</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>les lignes de budget</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>la subvention</translation>
    </message>
    <message>
        <source>subsidies</source>
        <translation>les subventions</translation>
    </message>
    <message>
        <source>mission report</source>
        <translation>le rapport de mission</translation>
    </message>
    <message>
        <source>mission reports</source>
        <translation>les rapports de mission</translation>
    </message>
    <message>
        <source>host family {name}</source>
        <translation>la famille d’accueil {name}</translation>
    </message>
    <message>
        <source>host families</source>
        <translation>les familles d’accueil</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>la personne {name}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>les personnes</translation>
    </message>
    <message>
        <source>delegation members</source>
        <translation>les membres de la délégation</translation>
    </message>
    <message>
        <source>host family assignments</source>
        <translation>les hébergements en famille</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>le programme</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>les actions de suivi</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>l’accord</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>les accords</translation>
    </message>
    <message>
        <source>contact {name}</source>
        <translation>le contact {name}</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>les contacts</translation>
    </message>
    <message>
        <source>document {name}</source>
        <translation>le document {name}</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>les documents</translation>
    </message>
    <message>
        <source>commune’s details</source>
        <translation>la fiche de la commune</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>les réglages</translation>
    </message>
    <message>
        <source>chart of accounts</source>
        <translation>le plan comptable</translation>
    </message>
    <message>
        <source>funders</source>
        <translation>les financeurs</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>les thèmes</translation>
    </message>
    <message>
        <source>local actors</source>
        <translation>les acteurs locaux</translation>
    </message>
    <message>
        <source>Create {what}</source>
        <translation>Créer {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Modifier {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Supprimer {what}</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this line? It is deleted when you save the partner.</source>
        <translation>Retirer cette ligne&#xa0;? Elle sera supprimée à l’enregistrement du partenaire.</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Partenaire&#xa0;: {name}</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>ex.&#xa0;: allemand, polonais</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>N&amp;ature</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;Pays *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Find the &amp;town</source>
        <translation>Trouver la &amp;ville</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>P&amp;opulation</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Autre thème…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Ajouter le &amp;thème</translation>
    </message>
    <message>
        <source>This partner has changes that are not saved. Close without saving them?</source>
        <translation>Ce partenaire a des modifications non enregistrées. Fermer sans les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>{status}, asleep</source>
        <translation>{status}, en sommeil</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>position inconnue</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>aucun échange enregistré</translation>
    </message>
    <message>
        <source>This town is not placed on the map yet: open it and find it by its name.</source>
        <translation>Cette ville n’est pas encore placée sur la carte&#xa0;: ouvrez-la et cherchez-la par son nom.</translation>
    </message>
    <message>
        <source>No event or delegation is recorded with this partner yet.</source>
        <translation>Aucun événement ni aucune délégation n’est encore enregistré avec ce partenaire.</translation>
    </message>
    <message>
        <source>Asleep: no exchange for more than {months} months.</source>
        <translation>En sommeil&#xa0;: aucun échange depuis plus de {months} mois.</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Delete partner {name}</source>
        <translation>Supprimer le partenaire {name}</translation>
    </message>
    <message>
        <source>Search a partner or a country…</source>
        <translation>Rechercher un partenaire ou un pays…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Asleep only</source>
        <translation>En sommeil seulement</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Nouveau partenaire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partenaire</numerusform>
            <numerusform>%n partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner matches this search.</source>
        <translation>Aucun partenaire ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>No partner yet. Click “New partner…” to add one, or “Import…” to read the list your committee already keeps (Excel or CSV).</source>
        <translation>Aucun partenaire pour l’instant. Cliquez sur «&#xa0;Nouveau partenaire…&#xa0;» pour en ajouter un, ou sur «&#xa0;Importer…&#xa0;» pour lire la liste que votre comité tient déjà (Excel ou CSV).</translation>
    </message>
    <message>
        <source>Partner saved.</source>
        <translation>Partenaire enregistré.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it.

Set its status to “Ended” instead; its history stays in your records.</source>
        <translation>{name} ne peut pas être supprimé&#xa0;: {events} événement(s) et {delegations} délégation(s) s’y rapportent.

Passez plutôt son statut à «&#xa0;Terminé&#xa0;»&#xa0;; son historique reste dans vos archives.</translation>
    </message>
    <message>
        <source>Delete {name} with its agreements, contacts and documents?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>Supprimer {name} avec ses accords, contacts et documents&#xa0;?

Vous pourrez annuler avec Édition › Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>{name} deleted. Ctrl+Z to undo.</source>
        <translation>{name} supprimé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Importer des partenaires</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Exporter les partenaires</translation>
    </message>
    <message>
        <source>partners.xlsx</source>
        <translation>partenaires.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Partenaires exportés dans {path}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>ex.&#xa0;: allemand, polonais</translation>
    </message>
    <message>
        <source>Minor (under 18): record the date of birth</source>
        <translation>Mineur(e) (moins de 18 ans)&#xa0;: noter la date de naissance</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(our commune)</source>
        <translation>(notre commune)</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Prénom *</translation>
    </message>
    <message>
        <source>&amp;Surname *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>La&amp;ngues</translation>
    </message>
    <message>
        <source>From &amp;partner town</source>
        <translation>De la ville &amp;partenaire</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Foyer</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <source>Type a town name, then pick it in the list</source>
        <translation>Tapez le nom d’une ville, puis choisissez-la dans la liste</translation>
    </message>
    <message>
        <source>Search a town</source>
        <translation>Rechercher une commune</translation>
    </message>
    <message>
        <source>Stop preparing</source>
        <translation>Arrêter la préparation</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once only, under a minute)…</source>
        <translation>Préparation de la liste des villes (une seule fois, moins d’une minute)…</translation>
    </message>
    <message>
        <source>The list of towns was not prepared; type the coordinates instead.</source>
        <translation>La liste des villes n’a pas été préparée&#xa0;; saisissez plutôt les coordonnées.</translation>
    </message>
    <message>
        <source>The list of towns is not available ({error}); type the coordinates.</source>
        <translation>La liste des villes n’est pas disponible ({error})&#xa0;; saisissez les coordonnées.</translation>
    </message>
    <message>
        <source>{name} — {where} — {population} inh.</source>
        <translation>{name} — {where} — {population}&#xa0;hab.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>e.g. {example}</source>
        <translation>ex.&#xa0;: {example}</translation>
    </message>
</context>
<context>
    <name>Printed</name>
    <message>
        <source>Attendance list</source>
        <translation>Liste de présence</translation>
    </message>
    <message>
        <source>Host town</source>
        <translation>Ville d’accueil</translation>
    </message>
    <message>
        <source>Invited town</source>
        <translation>Ville invitée</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Référence de la subvention</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>First name and SURNAME</source>
        <translation>Prénom et NOM</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Town hall of {commune}</source>
        <translation>Mairie de {commune}</translation>
    </message>
    <message>
        <source>Organised by: {committee}</source>
        <translation>Organisé par&#xa0;: {committee}</translation>
    </message>
    <message>
        <source>Certification by the organiser</source>
        <translation>Certification de l’organisateur</translation>
    </message>
    <message>
        <source>I, the undersigned, organiser of the activity, certify that this list is accurate and was signed by the participants present.</source>
        <translation>Je soussigné(e), organisateur de l’activité, certifie l’exactitude de la présente liste, signée par les participants présents.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Activity report {year}</source>
        <translation>Rapport d’activité {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Année {year}</translation>
    </message>
    <message>
        <source>Situation on {date}</source>
        <translation>Situation au {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>L’année en bref</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Accueils</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <source>Local participants</source>
        <translation>Participants locaux</translation>
    </message>
    <message>
        <source>Invited participants</source>
        <translation>Participants invités</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Par partenaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Committee events with no partner</source>
        <translation>Actions du comité sans partenaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The year’s accounts</source>
        <translation>Les comptes de l’année</translation>
    </message>
    <message>
        <source>Whole budget of the year</source>
        <translation>Ensemble du budget de l’exercice</translation>
    </message>
    <message>
        <source>of which linked to an event or a delegation</source>
        <translation>dont lié à un événement ou à une délégation</translation>
    </message>
    <message>
        <source>of which not linked to an action (running costs, annual subsidies, dues)</source>
        <translation>dont non lié à une action (fonctionnement, subventions annuelles, cotisations)</translation>
    </message>
    <message>
        <source>Result of the year (received less spent)</source>
        <translation>Résultat de l’exercice (recettes moins dépenses)</translation>
    </message>
    <message>
        <source>Actual amounts of the {year} budget, contributions in kind apart. The amounts per partner and per action below are those of the budget lines linked to each event or delegation that took place.</source>
        <translation>Montants réalisés du budget {year}, hors contributions en nature. Les montants par partenaire et par action ci-dessous sont ceux des lignes budgétaires liées à chaque événement ou délégation qui a eu lieu.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>le {day}</translation>
    </message>
    <message>
        <source>{when}, {commune} received a delegation from {partner} ({purpose}); participants: {count}.</source>
        <translation>{when}, {commune} a accueilli une délégation de {partner} ({purpose})&#xa0;; participants&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{when}, a delegation from {commune} travelled to {partner} ({purpose}); participants: {count}.</source>
        <translation>{when}, une délégation de {commune} s’est rendue à {partner} ({purpose})&#xa0;; participants&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}.</source>
        <translation>{when}, «&#xa0;{title}&#xa0;»{place}&#xa0;; participants&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}, of whom invited: {invited}.</source>
        <translation>{when}, «&#xa0;{title}&#xa0;»{place}&#xa0;; participants&#xa0;: {count}, dont invités&#xa0;: {invited}.</translation>
    </message>
    <message>
        <source>Results: {results}</source>
        <translation>Résultats&#xa0;: {results}</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>L’année à venir</translation>
    </message>
    <message>
        <source>What is planned or due from {start} to {end}.</source>
        <translation>Ce qui est prévu ou attendu du {start} au {end}.</translation>
    </message>
    <message>
        <source>Nothing planned yet for the next twelve months.</source>
        <translation>Rien n’est encore prévu pour les douze prochains mois.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Compte rendu à remettre</translation>
    </message>
    <message>
        <source>Delegation from {partner} received</source>
        <translation>Accueil d’une délégation de {partner}</translation>
    </message>
    <message>
        <source>Delegation travelling to {partner}</source>
        <translation>Déplacement d’une délégation à {partner}</translation>
    </message>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} ans du jumelage avec {partner}</translation>
    </message>
    <message>
        <source>Financial report to send: {what}</source>
        <translation>Compte rendu financier à remettre&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Where our partners are</source>
        <translation>Où sont nos partenaires</translation>
    </message>
    <message>
        <source>No event and no delegation this year.</source>
        <translation>Aucun événement ni aucune délégation cette année.</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Page {page} / {pages}</translation>
    </message>
    <message>
        <source>By signing, each participant certifies having taken part in the activity above.</source>
        <translation>Par sa signature, chaque participant atteste avoir pris part à l’activité ci-dessus.</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Familles d’accueil</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Famille d’accueil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Régime et santé</translation>
    </message>
    <message>
        <source>(no host yet)</source>
        <translation>(pas encore logé)</translation>
    </message>
    <message>
        <source>Contains health information: keep it safe and destroy it after the visit.</source>
        <translation>Contient des informations de santé&#xa0;: à conserver en lieu sûr et à détruire après la visite.</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Rapport de mission</translation>
    </message>
    <message>
        <source>Partner town</source>
        <translation>Ville partenaire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Objectives and link with the partnership</source>
        <translation>Objectifs et lien avec le jumelage</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>La délégation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>deliberation {number} of {date}</source>
        <translation>délibération n°&#xa0;{number} du {date}</translation>
    </message>
    <message>
        <source>Programme and people met</source>
        <translation>Programme et personnes rencontrées</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Retombées ici</translation>
    </message>
    <message>
        <source>Effects in the partner town</source>
        <translation>Retombées dans la ville partenaire</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Perspectives and next steps</source>
        <translation>Perspectives et prochaines étapes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Costs and financing</source>
        <translation>Coûts et financement</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisionnel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Mission allowances of the elected officials</source>
        <translation>Indemnités de mission des élus</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Taux journalier</translation>
    </message>
    <message>
        <source>Nights hosted free (−65 %)</source>
        <translation>Nuits offertes (−65&#xa0;%)</translation>
    </message>
    <message>
        <source>Meals offered (−17.5 %)</source>
        <translation>Repas offerts (−17,5&#xa0;%)</translation>
    </message>
    <message>
        <source>Hosting report</source>
        <translation>Compte rendu d’accueil</translation>
    </message>
    <message>
        <source>Delegation received from</source>
        <translation>Délégation reçue de</translation>
    </message>
    <message>
        <source>Objectives of the visit and link with the partnership</source>
        <translation>Objectifs de l’accueil et lien avec le jumelage</translation>
    </message>
    <message>
        <source>The delegation received</source>
        <translation>La délégation accueillie</translation>
    </message>
    <message>
        <source>Programme of the visit and people met</source>
        <translation>Programme de l’accueil et personnes rencontrées</translation>
    </message>
    <message>
        <source>no deliberation recorded</source>
        <translation>aucune délibération enregistrée</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Share of the partner town</source>
        <translation>Part de la ville partenaire</translation>
    </message>
    <message>
        <source>Participants’ contributions and other income</source>
        <translation>Participations des participants et autres produits</translation>
    </message>
    <message>
        <source>Mission allowance: {name}</source>
        <translation>Indemnité de mission&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Balance borne by the commune or the committee</source>
        <translation>Reste à la charge de la commune ou du comité</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total des charges</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total des produits</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Function: {function}</source>
        <translation>Fonction&#xa0;: {function}</translation>
    </message>
    <message>
        <source>Stamp of the town hall</source>
        <translation>Cachet de la mairie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No report has been saved for this delegation yet: the sections after this page are left blank, to be filled in by hand.</source>
        <translation>Aucun rapport n’a encore été enregistré pour cette délégation&#xa0;: les rubriques des pages suivantes sont laissées en blanc, à remplir à la main.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No budget line is linked to this delegation.</source>
        <translation>Aucune ligne budgétaire n’est liée à cette délégation.</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>Fait à {place}, le {date}</translation>
    </message>
    <message>
        <source>Template to fill in by hand</source>
        <translation>Modèle à remplir à la main</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme item</source>
        <translation>Point du programme</translation>
    </message>
    <message>
        <source>hh:mm, if any</source>
        <translation>hh:mm, le cas échéant</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;Activity *</source>
        <translation>&amp;Activité *</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>People &amp;met</source>
        <translation>Personnes &amp;rencontrées</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The file is open read-only: nothing can be changed in it. To make changes, open a copy you can write to, or close it where it is in use.</source>
        <translation>Le fichier est ouvert en lecture seule&#xa0;: rien ne peut y être modifié. Pour faire des changements, ouvrez une copie modifiable, ou fermez-le là où il est utilisé.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>This file is open read-only: changes cannot be saved.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report: {partner}, {date}</source>
        <translation>Rapport de mission&#xa0;: {partner}, {date}</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>Prochaines é&amp;tapes</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>I&amp;ndemnités</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Blank template…</source>
        <translation>&amp;Modèle vierge…</translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Close without saving them?</source>
        <translation>Ce rapport a des modifications non enregistrées. Fermer sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>Rés&amp;ultats</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Retombées &amp;ici</translation>
    </message>
    <message>
        <source>Effects &amp;there</source>
        <translation>Retombées &amp;là-bas</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Conclusions</translation>
    </message>
    <message>
        <source>&amp;Perspectives</source>
        <translation>P&amp;erspectives</translation>
    </message>
    <message>
        <source>&amp;Distribution list</source>
        <translation>Liste de di&amp;ffusion</translation>
    </message>
    <message>
        <source>Municipal council, committee members, the partner town hall…</source>
        <translation>Conseil municipal, membres du comité, mairie partenaire…</translation>
    </message>
    <message>
        <source>Each elected member&apos;s mission allowance: the days abroad times the daily flat rate (forfait), less a share for each night or meal given free by the hosts. The rate is the one the council voted; the total goes into the report&apos;s costs.</source>
        <translation>L’indemnité de mission de chaque élu&#xa0;: les jours à l’étranger multipliés par le forfait journalier, moins une part pour chaque nuit ou repas offert par les hôtes. Le taux est celui voté par le conseil&#xa0;; le total entre dans les coûts du rapport.</translation>
    </message>
    <message>
        <source>For each elected official travelling: days abroad × the daily rate set by the council, less 65 % of the rate for each night hosted free and 17.5 % for each meal offered by the partner. Double-click a cell to type.</source>
        <translation>Pour chaque élu en déplacement&#xa0;: jours à l’étranger × le taux journalier fixé par le conseil, moins 65&#xa0;% du taux par nuit offerte et 17,5&#xa0;% par repas offert par le partenaire. Double-cliquez une cellule pour la saisir.</translation>
    </message>
    <message>
        <source>Mayor, deputy mayor, chair of the committee…</source>
        <translation>Maire, adjoint(e), président(e) du comité…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Qualité</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>Fait &amp;à</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Fait &amp;le</translation>
    </message>
    <message>
        <source>Preview of the mission report</source>
        <translation>Aperçu du rapport de mission</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Enregistrer le rapport de mission</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>when the file was opened</source>
        <translation>à l’ouverture du fichier</translation>
    </message>
    <message>
        <source>when the app was closed</source>
        <translation>à la fermeture de l’application</translation>
    </message>
    <message>
        <source>saved by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>just before a restore</source>
        <translation>juste avant une restauration</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring replaces what the file holds now with the chosen copy. The current state is backed up first, so you can come back to it from this same list.</source>
        <translation>Restaurer remplace le contenu actuel du fichier par la copie choisie. L’état actuel est d’abord sauvegardé&#xa0;: vous pourrez y revenir depuis cette même liste.</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>Ce fichier n’a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>RowChoiceDialog</name>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Ligne {row}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14/07/1985, 1985 ou 2001-2002</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tel qu’écrit</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Signé le</translation>
    </message>
    <message>
        <source>Not placed (position unknown)</source>
        <translation>Non placée (position inconnue)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>L&amp;angue</translation>
    </message>
    <message>
        <source>Flag a partner as &amp;asleep after</source>
        <translation>Signaler un partenaire «&#xa0;en &amp;sommeil&#xa0;» après</translation>
    </message>
    <message>
        <source>The fiscal year &amp;starts in</source>
        <translation>L’e&amp;xercice commence en</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>&amp;Effacer maintenant…</translation>
    </message>
    <message>
        <source>Erase participants of visits older than</source>
        <translation>Effacer les participants des visites de plus de</translation>
    </message>
    <message>
        <source>Event types of the committee</source>
        <translation>Types d’événements du comité</translation>
    </message>
    <message>
        <source>e.g. Christmas market, choir tour…</source>
        <translation>p. ex. marché de Noël, tournée de la chorale…</translation>
    </message>
    <message>
        <source>The usual types (official reception, concert…) are built in; add your committee&apos;s own here.</source>
        <translation>Les types usuels (réception officielle, concert…) sont déjà prévus&#xa0;; ajoutez ici ceux de votre comité.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Chart of accounts (budget)</source>
        <translation>Plan comptable (budget)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Add a sub-account…</source>
        <translation>Ajouter un sous-compte…</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Notre commune</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Nobody took part only in visits older than {years} years.</source>
        <translation>Personne n’a participé uniquement à des visites de plus de {years} ans.</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n person(s) whose last visit ended more than {years} years ago? Counts of past visits stay true. This cannot be undone.</source>
        <translation>
            <numerusform>Effacer les données personnelles de %n personne dont la dernière visite date de plus de {years} ans&#xa0;? Les comptes des visites passées restent justes. Cette action est définitive.</numerusform>
            <numerusform>Effacer les données personnelles de %n personnes dont la dernière visite date de plus de {years} ans&#xa0;? Les comptes des visites passées restent justes. Cette action est définitive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n personne effacée.</numerusform>
            <numerusform>%n personnes effacées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Renommer le compte</translation>
    </message>
    <message>
        <source>Label of account {code}:</source>
        <translation>Libellé du compte {code}&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the account the new one belongs under.</source>
        <translation>Choisissez le compte sous lequel ranger le nouveau.</translation>
    </message>
    <message>
        <source>New sub-account</source>
        <translation>Nouveau sous-compte</translation>
    </message>
    <message>
        <source>Number of the new account under {parent}:</source>
        <translation>Numéro du nouveau compte sous {parent}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SubsidyDialog</name>
    <message>
        <source>Subsidy request</source>
        <translation>Demande de subvention</translation>
    </message>
    <message>
        <source>six months after the fiscal year, if empty</source>
        <translation>six mois après l’exercice, si vide</translation>
    </message>
    <message>
        <source>&amp;Funder *</source>
        <translation>&amp;Financeur *</translation>
    </message>
    <message>
        <source>&amp;Action financed *</source>
        <translation>&amp;Action financée *</translation>
    </message>
    <message>
        <source>Amount &amp;requested (€)</source>
        <translation>Montant &amp;demandé (€)</translation>
    </message>
    <message>
        <source>Amount &amp;granted (€)</source>
        <translation>&amp;Montant accordé (€)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Requested &amp;on</source>
        <translation>Demandée &amp;le</translation>
    </message>
    <message>
        <source>Financial report &amp;due</source>
        <translation>&amp;Compte rendu dû le</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>&amp;Référence</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
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
        <translation>jeunesse</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>scolaire</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>sport</translation>
    </message>
    <message>
        <source>heritage</source>
        <translation>patrimoine</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>économie</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>tourisme</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>solidarity</source>
        <translation>solidarité</translation>
    </message>
    <message>
        <source>local governance</source>
        <translation>gouvernance locale</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“{value}” no longer exists; today&apos;s country was chosen.</source>
        <translation>«&#xa0;{value}&#xa0;» n’existe plus&#xa0;; le pays actuel a été choisi.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>la valeur est hors limites.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised; taken from the place found.</source>
        <translation>pays «&#xa0;{value}&#xa0;» non reconnu&#xa0;; repris du lieu trouvé.</translation>
    </message>
    <message>
        <source>this agreement is already recorded.</source>
        <translation>cet accord est déjà enregistré.</translation>
    </message>
    <message>
        <source>same partner, agreement and date as an earlier row.</source>
        <translation>même partenaire, même accord et même date qu’une ligne précédente.</translation>
    </message>
    <message>
        <source>this file is not a spreadsheet or a CSV text.</source>
        <translation>ce fichier n’est ni un tableur ni un texte CSV.</translation>
    </message>
    <message>
        <source>near row {row}, a cell holds more than {limit} characters, or a quote is never closed.</source>
        <translation>vers la ligne {row}, une cellule contient plus de {limit} caractères, ou un guillemet n’est jamais fermé.</translation>
    </message>
    <message>
        <source>a cell of row {row} holds more than {limit} characters.</source>
        <translation>une cellule de la ligne {row} contient plus de {limit} caractères.</translation>
    </message>
    <message>
        <source>this workbook holds XML that points outside itself or expands without end: it is refused, as a hostile file would be.</source>
        <translation>ce classeur contient du XML qui pointe hors de lui-même ou se développe sans fin&#xa0;: il est refusé, comme le serait un fichier malveillant.</translation>
    </message>
    <message>
        <source>this workbook unpacks to more than {limit} MB (or {ratio} times its size): it is refused, as a damaged or hostile file would be.</source>
        <translation>ce classeur se décompresse en plus de {limit}&#xa0;Mo (ou {ratio} fois sa taille)&#xa0;: il est refusé, comme le serait un fichier abîmé ou malveillant.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB.</source>
        <translation>le fichier dépasse 200 Mo.</translation>
    </message>
    <message>
        <source>this file is not a readable Excel workbook.</source>
        <translation>ce fichier n’est pas un classeur Excel lisible.</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows, more than a committee’s list; split it.</source>
        <translation>la feuille a plus de {limit} lignes, bien plus qu’une liste de comité&#xa0;; découpez-la.</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns.</source>
        <translation>la ligne {row} a plus de {limit} colonnes.</translation>
    </message>
    <message>
        <source>old .xls files are not supported: save it as .xlsx or .csv in Excel.</source>
        <translation>les anciens fichiers .xls ne sont pas pris en charge&#xa0;: enregistrez-le en .xlsx ou .csv dans Excel.</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither.</source>
        <translation>indiquez la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>must be between -90 and 90 degrees.</source>
        <translation>la valeur doit être comprise entre -90 et 90 degrés.</translation>
    </message>
    <message>
        <source>must be between -180 and 180 degrees.</source>
        <translation>la valeur doit être comprise entre -180 et 180 degrés.</translation>
    </message>
    <message>
        <source>must be between 0 and 50,000,000.</source>
        <translation>la valeur doit être comprise entre 0 et 50&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>choose a country.</source>
        <translation>choisissez un pays.</translation>
    </message>
    <message>
        <source>must be between 1 and 600 months.</source>
        <translation>indiquez une durée de 1 à 600 mois.</translation>
    </message>
    <message>
        <source>must be a month from 1 to 12.</source>
        <translation>indiquez un mois de 1 à 12.</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB.</source>
        <translation>le logo dépasse 2 Mo.</translation>
    </message>
    <message>
        <source>the year {year} is not between {min} and {max}.</source>
        <translation>l’année {year} n’est pas comprise entre {min} et {max}.</translation>
    </message>
    <message>
        <source>{day:02d}/{month:02d}/{year} is not a real date.</source>
        <translation>le {day:02d}/{month:02d}/{year} n’existe pas.</translation>
    </message>
    <message>
        <source>the range {first}–{second} ends before it starts.</source>
        <translation>la période {first}–{second} se termine avant de commencer.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 14/07/1985, 1985 or 2001-2002.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;; écrivez 14/07/1985, 1985 ou 2001-2002.</translation>
    </message>
    <message>
        <source>needs a full date such as 14/07/2025.</source>
        <translation>il faut une date complète, comme 14/07/2025.</translation>
    </message>
    <message>
        <source>The demo fills an empty database only; this one already has partners.</source>
        <translation>La démonstration ne remplit qu’une base vide&#xa0;; celle-ci a déjà des partenaires.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
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
        <translation>Type d’accord</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Dormant after (months)</source>
        <translation>En sommeil après (mois)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Acteurs locaux</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Effets ici</translation>
    </message>
    <message>
        <source>Effects there</source>
        <translation>Effets là-bas</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisionnel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Tiers (payé ou payeur)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Start of the fiscal year</source>
        <translation>Début de l’exercice</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Diets offered</source>
        <translation>Régimes possibles</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Nuits offertes</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Repas offerts</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Taux journalier</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Health needs</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Stays with group</source>
        <translation>Loge avec le groupe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Référence de la subvention</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Famille d’accueil</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
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
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Fait à</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Ce partenaire n’existe plus.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Ce document n’existe plus.</translation>
    </message>
    <message>
        <source>unknown kind.</source>
        <translation>nature inconnue.</translation>
    </message>
    <message>
        <source>unknown status.</source>
        <translation>statut inconnu.</translation>
    </message>
    <message>
        <source>{name} is larger than 25 MB.</source>
        <translation>{name} dépasse 25 Mo.</translation>
    </message>
    <message>
        <source>unknown agreement type.</source>
        <translation>type d’accord inconnu.</translation>
    </message>
    <message>
        <source>is before the signature.</source>
        <translation>la date est antérieure à la signature.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une adresse de courriel.</translation>
    </message>
    <message>
        <source>a partner called “{name}” already exists in this country.</source>
        <translation>un partenaire nommé «&#xa0;{name}&#xa0;» existe déjà dans ce pays.</translation>
    </message>
    <message>
        <source>This partner cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it. Set its status to “Ended” instead.</source>
        <translation>Ce partenaire ne peut pas être supprimé&#xa0;: {events} événement(s) et {delegations} délégation(s) s’y rapportent. Passez plutôt son statut à «&#xa0;Terminé&#xa0;».</translation>
    </message>
    <message>
        <source>contains invisible control characters.</source>
        <translation>le texte contient des caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Cet événement n’existe plus.</translation>
    </message>
    <message>
        <source>choose a partner.</source>
        <translation>choisissez un partenaire.</translation>
    </message>
    <message>
        <source>choose a purpose.</source>
        <translation>choisissez un objet.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>is before the start.</source>
        <translation>la date est antérieure au début.</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} figure deux fois.</translation>
    </message>
    <message>
        <source>must be between 0 and {max}.</source>
        <translation>indiquez un nombre compris entre 0 et {max}.</translation>
    </message>
    <message>
        <source>is not a sensible amount.</source>
        <translation>ce montant n’est pas plausible.</translation>
    </message>
    <message>
        <source>{name} is a minor: tick the guardian&apos;s authorisation before marking the delegation ready.</source>
        <translation>{name} est mineur(e)&#xa0;; cochez l’autorisation parentale avant de marquer la délégation comme prête.</translation>
    </message>
    <message>
        <source>a chosen person no longer exists.</source>
        <translation>une personne choisie n’existe plus.</translation>
    </message>
    <message>
        <source>this household no longer exists.</source>
        <translation>ce foyer n’existe plus.</translation>
    </message>
    <message>
        <source>this event no longer exists.</source>
        <translation>cet événement n’existe plus.</translation>
    </message>
    <message>
        <source>{name} travels as an elected official but no mandat spécial (deliberation number and date) is recorded.</source>
        <translation>{name} voyage en tant qu’élu(e) mais aucun mandat spécial (numéro et date de délibération) n’est noté.</translation>
    </message>
    <message>
        <source>{name}: the mandat spécial of {date} must be voted before departure.</source>
        <translation>{name}&#xa0;: le mandat spécial du {date} doit être voté avant le départ.</translation>
    </message>
    <message>
        <source>{name} is a minor: the guardian&apos;s authorisation is missing.</source>
        <translation>{name} est mineur(e)&#xa0;: l’autorisation parentale manque.</translation>
    </message>
    <message>
        <source>This delegation no longer exists; the list is refreshed.</source>
        <translation>Cette délégation n’existe plus&#xa0;; la liste est actualisée.</translation>
    </message>
    <message>
        <source>{host} hosts more visitors than its {capacity} bed(s).</source>
        <translation>{host} loge plus de visiteurs que ses {capacity} lit(s).</translation>
    </message>
    <message>
        <source>{name} cannot stay with pets, and {host} has some.</source>
        <translation>{name} ne peut pas loger avec des animaux, et {host} en a.</translation>
    </message>
    <message>
        <source>{name} needs a non-smoking home; {host} smokes.</source>
        <translation>{name} a besoin d’un logement non-fumeur&#xa0;; on fume chez {host}.</translation>
    </message>
    <message>
        <source>{name} needs step-free access, which {host} does not offer.</source>
        <translation>{name} a besoin d’un accès sans marches, que {host} n’offre pas.</translation>
    </message>
    <message>
        <source>{host} does not offer the diet {name} needs.</source>
        <translation>{host} ne propose pas le régime dont {name} a besoin.</translation>
    </message>
    <message>
        <source>{name} and {host} have no language in common.</source>
        <translation>{name} et {host} n’ont aucune langue en commun.</translation>
    </message>
    <message>
        <source>{name} should stay with their group but is placed elsewhere.</source>
        <translation>{name} devrait loger avec son groupe mais est placé(e) ailleurs.</translation>
    </message>
    <message>
        <source>No host yet for: {names}.</source>
        <translation>Pas encore de famille pour&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>this delegation no longer exists.</source>
        <translation>cette délégation n’existe plus.</translation>
    </message>
    <message>
        <source>a chosen partner no longer exists.</source>
        <translation>un partenaire choisi n’existe plus.</translation>
    </message>
    <message>
        <source>is too long ({length} characters, at most {max}).</source>
        <translation>le texte est trop long ({length} caractères, {max} au plus).</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>indiquez un nombre entier.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount; write 1 234,50 or 12,5.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un montant&#xa0;; écrivez 1 234,50 ou 12,5.</translation>
    </message>
    <message>
        <source>has more than two decimals (cents).</source>
        <translation>le montant a plus de deux décimales (centimes).</translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation>Cette ligne de budget n’existe plus.</translation>
    </message>
    <message>
        <source>is not an amount.</source>
        <translation>ce n’est pas un montant.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>is larger than {max}; check the amount.</source>
        <translation>le montant dépasse {max}&#xa0;; vérifiez-le.</translation>
    </message>
    <message>
        <source>the fiscal year {year} does not exist.</source>
        <translation>l’exercice {year} n’existe pas.</translation>
    </message>
    <message>
        <source>the account {code} already exists.</source>
        <translation>le compte {code} existe déjà.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR, PLN or GBP.</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un code de devise comme EUR, PLN ou GBP.</translation>
    </message>
    <message>
        <source>give the amount in {currency} and the rate used.</source>
        <translation>indiquez le montant en {currency} et le taux utilisé.</translation>
    </message>
    <message>
        <source>choose a category of the chart of accounts.</source>
        <translation>choisissez une catégorie du plan comptable.</translation>
    </message>
    <message>
        <source>this record no longer exists.</source>
        <translation>cet enregistrement n’existe plus.</translation>
    </message>
    <message>
        <source>“{value}” could be read two ways (a decimal comma or a thousands separator) and nothing else in the file tells which: write it 1 500 or 1,50, or say which mark the file uses (--decimal-mark).</source>
        <translation>«&#xa0;{value}&#xa0;» peut se lire de deux façons (virgule décimale ou séparateur de milliers) et rien d’autre dans le fichier ne permet de trancher&#xa0;: écrivez 1 500 ou 1,50, ou indiquez le séparateur du fichier (--decimal-mark).</translation>
    </message>
    <message>
        <source>“{value}” is not an account of the chart (60 to 87).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un compte du plan comptable (60 à 87).</translation>
    </message>
    <message>
        <source>this category does not match the kind of line.</source>
        <translation>cette catégorie ne correspond pas au type de ligne.</translation>
    </message>
    <message>
        <source>This record no longer exists; the list is refreshed.</source>
        <translation>Cette fiche n’existe plus&#xa0;; la liste est actualisée.</translation>
    </message>
    <message>
        <source>is in the future.</source>
        <translation>cette date est dans le futur.</translation>
    </message>
    <message>
        <source>This person took part in {count} delegation(s); use “Erase personal data” to keep the counts true.</source>
        <translation>Cette personne a participé à {count} délégation(s)&#xa0;; utilisez «&#xa0;Effacer ses données personnelles&#xa0;» pour garder des comptes justes.</translation>
    </message>
    <message>
        <source>This household hosted {count} visitor(s); remove them from the hosting plans first.</source>
        <translation>Ce foyer a hébergé {count} visiteur(s)&#xa0;; retirez-les d’abord des plans d’hébergement.</translation>
    </message>
    <message>
        <source>must be between {min} and {max}.</source>
        <translation>indiquez un nombre compris entre {min} et {max}.</translation>
    </message>
    <message>
        <source>“{value}” is not a time (hh:mm).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une heure (hh:mm).</translation>
    </message>
    <message>
        <source>choose a person from the directory, or create one.</source>
        <translation>choisissez une personne du répertoire, ou créez-la.</translation>
    </message>
    <message>
        <source>is not one of the delegation’s days ({first} to {last}).</source>
        <translation>ce jour n’est pas l’un des jours de la délégation (du {first} au {last}).</translation>
    </message>
</context>
<context>
    <name>WordingsDialog</name>
    <message>
        <source>Agreement wordings</source>
        <translation>Intitulés d’accords</translation>
    </message>
    <message>
        <source>These wordings match no agreement type. Choose what each one means; the choice applies to all its rows and is remembered for the next import.</source>
        <translation>Ces intitulés ne correspondent à aucun type d’accord. Choisissez ce que chacun veut dire&#xa0;; le choix vaut pour toutes ses lignes et sera retenu pour le prochain import.</translation>
    </message>
    <message>
        <source>Keep as written (other)</source>
        <translation>Garder tel qu’écrit (autre)</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Par action</translation>
    </message>
    <message>
        <source>Forecast budget</source>
        <translation>Budget prévisionnel</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Compte rendu financier</translation>
    </message>
    <message>
        <source>Budget {year}</source>
        <translation>Budget {year}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévisionnel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% réalisé</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Contributions volontaires en nature</translation>
    </message>
    <message>
        <source>Contributions in kind: 87 − 86 (must be zero)</source>
        <translation>Contributions en nature&#xa0;: 87 − 86 (doit être nul)</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total des charges</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total des produits</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Result of the year (income − expenses)</source>
        <translation>Résultat de l’exercice (produits − charges)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Tiers (payé ou payeur)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <source>Trip to {partner}, {date}</source>
        <translation>Déplacement à {partner}, {date}</translation>
    </message>
    <message>
        <source>Visit of {partner}, {date}</source>
        <translation>Accueil de {partner}, {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Forecast budget of the action</source>
        <translation>Budget prévisionnel de l’action</translation>
    </message>
    <message>
        <source>Laid out as the budget table of Cerfa form 12156</source>
        <translation>Présenté selon le tableau budgétaire du formulaire Cerfa n°&#xa0;12156</translation>
    </message>
    <message>
        <source>Financial report of the action</source>
        <translation>Compte rendu financier de l’action</translation>
    </message>
    <message>
        <source>Laid out as the summary table of Cerfa form 15059</source>
        <translation>Présenté selon le tableau de synthèse du formulaire Cerfa n°&#xa0;15059</translation>
    </message>
    <message>
        <source>Association: {name}</source>
        <translation>Association&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Action&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Action: all the actions of the year (budget of the association)</source>
        <translation>Action&#xa0;: ensemble des actions de l’exercice (budget de l’association)</translation>
    </message>
    <message>
        <source>Fiscal year: {year}</source>
        <translation>Exercice&#xa0;: {year}</translation>
    </message>
    <message>
        <source>Fiscal year: {year}, from {start} to {end}</source>
        <translation>Exercice&#xa0;: {year}, du {start} au {end}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>State: ministries, directorates or decentralised services</source>
        <translation>État&#xa0;: ministère(s), direction(s) ou service(s) déconcentré(s)</translation>
    </message>
    <message>
        <source>Region(s)</source>
        <translation>Région(s)</translation>
    </message>
    <message>
        <source>Département(s)</source>
        <translation>Département(s)</translation>
    </message>
    <message>
        <source>Intercommunality: EPCI</source>
        <translation>Intercommunalité(s)&#xa0;: EPCI</translation>
    </message>
    <message>
        <source>Commune(s)</source>
        <translation>Commune(s)</translation>
    </message>
    <message>
        <source>European funds (ESF, ERDF, CERV…)</source>
        <translation>Fonds européens (FSE, FEDER, CERV…)</translation>
    </message>
    <message>
        <source>Agence de services et de paiement (ASP, subsidised jobs)</source>
        <translation>L’agence de services et de paiement (ASP, emplois aidés)</translation>
    </message>
    <message>
        <source>Other public bodies, private funders</source>
        <translation>Autres établissements publics, aides privées</translation>
    </message>
    <message>
        <source>ministry not named</source>
        <translation>ministère non précisé</translation>
    </message>
    <message>
        <source>funder not named</source>
        <translation>financeur non précisé</translation>
    </message>
    <message>
        <source>of which membership dues</source>
        <translation>dont cotisations</translation>
    </message>
    <message>
        <source>of which donations</source>
        <translation>dont dons</translation>
    </message>
    <message>
        <source>of which {account}</source>
        <translation>dont {account}</translation>
    </message>
    <message>
        <source>Rounding to whole euros</source>
        <translation>Écart d’arrondi à l’euro</translation>
    </message>
    <message>
        <source>Forecast surplus (profit)</source>
        <translation>Excédent prévisionnel (bénéfice)</translation>
    </message>
    <message>
        <source>Forecast shortfall (loss)</source>
        <translation>Insuffisance prévisionnelle (déficit)</translation>
    </message>
    <message>
        <source>Surplus (profit)</source>
        <translation>Excédent (bénéfice)</translation>
    </message>
    <message>
        <source>Shortfall (loss)</source>
        <translation>Insuffisance (déficit)</translation>
    </message>
    <message>
        <source>Explanation of the significant variances between forecast and actual</source>
        <translation>Explication des écarts significatifs entre le budget prévisionnel et la réalisation</translation>
    </message>
    <message>
        <source>Lines whose actual amount differs from the forecast by {percent} or more, or that were not planned: explain each one on its right.</source>
        <translation>Lignes dont la réalisation s’écarte de la prévision d’au moins {percent}, ou qui n’étaient pas prévues&#xa0;: expliquer chacune sur sa droite.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>No significant variance.</source>
        <translation>Aucun écart significatif.</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>Amount in currency</source>
        <translation>Montant en devise</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Expenses forecast</source>
        <translation>Charges prévues</translation>
    </message>
    <message>
        <source>Expenses actual</source>
        <translation>Charges réalisées</translation>
    </message>
    <message>
        <source>Income forecast</source>
        <translation>Produits prévus</translation>
    </message>
    <message>
        <source>Income actual</source>
        <translation>Produits réalisés</translation>
    </message>
    <message>
        <source>Balance (actual)</source>
        <translation>Solde (réalisé)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>_CommunePage</name>
    <message>
        <source>Your commune</source>
        <translation>Votre commune</translation>
    </message>
    <message>
        <source>Type its name in “Find the commune” and pick it, or type the coordinates.</source>
        <translation>Tapez son nom dans «&#xa0;Trouver la commune&#xa0;» et choisissez-la, ou saisissez les coordonnées.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Twinning Desk</source>
        <translation>Bienvenue dans Twinning Desk</translation>
    </message>
    <message>
        <source>Twinning Desk keeps your committee&apos;s partners, events, delegations and budget in one file on this computer; no Internet connection is needed.

First, tell us which commune the committee belongs to. Its name and logo head your reports, and its position gives the distance to each partner. Click Next to start.</source>
        <translation>Twinning Desk garde les partenaires, les événements, les délégations et le budget de votre comité dans un seul fichier sur cet ordinateur&#xa0;; aucune connexion à Internet n’est nécessaire.

Dites-nous d’abord à quelle commune le comité appartient. Son nom et son logo figurent en tête de vos documents, et sa position donne la distance de chaque partenaire. Cliquez sur Suivant pour commencer.</translation>
    </message>
    <message>
        <source>Just looking? Open a demo commune, filled with partners, events, visits and a budget. It has its own file: your committee&apos;s file stays empty, and you can come back to it, or to the demo (File menu), at any time.</source>
        <translation>Juste pour voir&#xa0;? Ouvrez une commune de démonstration, remplie de partenaires, d’événements, de visites et d’un budget. Elle a son propre fichier&#xa0;: celui de votre comité reste vide, et vous pouvez y revenir, ou revenir à la démo (menu Fichier), à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Try with the demo</source>
        <translation>&amp;Essayer avec la démo</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>This computer has no password store (keyring) the app can use: the password was not kept and will be asked at the next connection.</source>
        <translation>Cet ordinateur n’a pas de trousseau de mots de passe utilisable&#xa0;: le mot de passe n’a pas été conservé et sera demandé à la prochaine connexion.</translation>
    </message>
</context>
</TS>
