<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../twinning_desk/app.py" line="36"/>
        <source>App</source>
        <comment>Cannot open the database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/app.py" line="40"/>
        <source>App</source>
        <comment>Choose another file…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/app.py" line="42"/>
        <source>App</source>
        <comment>Quit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/app.py" line="47"/>
        <source>App</source>
        <comment>Open a database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="114"/>
        <source>Cli</source>
        <comment>Interrupted; nothing more was written.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="119"/>
        <source>Cli</source>
        <comment>Unexpected error: {error}. Details: {log}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="174"/>
        <source>Cli</source>
        <comment>Home commune set: {name} ({country}) in {path}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="186"/>
        <source>Cli</source>
        <comment>Demo commune created in {path}: {count} partners.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="200"/>
        <source>Cli</source>
        <comment>Error: no column for {fields} in {file}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="208"/>
        <source>Cli</source>
        <comment>row {row}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="211"/>
        <source>Cli</source>
        <comment>{new} new partners, {agreements} agreements, {dup} duplicates, {err} errors</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="219"/>
        <source>Cli</source>
        <comment>Dry run, nothing written: {summary}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="223"/>
        <source>Cli</source>
        <comment>Imported: {summary}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="281"/>
        <source>Cli</source>
        <comment>Error: the file name must end in .xlsx or .csv.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/cli.py" line="290"/>
        <source>Cli</source>
        <comment>Partners exported to {path}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/crash.py" line="20"/>
        <source>Crash</source>
        <comment>Unexpected error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../twinning_desk/ui/crash.py" line="22"/>
        <source>Crash</source>
        <comment>Something went wrong, but your data is safe: every change already saved stays saved.

{error}</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/crash.py" line="28"/>
        <source>Crash</source>
        <comment>The details were written to {log}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/crash.py" line="31"/>
        <source>Crash</source>
        <comment>Copy details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="70"/>
        <source>ImportDialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="141"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="72"/>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="401"/>
        <location filename="../twinning_desk/ui/partners_tab.py" line="82"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="413"/>
        <source>PartnerDialog</source>
        <comment>yes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="413"/>
        <source>PartnerDialog</source>
        <comment>no</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="435"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="41"/>
        <source>PartnersTab</source>
        <comment>Delete partner {name}</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="92"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="96"/>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="101"/>
        <source>dd/mm/yyyy, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="103"/>
        <source>A French version of the agreement exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="108"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="109"/>
        <source>&amp;Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="110"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="111"/>
        <source>Si&amp;gnatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="112"/>
        <source>&amp;Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="113"/>
        <source>&amp;Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="115"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../twinning_desk/app.py" line="99"/>
        <source>You can set up your commune later in Edit › Settings; distances to partners are shown once its position is known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="18"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="19"/>
        <source>External services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="20"/>
        <source>Other external services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="21"/>
        <source>Travel, missions and receptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="22"/>
        <source>Advertising, publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="23"/>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="24"/>
        <source>Staff costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="25"/>
        <source>Other current management costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="26"/>
        <source>Financial costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="27"/>
        <source>Exceptional costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="28"/>
        <source>Depreciation and provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="29"/>
        <source>Sales, services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="30"/>
        <source>Operating subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="31"/>
        <source>Subsidy: State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="32"/>
        <source>Subsidy: Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="33"/>
        <source>Subsidy: Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="34"/>
        <source>Subsidy: Intercommunality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="35"/>
        <source>Subsidy: Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="36"/>
        <source>Subsidy: European funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="37"/>
        <source>Subsidy: other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="38"/>
        <source>Other current management income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="39"/>
        <source>Membership dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="40"/>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="41"/>
        <source>Financial income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="42"/>
        <source>Exceptional income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="43"/>
        <source>Write-backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="44"/>
        <source>Use of voluntary contributions in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/budget_chart.py" line="45"/>
        <source>Voluntary contributions in kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="64"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="65"/>
        <location filename="../twinning_desk/ui/models/partners.py" line="47"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="66"/>
        <location filename="../twinning_desk/ui/models/partners.py" line="50"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="69"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="74"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="400"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="405"/>
        <location filename="../twinning_desk/ui/models/partners.py" line="67"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="408"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="411"/>
        <source>French version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="423"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="424"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="425"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="426"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="474"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="475"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/models/partners.py" line="55"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/models/partners.py" line="60"/>
        <source>Current agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/models/partners.py" line="72"/>
        <source>Distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/models/partners.py" line="78"/>
        <source>Last exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../twinning_desk/ui/common.py" line="27"/>
        <source>Twinning Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneForm</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="45"/>
        <source>e.g. Saint-Aubin-des-Vignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="55"/>
        <source>e.g. Comité de jumelage de …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="56"/>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="62"/>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="129"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="60"/>
        <source>Choose a &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="82"/>
        <source>Commune &amp;name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="83"/>
        <source>&amp;Country *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="84"/>
        <source>Find the commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="85"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="86"/>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="87"/>
        <source>&amp;Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="88"/>
        <source>Co&amp;mmittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="89"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="136"/>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="136"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="148"/>
        <source>This file is not an image of at most 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneWizard</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="240"/>
        <source>Set up Twinning Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="165"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="171"/>
        <source>mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="172"/>
        <source>committee chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="173"/>
        <source>interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="174"/>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="175"/>
        <source>town hall staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="187"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="188"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="189"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="190"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="191"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="192"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatesEdit</name>
    <message>
        <location filename="../twinning_desk/ui/widgets/fields.py" line="82"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/widgets/fields.py" line="84"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../twinning_desk/ui/widgets/fields.py" line="27"/>
        <source>Choose a country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../twinning_desk/db/database.py" line="132"/>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/db/database.py" line="140"/>
        <source>{path} is not a Twinning Desk database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/db/database.py" line="165"/>
        <source>{path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/db/database.py" line="173"/>
        <source>{path} is an SQLite file from another application, not a Twinning Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/db/database.py" line="184"/>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../twinning_desk/export/atomic.py" line="27"/>
        <source>Cannot write {path}: {reason}. If the file is open in another program, close it and try again; the previous file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="22"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="23"/>
        <location filename="../twinning_desk/export/partners.py" line="36"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="25"/>
        <source>Current agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="26"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="27"/>
        <source>Distance (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="28"/>
        <source>Last exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="29"/>
        <source>Visits received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="30"/>
        <source>Visits made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="31"/>
        <source>Asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="35"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="37"/>
        <source>Agreement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="38"/>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="39"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="40"/>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="41"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="42"/>
        <source>French version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="43"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="44"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="55"/>
        <location filename="../twinning_desk/export/partners.py" line="84"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="55"/>
        <location filename="../twinning_desk/export/partners.py" line="84"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="74"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/export/partners.py" line="101"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="32"/>
        <source>new partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="33"/>
        <source>agreement added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="34"/>
        <source>duplicate, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="35"/>
        <source>error, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="217"/>
        <source>{new} partners and {agreements} agreements imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPartnersDialog</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="58"/>
        <source>Import partners from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="59"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="87"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="88"/>
        <source>Errors and duplicates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="91"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="126"/>
        <source>Nothing was imported. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="130"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="144"/>
        <source>No column was found for: {fields}. The first row must hold headers such as “Ville”, “Pays”, “Type d&apos;accord”, “Date de signature”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="154"/>
        <source>{new} new partners, {agreements} agreements to add, {dup} duplicates and {err} errors (skipped). Check the rows, then click Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="185"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/import_partners.py" line="200"/>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="62"/>
        <source>Prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="63"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="64"/>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="65"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="68"/>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="69"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="70"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="73"/>
        <source>Twinning charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="74"/>
        <source>Honorary twinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="75"/>
        <source>Exclusive twinning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="76"/>
        <source>Friendship and cooperation pact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="77"/>
        <source>Decentralised cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="78"/>
        <source>Letter of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="79"/>
        <source>Project partnership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="87"/>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="90"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="92"/>
        <source>The calendar of exchanges comes in the next version. This file already holds {n} event(s); they count in the partners&apos; last exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="96"/>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="100"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="102"/>
        <source>Visits received and made, their members and host families come in the next version. This file already holds {n} delegation(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="106"/>
        <source>&amp;Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="110"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="112"/>
        <source>Forecast and actual by category, and the treasurer&apos;s Excel workbook, come in the next version. This file already holds {n} budget line(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="116"/>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="122"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="141"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="145"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="148"/>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="151"/>
        <source>&amp;Import partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="152"/>
        <source>&amp;Export partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="155"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="158"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="159"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="161"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="167"/>
        <source>&amp;New partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="170"/>
        <source>&amp;Edit partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="174"/>
        <source>&amp;Delete partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="178"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="181"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="184"/>
        <source>&amp;About Twinning Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="185"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="215"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="219"/>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="227"/>
        <location filename="../twinning_desk/ui/main_window.py" line="239"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="240"/>
        <source>{path} already exists; it was opened instead of replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="253"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="266"/>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="293"/>
        <source>About Twinning Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/main_window.py" line="295"/>
        <source>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of town-twinning committees: partners, events, delegations and budget, in one file on your computer, with no network needed.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="253"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="254"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="255"/>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="489"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="292"/>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="296"/>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="568"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="293"/>
        <source>Remove this line? It is deleted when you save the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="317"/>
        <source>Partner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="319"/>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="322"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="323"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="324"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="325"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="326"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="368"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="369"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="370"/>
        <source>&amp;Country *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="371"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="372"/>
        <source>Find the &amp;town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="373"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="374"/>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="375"/>
        <source>&amp;Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="376"/>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="377"/>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="378"/>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="379"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="441"/>
        <source>Another theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="442"/>
        <source>Add &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="485"/>
        <source>Attach a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="487"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="497"/>
        <source>Scans of signed agreements, photos and posters are kept inside the database file, so a backup keeps them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="511"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="564"/>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="565"/>
        <source>Remove {name}? It is deleted when you save the partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../twinning_desk/ui/models/partners.py" line="38"/>
        <source>{status}, asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/models/partners.py" line="122"/>
        <source>Asleep: no exchange for more than {months} months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="77"/>
        <source>Search a partner or a country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="80"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="83"/>
        <source>Asleep only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="84"/>
        <source>&amp;New partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="85"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="86"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="87"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="88"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../twinning_desk/ui/partners_tab.py" line="179"/>
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="212"/>
        <location filename="../twinning_desk/ui/partners_tab.py" line="226"/>
        <source>Partner saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="238"/>
        <location filename="../twinning_desk/ui/partners_tab.py" line="250"/>
        <source>Delete partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="240"/>
        <source>{name} cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it.

Set its status to “Ended” instead; its history stays in your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="252"/>
        <source>Delete {name} with its agreements, contacts and documents?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="255"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="263"/>
        <source>{name} deleted. Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="268"/>
        <source>Import partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="270"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="279"/>
        <source>Import finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="286"/>
        <source>Export partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="287"/>
        <source>partners.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="288"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/partners_tab.py" line="311"/>
        <source>Partners exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <location filename="../twinning_desk/ui/widgets/place_search.py" line="37"/>
        <source>Type a town name, then pick it in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/widgets/place_search.py" line="58"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/widgets/place_search.py" line="84"/>
        <source>Preparing the list of towns (once only, under a minute)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/widgets/place_search.py" line="109"/>
        <source>The list of towns was not prepared; type the coordinates instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/widgets/place_search.py" line="117"/>
        <source>The list of towns is not available ({error}); type the coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/widgets/place_search.py" line="141"/>
        <source>{name} — {country} ({population} inh.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/settings.py" line="31"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/settings.py" line="33"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/settings.py" line="41"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/settings.py" line="43"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/settings.py" line="45"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/settings.py" line="46"/>
        <source>Flag a partner as &amp;asleep after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/settings.py" line="47"/>
        <source>Home commune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="83"/>
        <source>culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="84"/>
        <source>youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="85"/>
        <source>schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="86"/>
        <source>sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="87"/>
        <source>heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="88"/>
        <source>economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="89"/>
        <source>tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="90"/>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="91"/>
        <source>solidarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="92"/>
        <source>local governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="93"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../twinning_desk/imports/partners.py" line="146"/>
        <source>“{value}” is not a known agreement type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/partners.py" line="159"/>
        <location filename="../twinning_desk/ui/widgets/fields.py" line="51"/>
        <source>“{value}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/partners.py" line="200"/>
        <source>“{value}” is not a known country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/partners.py" line="239"/>
        <source>this agreement is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/partners.py" line="241"/>
        <source>same partner, agreement and date as an earlier row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/table.py" line="43"/>
        <source>this file is not a spreadsheet or a CSV text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/table.py" line="69"/>
        <source>this file is not a readable Excel workbook ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/table.py" line="120"/>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/table.py" line="123"/>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/table.py" line="126"/>
        <source>the file is larger than 200 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/table.py" line="134"/>
        <source>this file is not a readable Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/imports/table.py" line="139"/>
        <source>old .xls files are not supported: save it as .xlsx or .csv in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/commune.py" line="40"/>
        <source>give both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/commune.py" line="44"/>
        <source>must be between -90 and 90 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/commune.py" line="48"/>
        <source>must be between -180 and 180 degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/commune.py" line="55"/>
        <source>must be between 0 and 50,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/commune.py" line="61"/>
        <source>choose a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/commune.py" line="101"/>
        <source>must be between 1 and 600 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/commune.py" line="105"/>
        <source>the logo is larger than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/dates.py" line="75"/>
        <source>the year {year} is not between {min} and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/dates.py" line="89"/>
        <source>{day:02d}/{month:02d}/{year} is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/dates.py" line="132"/>
        <source>the range {first}–{second} ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/dates.py" line="154"/>
        <source>“{value}” is not a date; write 14/07/1985, 1985 or 2001-2002.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/dates.py" line="169"/>
        <source>needs a full date such as 14/07/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/demo.py" line="199"/>
        <source>The demo fills an empty database only; this one already has partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="19"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="20"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="21"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="22"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="23"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="24"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="25"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="26"/>
        <source>Agreement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="27"/>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="28"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="29"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="30"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="31"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="32"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="33"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="34"/>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="35"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="36"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="37"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="38"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="39"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="40"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="41"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="42"/>
        <source>Dormant after (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="43"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/errors.py" line="44"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="245"/>
        <source>This partner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="505"/>
        <source>This document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="530"/>
        <source>unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="535"/>
        <source>unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="548"/>
        <location filename="../twinning_desk/ui/dialogs/partner_dialog.py" line="520"/>
        <source>{name} is larger than 25 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="578"/>
        <source>unknown agreement type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="588"/>
        <source>is before the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="608"/>
        <source>“{value}” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="632"/>
        <source>a partner called “{name}” already exists in this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/partners.py" line="799"/>
        <source>This partner cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it. Set its status to “Ended” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/text.py" line="67"/>
        <source>contains invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/text.py" line="71"/>
        <source>is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/services/text.py" line="76"/>
        <source>is too long ({length} characters, at most {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/widgets/fields.py" line="61"/>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CommunePage</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="222"/>
        <source>Your commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="224"/>
        <source>Type its name in “Find the commune” and pick it, or type the coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="199"/>
        <source>Welcome to Twinning Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="202"/>
        <source>Twinning Desk keeps your committee&apos;s partners, events, delegations and budget in one file on this computer; no Internet connection is needed.

First, tell us which commune the committee belongs to. Its name and logo head your reports, and its position gives the distance to each partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../twinning_desk/ui/dialogs/commune.py" line="209"/>
        <source>Just try it: fill the app with a demo commune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
