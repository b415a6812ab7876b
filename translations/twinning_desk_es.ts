<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>as the committee calls it, if not the type</source>
        <translation>como lo llama el comité, si no es el tipo</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14/07/1985, 1985 o 2001-2002</translation>
    </message>
    <message>
        <source>A French version of the agreement exists</source>
        <translation>Existe una versión francesa del acuerdo</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Denominación</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Firmado el</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Si&amp;gnatories</source>
        <translation>Fir&amp;mantes</translation>
    </message>
    <message>
        <source>&amp;Expiry</source>
        <translation>&amp;Vencimiento</translation>
    </message>
    <message>
        <source>&amp;Renewal</source>
        <translation>&amp;Renovación</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Read-only file</source>
        <translation>Archivo de solo lectura</translation>
    </message>
    <message>
        <source>{path} cannot be written to, so it opens read-only.</source>
        <translation>No se puede escribir en {path}, así que se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation>Restaurar la última copia de seguridad sana</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No sound backup of this file was found.</source>
        <translation>No se ha encontrado ninguna copia de seguridad sana de este archivo.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The copy of {date} was restored. The damaged file was kept beside it, renamed.</source>
        <translation>Se ha restaurado la copia del {date}. El archivo dañado se ha conservado al lado, con otro nombre.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>The file used last time, {last}, cannot be found (a USB stick or network folder that is not connected?). Opening {default} instead; use File › Open database once the file is back.</source>
        <translation>No se encuentra el archivo usado la última vez, {last} (¿una memoria USB o una carpeta de red no conectada?). Se abre {default} en su lugar; use Archivo › Abrir base de datos cuando el archivo vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>You can set up your commune later in Edit › Settings; distances to partners are shown once its position is known.</source>
        <translation>Podrá configurar su municipio más tarde en Edición › Preferencias; las distancias a los socios se muestran en cuanto se conoce su ubicación.</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Budget line</source>
        <translation>Partida presupuestaria</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nueva partida presupuestaria</translation>
    </message>
    <message>
        <source>The account of the associations&apos; chart of accounts (60 to 87), as the subsidy form (Cerfa) asks: 6x for charges, 7x for income, 86 and 87 for contributions in kind (volunteering, rooms lent). The workbook groups the lines by these accounts.</source>
        <translation>La cuenta del plan contable de las asociaciones (60 a 87), tal como pide el formulario de subvención (Cerfa): 6x para los gastos, 7x para los ingresos, 86 y 87 para las aportaciones en especie (voluntariado, salas cedidas). El libro agrupa las líneas por estas cuentas.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Naturaleza</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Label *</source>
        <translation>Concep&amp;to *</translation>
    </message>
    <message>
        <source>&amp;Forecast (€)</source>
        <translation>&amp;Previsto (€)</translation>
    </message>
    <message>
        <source>&amp;Actual (€)</source>
        <translation>&amp;Realizado (€)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Payee or payer</source>
        <translation>&amp;Beneficiario o pagador</translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation>&amp;Justificante</translation>
    </message>
    <message>
        <source>F&amp;under (income)</source>
        <translation>F&amp;inanciador (ingresos)</translation>
    </message>
    <message>
        <source>Linked &amp;event</source>
        <translation>&amp;Evento vinculado</translation>
    </message>
    <message>
        <source>Linked dele&amp;gation</source>
        <translation>Dele&amp;gación vinculada</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Mone&amp;da</translation>
    </message>
    <message>
        <source>Amount in that c&amp;urrency</source>
        <translation>Importe en esa mone&amp;da</translation>
    </message>
    <message>
        <source>E&amp;xchange rate (€ per unit)</source>
        <translation>Tipo de ca&amp;mbio (€ por unidad)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Forecast</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>No amount yet.</source>
        <translation>Todavía no hay importes.</translation>
    </message>
    <message>
        <source>New fiscal &amp;year…</source>
        <translation>Nuevo e&amp;jercicio…</translation>
    </message>
    <message>
        <source>Expenses and income</source>
        <translation>Gastos e ingresos</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Search a label, a payee, a receipt…</source>
        <translation>Buscar un concepto, un beneficiario, un justificante…</translation>
    </message>
    <message>
        <source>New subsidy &amp;request…</source>
        <translation>Nueva &amp;solicitud de subvención…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <source>&amp;New line…</source>
        <translation>&amp;Nueva partida…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Start from last year&apos;s &amp;forecast</source>
        <translation>Partir del &amp;previsto del año pasado</translation>
    </message>
    <message>
        <source>E&amp;xport the Excel workbook…</source>
        <translation>E&amp;xportar el libro de Excel…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>The forecast is balanced.</source>
        <translation>El presupuesto previsto está equilibrado.</translation>
    </message>
    <message>
        <source>The forecast is not balanced: income minus expenses is {gap}.</source>
        <translation>El presupuesto previsto no está equilibrado: ingresos menos gastos = {gap}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expenses&lt;/b&gt; forecast {cf}, actual {ca} — &lt;b&gt;Income&lt;/b&gt; forecast {pf}, actual {pa}&lt;br&gt;&lt;b&gt;Result of the year&lt;/b&gt;: {result}. {balance}</source>
        <translation>&lt;b&gt;Gastos&lt;/b&gt; previstos {cf}, realizados {ca} — &lt;b&gt;Ingresos&lt;/b&gt; previstos {pf}, realizados {pa}&lt;br&gt;&lt;b&gt;Resultado del ejercicio&lt;/b&gt;: {result}. {balance}</translation>
    </message>
    <message>
        <source>Financial reports due: {items}</source>
        <translation>Justificaciones económicas pendientes: {items}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n partida</numerusform>
            <numerusform>%n partidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget line saved.</source>
        <translation>Partida presupuestaria guardada.</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Eliminar partida presupuestaria</translation>
    </message>
    <message>
        <source>Delete “{label}”?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>¿Eliminar «{label}»?

Puede deshacerlo con Edición › Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete budget line {label}</source>
        <translation>Eliminar la partida {label}</translation>
    </message>
    <message>
        <source>New fiscal year</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <source>There is no fiscal year {year} to start from.</source>
        <translation>No existe ningún ejercicio {year} del que partir.</translation>
    </message>
    <message>
        <source>Start from last year</source>
        <translation>Partir del año pasado</translation>
    </message>
    <message>
        <source>Copy the forecast lines of {previous} into {year} (actual amounts left empty)?</source>
        <translation>¿Copiar las partidas del presupuesto previsto de {previous} a {year} (importes realizados en blanco)?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied.</source>
        <translation>
            <numerusform>%n partida copiada.</numerusform>
            <numerusform>%n partidas copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the budget workbook</source>
        <translation>Exportar el libro del presupuesto</translation>
    </message>
    <message>
        <source>budget-{year}.xlsx</source>
        <translation>presupuesto-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Budget exported to {path}, with the Cerfa sheets of {action}.</source>
        <translation>Presupuesto exportado a {path}, con las hojas Cerfa de {action}.</translation>
    </message>
    <message>
        <source>Budget exported to {path}.</source>
        <translation>Presupuesto exportado a {path}.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>External services</source>
        <translation>Servicios exteriores</translation>
    </message>
    <message>
        <source>Other external services</source>
        <translation>Otros servicios exteriores</translation>
    </message>
    <message>
        <source>Travel, missions and receptions</source>
        <translation>Desplazamientos, misiones y recepciones</translation>
    </message>
    <message>
        <source>Advertising, publications</source>
        <translation>Publicidad, publicaciones</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos y tasas</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>Gastos de personal</translation>
    </message>
    <message>
        <source>Other current management costs</source>
        <translation>Otros gastos de gestión corriente</translation>
    </message>
    <message>
        <source>Financial costs</source>
        <translation>Gastos financieros</translation>
    </message>
    <message>
        <source>Exceptional costs</source>
        <translation>Gastos extraordinarios</translation>
    </message>
    <message>
        <source>Depreciation and provisions</source>
        <translation>Amortizaciones y provisiones</translation>
    </message>
    <message>
        <source>Sales, services</source>
        <translation>Ventas, prestación de servicios</translation>
    </message>
    <message>
        <source>Operating subsidies</source>
        <translation>Subvenciones de explotación</translation>
    </message>
    <message>
        <source>Subsidy: State</source>
        <translation>Subvención: Estado</translation>
    </message>
    <message>
        <source>Subsidy: Region</source>
        <translation>Subvención: Región</translation>
    </message>
    <message>
        <source>Subsidy: Département</source>
        <translation>Subvención: Departamento</translation>
    </message>
    <message>
        <source>Subsidy: Intercommunality</source>
        <translation>Subvención: Mancomunidad</translation>
    </message>
    <message>
        <source>Subsidy: Commune</source>
        <translation>Subvención: Municipio</translation>
    </message>
    <message>
        <source>Subsidy: European funds</source>
        <translation>Subvención: fondos europeos</translation>
    </message>
    <message>
        <source>Subsidy: other</source>
        <translation>Subvención: otras</translation>
    </message>
    <message>
        <source>Other current management income</source>
        <translation>Otros ingresos de gestión corriente</translation>
    </message>
    <message>
        <source>Membership dues</source>
        <translation>Cuotas de los miembros</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>Donaciones</translation>
    </message>
    <message>
        <source>Financial income</source>
        <translation>Ingresos financieros</translation>
    </message>
    <message>
        <source>Exceptional income</source>
        <translation>Ingresos extraordinarios</translation>
    </message>
    <message>
        <source>Write-backs</source>
        <translation>Reversión de amortizaciones y provisiones</translation>
    </message>
    <message>
        <source>Use of voluntary contributions in kind</source>
        <translation>Empleo de las contribuciones voluntarias en especie</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Contribuciones voluntarias en especie</translation>
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
        <translation>Interrumpido; no se ha escrito nada más.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details: {log}</source>
        <translation>Error inesperado: {error}. Detalles: {log}</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; add --read-only to read it anyway, or wait until they close it.</source>
        <translation>Error: {path} está en uso por {user} en {host} desde {since}; añada --read-only para leerlo de todos modos, o espere a que lo cierren.</translation>
    </message>
    <message>
        <source>Error: {path} is in use by {user} on {host} since {since}; wait until they close it, then try again.</source>
        <translation>Error: {path} está en uso por {user} en {host} desde {since}; espere a que lo cierren y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Error: {path} does not exist.</source>
        <translation>Error: {path} no existe.</translation>
    </message>
    <message>
        <source>Damaged: {path}: {reason}</source>
        <translation>Dañado: {path}: {reason}</translation>
    </message>
    <message>
        <source>OK: {path} ({partners} partners, {events} events, {delegations} delegations, {lines} budget lines)</source>
        <translation>OK: {path} ({partners} socios, {events} eventos, {delegations} delegaciones, {lines} partidas presupuestarias)</translation>
    </message>
    <message>
        <source>Error: a shared database is restored on the server (pg_restore), or filled from a backup file with twinning-desk copy FILE ADDRESS into an empty database; nothing was changed.</source>
        <translation>Error: una base compartida se restaura en el servidor (pg_restore), o se llena desde un archivo de copia con twinning-desk copy ARCHIVO DIRECCIÓN en una base vacía; no se cambió nada.</translation>
    </message>
    <message>
        <source>Error: the backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>Error: la copia de seguridad {path} está dañada ({reason}); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the damaged file was kept as {damaged}.</source>
        <translation>{backup} restaurada en {path}; el archivo dañado se ha conservado como {damaged}.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the previous state was backed up first (twinning-desk restore can bring it back).</source>
        <translation>{backup} restaurada en {path}; antes se hizo una copia de seguridad del estado anterior (twinning-desk restore puede recuperarlo).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Copia de seguridad escrita: {path}</translation>
    </message>
    <message>
        <source>[{index}/{count}] {table}, rows: {rows}</source>
        <translation>[{index}/{count}] {table}, filas: {rows}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and checked it (row count and checksum of each table): tables: {tables}, rows: {rows}.</source>
        <translation>{source} copiada en {target} y comprobada (número de filas y suma de control de cada tabla): tablas: {tables}, filas: {rows}.</translation>
    </message>
    <message>
        <source>owner (upgrades the tables with a new version)</source>
        <translation>propietario (actualiza las tablas con una nueva versión)</translation>
    </message>
    <message>
        <source>editor (reads and writes)</source>
        <translation>editor (lee y escribe)</translation>
    </message>
    <message>
        <source>reader (reads and prints only)</source>
        <translation>lector (solo lee e imprime)</translation>
    </message>
    <message>
        <source>{kind}: {name} (it existed; its password was kept)</source>
        <translation>{kind}: {name} (ya existía; se ha conservado su contraseña)</translation>
    </message>
    <message>
        <source>{kind}: {name}, password: {password}</source>
        <translation>{kind}: {name}, contraseña: {password}</translation>
    </message>
    <message>
        <source>The passwords are shown this once and kept nowhere: give each to its person, who types it when connecting.</source>
        <translation>Las contraseñas se muestran solo esta vez y no se guardan en ningún sitio: dé cada una a su persona, que la escribirá al conectarse.</translation>
    </message>
    <message>
        <source>Home commune set: {name} ({country}) in {path}</source>
        <translation>Municipio registrado: {name} ({country}) en {path}</translation>
    </message>
    <message>
        <source>Demo commune created in {path}: {count} partners.</source>
        <translation>Municipio de demostración creado en {path}: {count} socios.</translation>
    </message>
    <message>
        <source>Error: no column for {fields} in {file}.</source>
        <translation>Error: no hay ninguna columna para {fields} en {file}.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}.</source>
        <translation>Simulación, no se ha escrito nada: {summary}.</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Importado: {summary}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>los siguientes argumentos son obligatorios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>expected a year from {low} to {high}, not “{value}”</source>
        <translation>se esperaba un año de {low} a {high}, no «{value}»</translation>
    </message>
    <message>
        <source>expected an id, a whole number from {low}, not “{value}”</source>
        <translation>se esperaba un identificador, un número entero a partir de {low}, no «{value}»</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <source>database file (default: the user data folder), or a shared database&apos;s address, postgresql://user@server/database</source>
        <translation>archivo de la base de datos (por defecto: la carpeta de datos del usuario), o dirección de una base compartida, postgresql://usuario@servidor/base</translation>
    </message>
    <message>
        <source>language of the interface and messages</source>
        <translation>idioma de la interfaz y de los mensajes</translation>
    </message>
    <message>
        <source>read the file without taking it, even while the app has it open</source>
        <translation>lee el archivo sin ocuparlo, incluso mientras la aplicación lo tiene abierto</translation>
    </message>
    <message>
        <source>CSV: the decimal mark, comma (with ; between cells) or dot (with ,); default: the language&apos;s</source>
        <translation>CSV: el separador decimal, coma (celdas separadas por ;) o punto (por ,); por defecto: el del idioma</translation>
    </message>
    <message>
        <source>show the version and the data folder, then exit</source>
        <translation>muestra la versión y la carpeta de datos, y sale</translation>
    </message>
    <message>
        <source>set the home commune of a new database</source>
        <translation>define el municipio de una nueva base de datos</translation>
    </message>
    <message>
        <source>ISO code or name, e.g. FR</source>
        <translation>código ISO o nombre, p. ej. FR</translation>
    </message>
    <message>
        <source>fill an empty database with a demo commune</source>
        <translation>llena una base de datos vacía con un municipio de demostración</translation>
    </message>
    <message>
        <source>import partners from .xlsx or .csv</source>
        <translation>importa socios desde .xlsx o .csv</translation>
    </message>
    <message>
        <source>show what would be imported</source>
        <translation>muestra lo que se importaría</translation>
    </message>
    <message>
        <source>budget: the fiscal year (default: current)</source>
        <translation>presupuesto: el ejercicio (por defecto: el actual)</translation>
    </message>
    <message>
        <source>budget: the file&apos;s decimal mark, comma or dot (default: read from its amounts)</source>
        <translation>presupuesto: el separador decimal del archivo, comma (coma) o dot (punto); por defecto: el que muestran sus importes</translation>
    </message>
    <message>
        <source>list records</source>
        <translation>lista los registros</translation>
    </message>
    <message>
        <source>print the partners&apos; records (distances, dates)</source>
        <translation>mostrar los récords de los socios (distancias, fechas)</translation>
    </message>
    <message>
        <source>back the database up (to OUT, or to the backup folder)</source>
        <translation>hace una copia de seguridad de la base (en OUT o en la carpeta de copias)</translation>
    </message>
    <message>
        <source>copy a whole database, checked, between an SQLite file and a PostgreSQL server (postgresql://user@host/database)</source>
        <translation>copiar una base de datos entera, comprobada, entre un archivo SQLite y un servidor PostgreSQL (postgresql://usuario@servidor/base)</translation>
    </message>
    <message>
        <source>the file or postgresql:// address to copy</source>
        <translation>el archivo o la dirección postgresql:// que copiar</translation>
    </message>
    <message>
        <source>a new file, or an empty database (a file or postgresql:// address)</source>
        <translation>un archivo nuevo, o una base de datos vacía (un archivo o una dirección postgresql://)</translation>
    </message>
    <message>
        <source>administer a shared PostgreSQL database</source>
        <translation>administrar una base de datos PostgreSQL compartida</translation>
    </message>
    <message>
        <source>create the owner, editor and reader roles of a committee&apos;s database</source>
        <translation>crear los roles propietario, editor y lector de la base de datos de un comité</translation>
    </message>
    <message>
        <source>the database, reached as the server&apos;s administrator (postgresql://postgres@host/database)</source>
        <translation>la base de datos, alcanzada como administrador del servidor (postgresql://postgres@servidor/base)</translation>
    </message>
    <message>
        <source>the roles&apos; names begin with this (default: the database&apos;s name)</source>
        <translation>el comienzo del nombre de los roles (por defecto: el nombre de la base de datos)</translation>
    </message>
    <message>
        <source>give roles that exist already new passwords</source>
        <translation>dar contraseñas nuevas a los roles que ya existen</translation>
    </message>
    <message>
        <source>replace the database with a backup (undoable)</source>
        <translation>sustituye la base de datos por una copia de seguridad (reversible)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>comprueba la integridad de la base de datos</translation>
    </message>
    <message>
        <source>export to a file</source>
        <translation>exporta a un archivo</translation>
    </message>
    <message>
        <source>calendar: only this year; budget: the year</source>
        <translation>calendario: solo este año; presupuesto: el ejercicio</translation>
    </message>
    <message>
        <source>attendance, hosting: the delegation&apos;s id; budget: its Cerfa sheets</source>
        <translation>asistencia, alojamiento: el número de la delegación; presupuesto: sus hojas Cerfa</translation>
    </message>
    <message>
        <source>attendance: an event&apos;s id instead; budget: the event&apos;s Cerfa sheets</source>
        <translation>asistencia: en su lugar el número de un evento; presupuesto: las hojas Cerfa del evento</translation>
    </message>
    <message>
        <source>person: whose data to export (.json or .xlsx)</source>
        <translation>persona: cuyos datos se exportan (.json o .xlsx)</translation>
    </message>
    <message>
        <source>hosting: include diet and health notes</source>
        <translation>alojamiento: incluir dieta y notas de salud</translation>
    </message>
    <message>
        <source>mission-report: the template to fill by hand</source>
        <translation>informe de misión: la plantilla para rellenar a mano</translation>
    </message>
    <message>
        <source>erase participants of visits older than N years</source>
        <translation>borra los participantes de visitas de hace más de N años</translation>
    </message>
    <message>
        <source>expected a number of years from {low} to {high}, not “{value}”</source>
        <translation>se esperaba un número de años de {low} a {high}, no «{value}»</translation>
    </message>
    <message>
        <source>Error: no column recognised in {file}: found “{found}”; expected {expected}.</source>
        <translation>Error: ninguna columna reconocida en {file}: encontrado «{found}»; se esperaba {expected}.</translation>
    </message>
    <message>
        <source>town (ville), country (pays), agreement, date signed…</source>
        <translation>ciudad (ville), país (pays), acuerdo, fecha de firma…</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {summary}</source>
        <translation>Simulación, no se ha escrito nada: {summary}</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Preparando la lista de ciudades (una sola vez, unos 20 segundos)…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Exported to {path}: {count} event(s), {visits} delegation(s).</source>
        <translation>Exportado a {path}: {count} evento(s), {visits} delegación(es).</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx or .csv.</source>
        <translation>Error: el nombre del archivo debe terminar en .xlsx o .csv.</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Socios exportados a {path}.</translation>
    </message>
    <message>
        <source>Error: give --person ID.</source>
        <translation>Error: indique --person ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .json or .xlsx.</source>
        <translation>Error: el nombre del archivo debe terminar en .json o .xlsx.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf.</source>
        <translation>Error: el nombre del archivo debe terminar en .pdf.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID or --event ID.</source>
        <translation>Error: indique --delegation ID o --event ID.</translation>
    </message>
    <message>
        <source>Error: give --delegation ID.</source>
        <translation>Error: indique --delegation ID.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .pdf or .xlsx.</source>
        <translation>Error: el nombre del archivo debe terminar en .pdf o .xlsx.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Archivo escrito: {path}</translation>
    </message>
    <message>
        <source>Error: give --year YEAR.</source>
        <translation>Error: indique --year AÑO.</translation>
    </message>
    <message>
        <source>{count} person(s) erased or anonymised.</source>
        <translation>Personas borradas o anonimizadas: {count}.</translation>
    </message>
    <message>
        <source>Error: the file name must end in .ics.</source>
        <translation>Error: el nombre del archivo debe terminar en .ics.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Error: the file name must end in .xlsx.</source>
        <translation>Error: el nombre del archivo debe terminar en .xlsx.</translation>
    </message>
    <message>
        <source>Budget {year} exported to {path}.</source>
        <translation>Presupuesto {year} exportado a {path}.</translation>
    </message>
    <message>
        <source>{lines} budget lines, {err} errors</source>
        <translation>{lines} partidas presupuestarias, {err} errores</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>fila {row}: {reason}</translation>
    </message>
    <message>
        <source>No home commune yet.</source>
        <translation>Todavía no hay municipio.</translation>
    </message>
    <message>
        <source>{name}: no position yet, so no distances (set it in the settings).</source>
        <translation>{name}: todavía sin posición, así que sin distancias (indíquela en los ajustes).</translation>
    </message>
    <message>
        <source>{name} ({lat}, {lon})</source>
        <translation>{name} ({lat}, {lon})</translation>
    </message>
    <message>
        <source>Partners: {count}, placed on the map: {placed}</source>
        <translation>Socios: {count}, en el mapa: {placed}</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>Error: the file name must end in .png or .pdf.</source>
        <translation>Error: el nombre del archivo debe terminar en .png o .pdf.</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Mapa guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Beneficiario o pagador</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Desviación</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% realizado</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Justificación debida</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation</source>
        <translation>Autorización parental</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Interlocutores</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Familia de acogida</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <source>Stays with</source>
        <translation>Se aloja con</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Dieta y salud</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Camas ocupadas</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Posición en el mapa</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Versión francesa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Camas</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Animales</translation>
    </message>
    <message>
        <source>Smokers</source>
        <translation>Fumadores</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Sin escalones</translation>
    </message>
    <message>
        <source>Diets</source>
        <translation>Dietas</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Cargo electo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Dieta diaria</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Noches ofrecidas</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Comidas ofrecidas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Partidas presupuestarias</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>Por preparar</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Acuerdo vigente</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Último intercambio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
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
        <translation>p. ej., San Martín de la Vega</translation>
    </message>
    <message>
        <source>e.g. Comité de jumelage de …</source>
        <translation>p. ej., Comité de Hermanamiento de …</translation>
    </message>
    <message>
        <source>e.g. 1 place de la Mairie, 37190 …</source>
        <translation>p. ej. Plaza del Ayuntamiento 1, 12598 …</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose a &amp;logo…</source>
        <translation>Elegir un &amp;logotipo…</translation>
    </message>
    <message>
        <source>Commune &amp;name *</source>
        <translation>&amp;Nombre del municipio *</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;País *</translation>
    </message>
    <message>
        <source>Find the commune</source>
        <translation>Buscar el municipio</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>P&amp;oblación</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>Co&amp;mité</translation>
    </message>
    <message>
        <source>Town &amp;hall address</source>
        <translation>&amp;Dirección del ayuntamiento</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not an image of at most 2 MB.</source>
        <translation>Este archivo no es una imagen de 2 MB como máximo.</translation>
    </message>
</context>
<context>
    <name>CommuneWizard</name>
    <message>
        <source>Set up Twinning Desk</source>
        <translation>Configurar Twinning Desk</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificada por otra persona</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>la otra persona</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Saved by {who}</source>
        <translation>Guardada por {who}</translation>
    </message>
    <message>
        <source>The two versions differ in nothing you edit.</source>
        <translation>Las dos versiones no difieren en nada de lo que usted edita aquí.</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Conservar toda la &amp;mía</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Tomar toda la &amp;otra</translation>
    </message>
    <message>
        <source>&amp;Save this version</source>
        <translation>&amp;Guardar esta versión</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Volver a mis cambios</translation>
    </message>
    <message>
        <source>{field}
(changed on both sides)</source>
        <translation>{field}
(modificado por ambas partes)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la otra</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{who} changed this record on {when}, after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>{who} modificó esta ficha el {when}, después de que usted la abriera. No se ha guardado nada, así que ninguno de los dos cambios se pierde: compare las dos versiones y elija qué conservar.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was saved, so neither change is lost: compare the two versions and choose what to keep.</source>
        <translation>Otra persona modificó esta ficha después de que usted la abriera. No se ha guardado nada, así que ninguno de los dos cambios se pierde: compare las dos versiones y elija qué conservar.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Conectarse a una base de datos compartida</translation>
    </message>
    <message>
        <source>The committee&apos;s database on a PostgreSQL server, shared by its members. Ask whoever runs the server for these details.</source>
        <translation>La base de datos del comité en un servidor PostgreSQL, compartida por sus miembros. Pida estos datos a quien gestiona el servidor.</translation>
    </message>
    <message>
        <source>e.g. db.mairie-example.fr</source>
        <translation>p. ej. db.ayuntamiento-ejemplo.es</translation>
    </message>
    <message>
        <source>Required (encrypted)</source>
        <translation>Obligatorio (cifrado)</translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation>Obligatorio, comprobando el certificado del servidor</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>None (only on a network you trust)</source>
        <translation>Ninguno (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Recordar la contraseña en este ordenador</translation>
    </message>
    <message>
        <source>Kept by the system&apos;s password store (keyring), never in a settings file.</source>
        <translation>Guardada en el llavero de contraseñas del sistema, nunca en un archivo de ajustes.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Cifrado (TLS):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Indique el servidor, la base de datos y el usuario.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>mayor</source>
        <translation>alcalde</translation>
    </message>
    <message>
        <source>committee chair</source>
        <translation>presidente del comité</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretario/a</translation>
    </message>
    <message>
        <source>town hall staff</source>
        <translation>personal del ayuntamiento</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>CoordinatesEdit</name>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Choose a country</source>
        <translation>Elija un país</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change already saved stays saved.

{error}</source>
        <translation>Algo ha fallado, pero sus datos están a salvo: todo cambio ya guardado sigue guardado.

{error}</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>Los detalles se han escrito en {log}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The backup to {path} failed: {reason}</source>
        <translation>La copia de seguridad en {path} ha fallado: {reason}</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({reason}); nothing was restored.</source>
        <translation>La copia de seguridad {path} está dañada ({reason}); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>The connection to {path} was lost: nothing was saved. Check the network, then save again; what you typed is still there.</source>
        <translation>Se perdió la conexión con {path}: no se guardó nada. Compruebe la red y guarde de nuevo; lo que escribió sigue ahí.</translation>
    </message>
    <message>
        <source>You may only read {path}: nothing was saved. Ask the committee&apos;s administrator for the right to write.</source>
        <translation>Solo puede leer {path}: no se guardó nada. Pida permiso de escritura al administrador del comité.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space, then try again.</source>
        <translation>El disco que contiene {path} está lleno: no se ha guardado nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} is open read-only: nothing was saved. Open a copy you can write to.</source>
        <translation>{path} está abierto en solo lectura: no se ha guardado nada. Abra una copia en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>{path} cannot be written to (no permission, or its drive was removed): nothing was saved. Check that the drive or network folder is still there.</source>
        <translation>No se puede escribir en {path} (sin permiso, o se ha retirado la unidad): no se ha guardado nada. Compruebe que la unidad o la carpeta de red sigue ahí.</translation>
    </message>
    <message>
        <source>{path} is busy (another program is writing to it): nothing was saved. Try again in a moment.</source>
        <translation>{path} está ocupado (otro programa está escribiendo en él): no se ha guardado nada. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>Writing to {path} failed ({reason}): nothing was saved.</source>
        <translation>Error al escribir en {path} ({reason}): no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Another record already has this value ({field}): nothing was saved.</source>
        <translation>Otro registro ya tiene este valor ({field}): no se ha guardado nada.</translation>
    </message>
    <message>
        <source>This change would break a link between records (one is still in use, or was deleted meanwhile): nothing was saved.</source>
        <translation>Este cambio rompería un vínculo entre registros (uno sigue en uso, o se borró entretanto): no se ha guardado nada.</translation>
    </message>
    <message>
        <source>A required value is missing ({field}): nothing was saved.</source>
        <translation>Falta un valor obligatorio ({field}): no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The file refused a value ({reason}): nothing was saved.</source>
        <translation>El archivo ha rechazado un valor ({reason}): no se ha guardado nada.</translation>
    </message>
    <message>
        <source>{path} is a shared database on a server, not a file: this is done on the server (see the README, &quot;Shared database&quot;).</source>
        <translation>{path} es una base compartida en un servidor, no un archivo: esto se hace en el servidor (véase el README, «Base compartida»).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database (not an SQLite file).</source>
        <translation>{path} no es una base de datos de Twinning Desk (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another application, not a Twinning Desk database.</source>
        <translation>{path} es un archivo SQLite de otra aplicación, no una base de datos de Twinning Desk.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the file was not changed.</source>
        <translation>{path} fue escrito por una versión más reciente de Twinning Desk. Instale esa versión para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}</source>
        <translation>No se puede crear {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a read-only file does not allow. Open a copy you can write to.</source>
        <translation>{path} fue creado por una versión anterior y debe actualizarse, lo que un archivo de solo lectura no permite. Abra una copia en la que se pueda escribir.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was not changed. Restore the last good backup, or choose another file.</source>
        <translation>{path} está dañado ({reason}). No se ha modificado. Restaure la última copia de seguridad sana o elija otro archivo.</translation>
    </message>
    <message>
        <source>{path} is in use by {user} on {host} since {since}. Open it read-only, or wait until they close it.</source>
        <translation>{path} está en uso por {user} en {host} desde {since}. Ábralo en solo lectura o espere a que lo cierren.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La copia de seguridad automática ha fallado: {reason}</translation>
    </message>
    <message>
        <source>{path} had been left half-created (the program was stopped while creating it) and held no data: it was created again. The unfinished file was kept as {kept}.</source>
        <translation>{path} había quedado creado a medias (el programa se detuvo mientras lo creaba) y no contenía datos: se ha vuelto a crear. El archivo inacabado se ha conservado como {kept}.</translation>
    </message>
    <message>
        <source>No backup folder is set.</source>
        <translation>No se ha definido ninguna carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>{path} is not a database address: {reason}</source>
        <translation>{path} no es una dirección de base de datos: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} refused the user name or the password. Check them, then try again.</source>
        <translation>El servidor de {path} rechazó el nombre de usuario o la contraseña. Compruébelos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server of {path} does not accept an encrypted (TLS) connection. Ask its administrator to turn TLS on; turn encryption off only on a network you trust.</source>
        <translation>El servidor de {path} no acepta una conexión cifrada (TLS). Pida a su administrador que active TLS; desactive el cifrado solo en una red de confianza.</translation>
    </message>
    <message>
        <source>The server has no database by the name given in {path}. Check the name, or ask the server&apos;s administrator to create it.</source>
        <translation>El servidor no tiene ninguna base con el nombre indicado en {path}. Compruebe el nombre o pida al administrador del servidor que la cree.</translation>
    </message>
    <message>
        <source>The user of {path} may not use this database ({reason}). Ask the server&apos;s administrator for access.</source>
        <translation>El usuario de {path} no puede usar esta base ({reason}). Pida acceso al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server of {path} cannot be reached: it is stopped, or the address, port or network is wrong. Nothing was changed.</source>
        <translation>No se puede acceder al servidor de {path}: está detenido, o la dirección, el puerto o la red son incorrectos. No se cambió nada.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>No se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <source>The server of {path} runs PostgreSQL {version}, older than version 12, the oldest Twinning Desk supports. Ask its administrator to upgrade it.</source>
        <translation>El servidor de {path} usa PostgreSQL {version}, anterior a la versión 12, la más antigua que admite Twinning Desk. Pida a su administrador que lo actualice.</translation>
    </message>
    <message>
        <source>{path} holds another application&apos;s tables, not a Twinning Desk database. Choose an empty database or a committee&apos;s.</source>
        <translation>{path} contiene tablas de otra aplicación, no es una base de Twinning Desk. Elija una base vacía o la de un comité.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Twinning Desk. Install the newer version to open it; the database was not changed.</source>
        <translation>{path} fue escrita por una versión más reciente de Twinning Desk. Instale esa versión para abrirla; la base no se ha modificado.</translation>
    </message>
    <message>
        <source>{path} was made by an older version and must be upgraded, which a reader may not do. Ask someone who may write to open it once with this version.</source>
        <translation>{path} se creó con una versión anterior y debe actualizarse, algo que un lector no puede hacer. Pida a alguien con permiso de escritura que la abra una vez con esta versión.</translation>
    </message>
    <message>
        <source>The user of {path} may not create roles. Connect as the server&apos;s administrator (postgres), then try again.</source>
        <translation>El usuario de {path} no puede crear roles. Conéctese como administrador del servidor (postgres) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to {path} was lost during the copy: nothing was copied, the target is as it was. Try again.</source>
        <translation>Se perdió la conexión con {path} durante la copia: no se ha copiado nada, el destino está como estaba. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}): nothing was copied, the target is as it was.</source>
        <translation>{path} no se puede leer ({reason}): no se ha copiado nada, el destino está como estaba.</translation>
    </message>
    <message>
        <source>{path} is not a Twinning Desk database: there is nothing to copy.</source>
        <translation>{path} no es una base de datos de Twinning Desk: no hay nada que copiar.</translation>
    </message>
    <message>
        <source>{path} was made by an older version of Twinning Desk: open it once with this version (which upgrades it), then copy it. Nothing was copied.</source>
        <translation>{path} se creó con una versión anterior de Twinning Desk: ábralo una vez con esta versión (que lo actualiza) y luego cópielo. No se ha copiado nada.</translation>
    </message>
    <message>
        <source>{path} is not empty (it holds {tables}): nothing was copied. Copy into a new file, or into an empty database.</source>
        <translation>{path} no está vacío (contiene {tables}): no se ha copiado nada. Copie en un archivo nuevo o en una base de datos vacía.</translation>
    </message>
    <message>
        <source>The copy to {path} failed ({reason}): nothing was copied, the target is as it was.</source>
        <translation>La copia a {path} ha fallado ({reason}): no se ha copiado nada, el destino está como estaba.</translation>
    </message>
    <message>
        <source>The copy to {path} does not match its source in the table {table} ({source_rows} rows, checksum {source_sum}; copied: {target_rows} rows, checksum {target_sum}): nothing was kept.</source>
        <translation>La copia a {path} no coincide con su origen en la tabla {table} ({source_rows} filas, suma de control {source_sum}; copiadas: {target_rows} filas, suma de control {target_sum}): no se ha conservado nada.</translation>
    </message>
    <message>
        <source>{path} is both the source and the target: nothing was copied.</source>
        <translation>{path} es a la vez el origen y el destino: no se ha copiado nada.</translation>
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
        <translation>Elegir el día en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <source>Type a day, or pick it in the calendar.</source>
        <translation>Escriba un día o elíjalo en el calendario.</translation>
    </message>
</context>
<context>
    <name>DayTimeEdit</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>no pets</source>
        <translation>sin animales</translation>
    </message>
    <message>
        <source>non-smoking</source>
        <translation>sin humo</translation>
    </message>
    <message>
        <source>step-free</source>
        <translation>sin escalones</translation>
    </message>
    <message>
        <source>meets the EU town-twinning thresholds</source>
        <translation>alcanza los umbrales de la UE para hermanamientos</translation>
    </message>
    <message>
        <source>does not meet the EU town-twinning thresholds</source>
        <translation>no alcanza los umbrales de la UE para hermanamientos</translation>
    </message>
    <message>
        <source>EU grant: {verdict} — participants {participants}/{min_participants}, invited from abroad {invited}/{min_invited}, countries {countries}/{min_countries}.</source>
        <translation>Subvención de la UE: {verdict} — participantes {participants}/{min_participants}, invitados del extranjero {invited}/{min_invited}, países {countries}/{min_countries}.</translation>
    </message>
    <message>
        <source>Delegation: {partner}, {date}</source>
        <translation>Delegación: {partner}, {date}</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Nueva delegación</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <source>&amp;Host families</source>
        <translation>&amp;Familias de acogida</translation>
    </message>
    <message>
        <source>This delegation has changes that are not saved. Close without saving them?</source>
        <translation>Esta delegación tiene cambios sin guardar. ¿Cerrar sin guardarlos?</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(elija un socio)</translation>
    </message>
    <message>
        <source>EU or regional grant, if any</source>
        <translation>Subvención europea o regional, si la hay</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Partner *</source>
        <translation>&amp;Socio *</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>S&amp;entido</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>O&amp;bjeto</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transporte</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>&amp;Grant reference</source>
        <translation>&amp;Referencia de la subvención</translation>
    </message>
    <message>
        <source>&amp;Linked event</source>
        <translation>Evento vincu&amp;lado</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>&amp;Add a member…</source>
        <translation>&amp;Añadir un miembro…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Show diet and health notes</source>
        <translation>Mostrar dieta y salud</translation>
    </message>
    <message>
        <source>&amp;Assign to the family →</source>
        <translation>&amp;Asignar a la familia →</translation>
    </message>
    <message>
        <source>&amp;Remove from family</source>
        <translation>&amp;Quitar de la familia</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Sugerir</translation>
    </message>
    <message>
        <source>Place the visitors without a family: beds, pets, smoking, access and diet are respected; a shared language and groups staying together are preferred.</source>
        <translation>Coloca a los visitantes sin familia: se respetan camas, animales, tabaco, accesibilidad y dieta; se prefieren un idioma común y los grupos que se alojan juntos.</translation>
    </message>
    <message>
        <source>Erase diet and health notes…</source>
        <translation>Borrar dieta y salud…</translation>
    </message>
    <message>
        <source>Drag visitors onto a family, or select both and click Assign.</source>
        <translation>Arrastre los visitantes a una familia, o seleccione ambos y pulse Asignar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Visitors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Visitantes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host families&lt;/b&gt;</source>
        <translation>&lt;b&gt;Familias de acogida&lt;/b&gt;</translation>
    </message>
    <message>
        <source>pets</source>
        <translation>animales</translation>
    </message>
    <message>
        <source>smokers</source>
        <translation>fumadores</translation>
    </message>
    <message>
        <source>No family fits: {names}. Add a family or change a constraint.</source>
        <translation>Ninguna familia es adecuada: {names}. Añada una familia o cambie una restricción.</translation>
    </message>
    <message>
        <source>The other changes you made in this window will be saved first.</source>
        <translation>Los demás cambios hechos en esta ventana se guardarán primero.</translation>
    </message>
    <message>
        <source>Erase diet and health notes</source>
        <translation>Borrar dieta y salud</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Erase the diet and health notes of every member of this delegation? Do it once the visit is over. This cannot be undone.</source>
        <translation>¿Borrar las dietas y los datos de salud de todos los miembros de esta delegación? Hágalo una vez terminada la visita. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>By country: {counts}</source>
        <translation>Por país: {counts}</translation>
    </message>
</context>
<context>
    <name>DelegationsTab</name>
    <message>
        <source>Search a partner…</source>
        <translation>Buscar un socio…</translation>
    </message>
    <message>
        <source>Received and made</source>
        <translation>Recibidas y realizadas</translation>
    </message>
    <message>
        <source>&amp;New delegation…</source>
        <translation>&amp;Nueva delegación…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>Lista de a&amp;sistencia (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Hosting list…</source>
        <translation>Lista de alo&amp;jamiento…</translation>
    </message>
    <message>
        <source>Mission &amp;report…</source>
        <translation>&amp;Informe de misión…</translation>
    </message>
    <message>
        <source>&amp;People and host families…</source>
        <translation>&amp;Personas y familias de acogida…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos los socios</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s)</source>
        <translation>
            <numerusform>%n delegación</numerusform>
            <numerusform>%n delegaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Delegation saved.</source>
        <translation>Delegación guardada.</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Eliminar delegación</translation>
    </message>
    <message>
        <source>Delete the delegation {label} with its members list, programme and hosting plan? The people stay in the directory.

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>¿Eliminar la delegación {label} con su lista de miembros, su programa y su plan de alojamiento? Las personas permanecen en el directorio.

Puede deshacerlo con Edición › Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete delegation {label}</source>
        <translation>Eliminar la delegación {label}</translation>
    </message>
    <message>
        <source>Delegation {label} deleted. Ctrl+Z to undo.</source>
        <translation>Delegación {label} eliminada. Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Mission report saved.</source>
        <translation>Informe de misión guardado.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Lista de asistencia escrita: {path}</translation>
    </message>
    <message>
        <source>Hosting list</source>
        <translation>Lista de alojamiento</translation>
    </message>
    <message>
        <source>hosting</source>
        <translation>alojamiento</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Include the visitors&apos; diet and health notes? Only the host families who need them should receive a list with them.</source>
        <translation>¿Incluir las dietas y los datos de salud de los visitantes? Solo las familias de acogida que los necesiten deben recibir una lista que los contenga.</translation>
    </message>
    <message>
        <source>Hosting list written: {path}</source>
        <translation>Lista de alojamiento escrita: {path}</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>People and host families</source>
        <translation>Personas y familias de acogida</translation>
    </message>
    <message>
        <source>Search a name, an email or a town…</source>
        <translation>Buscar un nombre, un correo o una ciudad…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nueva persona…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;xportar sus datos…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Borrar los datos personales…</translation>
    </message>
    <message>
        <source>New &amp;household…</source>
        <translation>Nuevo &amp;hogar…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Elimin&amp;ar</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Host &amp;families</source>
        <translation>&amp;Familias de acogida</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete {name} from the directory?</source>
        <translation>¿Eliminar a {name} del directorio?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportar los datos personales</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Libro de Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <source>Erase {name}? Names, contacts, needs and date of birth are deleted for good. Where they took part in a delegation, an anonymous line stays so that counts remain true.

This cannot be undone; export their data first if they asked for it.</source>
        <translation>¿Borrar a {name}? Nombre, datos de contacto, necesidades y fecha de nacimiento se eliminan definitivamente. Donde haya participado en una delegación, queda una línea anónima para que los recuentos sigan siendo exactos.

No se puede deshacer; si la persona los ha pedido, exporte antes sus datos.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete household</source>
        <translation>Eliminar hogar</translation>
    </message>
    <message>
        <source>Delete {name}? Its people stay in the directory.</source>
        <translation>¿Eliminar {name}? Sus miembros permanecen en el directorio.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Adjuntar un arc&amp;hivo…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Scans of signed agreements, photos and posters are kept inside the database file, so a backup keeps them too.</source>
        <translation>Los escaneos de los acuerdos firmados, las fotos y los carteles se guardan dentro del archivo de la base de datos, así que una copia de seguridad también los conserva.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <source>Remove {name}? It is deleted when you save.</source>
        <translation>¿Quitar {name}? Se eliminará al guardar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Partners and participants</source>
        <translation>&amp;Socios y participantes</translation>
    </message>
    <message>
        <source>T&amp;hemes and local actors</source>
        <translation>&amp;Temas y actores locales</translation>
    </message>
    <message>
        <source>&amp;Description and results</source>
        <translation>&amp;Descripción y resultados</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>Segu&amp;imiento</translation>
    </message>
    <message>
        <source>Photos and d&amp;ocuments</source>
        <translation>Fotos y d&amp;ocumentos</translation>
    </message>
    <message>
        <source>This event has changes that are not saved. Close without saving them?</source>
        <translation>Este evento tiene cambios sin guardar. ¿Cerrar sin guardarlos?</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>Tít&amp;ulo *</translation>
    </message>
    <message>
        <source>T&amp;ype *</source>
        <translation>Ti&amp;po *</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>I&amp;nicio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>&amp;Linked delegation</source>
        <translation>Delegación &amp;vinculada</translation>
    </message>
    <message>
        <source>Partners involved</source>
        <translation>Socios implicados</translation>
    </message>
    <message>
        <source>&amp;Local participants</source>
        <translation>Participantes &amp;locales</translation>
    </message>
    <message>
        <source>Invited, by country</source>
        <translation>Invitados, por país</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Otro tema…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Añadir el te&amp;ma</translation>
    </message>
    <message>
        <source>A school, club, choir, association…</source>
        <translation>Un colegio, un club, un coro, una asociación…</translation>
    </message>
    <message>
        <source>Add &amp;actor</source>
        <translation>Añadir el &amp;actor</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Actores locales</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>Des&amp;cripción</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Efectos &amp;aquí</translation>
    </message>
    <message>
        <source>Effects t&amp;here (partner)</source>
        <translation>Efectos a&amp;llí (en el socio)</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} años del hermanamiento con {partner}</translation>
    </message>
    <message>
        <source>To do: {text}</source>
        <translation>Por hacer: {text}</translation>
    </message>
    <message>
        <source>Search a title, a place or a partner…</source>
        <translation>Buscar un título, un lugar o un socio…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Lis&amp;ta</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coming up&lt;/b&gt; — events, follow-ups due and anniversaries</source>
        <translation>&lt;b&gt;Próximamente&lt;/b&gt; — eventos, seguimientos pendientes y aniversarios</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate for next year</source>
        <translation>D&amp;uplicar para el año próximo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xportar al calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Attendance list (PDF)…</source>
        <translation>Lista de a&amp;sistencia (PDF)…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos los socios</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Evento guardado.</translation>
    </message>
    <message>
        <source>Next year&apos;s edition created; open it to adjust the dates.</source>
        <translation>Edición del año próximo creada; ábrala para ajustar las fechas.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Delete “{title}” with its follow-ups?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>¿Eliminar «{title}» con sus seguimientos?

Puede deshacerlo con Edición › Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete event {title}</source>
        <translation>Eliminar el evento {title}</translation>
    </message>
    <message>
        <source>“{title}” deleted. Ctrl+Z to undo.</source>
        <translation>«{title}» eliminado. Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance list written: {path}</source>
        <translation>Lista de asistencia escrita: {path}</translation>
    </message>
    <message>
        <source>Export to a calendar</source>
        <translation>Exportar a un calendario</translation>
    </message>
    <message>
        <source>events.ics</source>
        <translation>eventos.ics</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to the calendar file.</source>
        <translation>
            <numerusform>%n evento exportado al archivo de calendario.</numerusform>
            <numerusform>%n eventos exportados al archivo de calendario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in another program, close it and try again; the previous file was left unchanged.</source>
        <translation>No se puede escribir {path}: {reason}. Si el archivo está abierto en otro programa, ciérrelo y vuelva a intentarlo; el archivo anterior no se ha modificado.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Partner status</source>
        <translation>Estado del socio</translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation>Acuerdo vigente</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Último intercambio</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Visitas recibidas</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Visitas realizadas</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>French version</source>
        <translation>Versión francesa</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Viaje a {partner}</translation>
    </message>
    <message>
        <source>Visit from {partner}</source>
        <translation>Acogida de la delegación de {partner}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Objeto: {purpose}</translation>
    </message>
    <message>
        <source>Transport: {transport}</source>
        <translation>Transporte: {transport}</translation>
    </message>
    <message>
        <source>Members: {count}</source>
        <translation>Miembros: {count}</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Plazo</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)…</source>
        <translation>Buscar en la guía (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Twinning Desk — User guide</source>
        <translation>Twinning Desk — Guía del usuario</translation>
    </message>
    <message>
        <source>This guide is not yet translated into your language; here it is in English.</source>
        <translation>Esta guía aún no está traducida al español; aquí está en inglés.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>&amp;Undo “{action}”</source>
        <translation>&amp;Deshacer «{action}»</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo “{action}”</source>
        <translation>&amp;Rehacer «{action}»</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Undone: {fields}</source>
        <translation>Deshecho: {fields}</translation>
    </message>
    <message>
        <source>Redone: {fields}</source>
        <translation>Rehecho: {fields}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Modificación: {fields}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>{record} — {what}</source>
        <translation>{record} — {what}</translation>
    </message>
    <message>
        <source>History: {name}</source>
        <translation>Historial: {name}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when} (version {version}).</source>
        <translation>Última modificación de {who} el {when} (versión {version}).</translation>
    </message>
    <message>
        <source>No change recorded yet: the history starts with this version of Twinning Desk.</source>
        <translation>Aún no hay cambios registrados: el historial empieza con esta versión de Twinning Desk.</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>E&amp;urope</source>
        <translation>E&amp;uropa</translation>
    </message>
    <message>
        <source>&amp;World</source>
        <translation>&amp;Mundo</translation>
    </message>
    <message>
        <source>E&amp;xport the map…</source>
        <translation>E&amp;xportar el mapa…</translation>
    </message>
    <message>
        <source>Point at a partner for its name and distance; click it to open it. Wheel to zoom, drag to move.</source>
        <translation>Pase sobre un socio para ver su nombre y distancia; haga clic para abrirlo. Rueda para ampliar, arrastre para mover.</translation>
    </message>
    <message>
        <source>&amp;Set the commune’s position…</source>
        <translation>&amp;Situar el municipio…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Récords</translation>
    </message>
    <message>
        <source>Ties to look after</source>
        <translation>Lazos que cuidar</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>El año que viene</translation>
    </message>
    <message>
        <source>Where is {commune}? Set the commune’s position (search its name in the settings) to see your partners on the map, with their distances.</source>
        <translation>¿Dónde está {commune}? Indique la posición del municipio (busque su nombre en los ajustes) para ver sus socios en el mapa, con sus distancias.</translation>
    </message>
    <message>
        <source>Set up the home commune and its position to see your partners on the map.</source>
        <translation>Configure su municipio y su posición para ver sus socios en el mapa.</translation>
    </message>
    <message>
        <source>No partner yet: add them in the Partners tab.</source>
        <translation>Todavía no hay socios: añádalos en la pestaña Socios.</translation>
    </message>
    <message>
        <source>last exchange {date}</source>
        <translation>último intercambio el {date}</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>ningún intercambio registrado</translation>
    </message>
    <message>
        <source>Asleep: {partner}, {when}</source>
        <translation>Inactivo: {partner}, {when}</translation>
    </message>
    <message>
        <source>All the asleep partners…</source>
        <translation>Todos los socios inactivos…</translation>
    </message>
    <message>
        <source>One-way: {partner}, visits received {received}, made {made} (last five years)</source>
        <translation>En un solo sentido: {partner}, visitas recibidas {received}, hechas {made} (últimos cinco años)</translation>
    </message>
    <message>
        <source>Expired on {date}: {agreement} with {partner}</source>
        <translation>Vencido el {date}: {agreement} con {partner}</translation>
    </message>
    <message>
        <source>Expires on {date}: {agreement} with {partner}</source>
        <translation>Vence el {date}: {agreement} con {partner}</translation>
    </message>
    <message>
        <source>{years} years: {agreement} with {partner}, {when}</source>
        <translation>{years} años: {agreement} con {partner}, {when}</translation>
    </message>
    <message>
        <source>Nothing to look after: every tie is alive.</source>
        <translation>Nada que señalar: todos los lazos están vivos.</translation>
    </message>
    <message>
        <source>Mandat spécial to vote before {date} ({partner}): {names}</source>
        <translation>Mandat spécial que votar antes del {date} ({partner}): {names}</translation>
    </message>
    <message>
        <source>Visit of {partner}</source>
        <translation>Visita de {partner}</translation>
    </message>
    <message>
        <source>Trip to {partner}</source>
        <translation>Viaje a {partner}</translation>
    </message>
    <message>
        <source>Follow-up overdue since {date}: {text}</source>
        <translation>Seguimiento atrasado desde el {date}: {text}</translation>
    </message>
    <message>
        <source>Follow-up due {date}: {text}</source>
        <translation>Seguimiento para el {date}: {text}</translation>
    </message>
    <message>
        <source>Subsidy report due {date}: {action} ({funder})</source>
        <translation>Informe de subvención para el {date}: {action} ({funder})</translation>
    </message>
    <message>
        <source>Nothing planned in the next twelve months.</source>
        <translation>Nada previsto en los próximos doce meses.</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <source>partners-map.pdf</source>
        <translation>mapa-de-socios.pdf</translation>
    </message>
    <message>
        <source>PDF, A4 landscape (*.pdf);;PNG image (*.png)</source>
        <translation>PDF, A4 horizontal (*.pdf);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Map written to {path}.</source>
        <translation>Mapa guardado en {path}.</translation>
    </message>
    <message>
        <source>Map of the partners</source>
        <translation>Mapa de los socios</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Famille Martin</source>
        <translation>Familia García</translation>
    </message>
    <message>
        <source>does not host</source>
        <translation>no aloja</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>p. ej. alemán, polaco</translation>
    </message>
    <message>
        <source>Pets at home</source>
        <translation>Animales en casa</translation>
    </message>
    <message>
        <source>Smokers at home</source>
        <translation>Fumadores en casa</translation>
    </message>
    <message>
        <source>Step-free access (no stairs to the bedroom)</source>
        <translation>Acceso sin escalones (sin escaleras hasta el dormitorio)</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>vegetariana, sin gluten…</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Beds for visitors</source>
        <translation>Ca&amp;mas para visitantes</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>&amp;Diets they can cook</source>
        <translation>Di&amp;etas posibles</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new partner</source>
        <translation>socio nuevo</translation>
    </message>
    <message>
        <source>agreement added</source>
        <translation>acuerdo añadido</translation>
    </message>
    <message>
        <source>duplicate, skipped</source>
        <translation>duplicado, omitido</translation>
    </message>
    <message>
        <source>no name, left out</source>
        <translation>sin nombre, descartada</translation>
    </message>
    <message>
        <source>coordinates from the file</source>
        <translation>coordenadas del archivo</translation>
    </message>
    <message>
        <source>organisation, not on the map</source>
        <translation>organización, no en el mapa</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>posición desconocida</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Double-click to choose another place, a country or “not placed”.</source>
        <translation>Doble clic para elegir otro lugar, un país o «sin ubicar».</translation>
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
        <translation>país «{value}» no reconocido: elíjalo</translation>
    </message>
    <message>
        <source>{count} places fit; {place} was chosen</source>
        <translation>{count} lugares posibles; se ha elegido {place}</translation>
    </message>
    <message>
        <source>added to the partner of row {row}</source>
        <translation>añadida al socio de la fila {row}</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>posición desconocida</translation>
    </message>
    <message>
        <source>wording “{value}” kept as an “other” agreement</source>
        <translation>denominación «{value}» conservada como acuerdo «otro»</translation>
    </message>
</context>
<context>
    <name>ImportPartnersDialog</name>
    <message>
        <source>Import partners from {file}</source>
        <translation>Importar socios desde {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Sheet of the workbook to import</source>
        <translation>Hoja del libro que se importa</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Filas por revisar</translation>
    </message>
    <message>
        <source>Duplicates and rows left out</source>
        <translation>Duplicados y filas descartadas</translation>
    </message>
    <message>
        <source>&amp;Fix the row…</source>
        <translation>&amp;Corregir la fila…</translation>
    </message>
    <message>
        <source>Agreement &amp;wordings…</source>
        <translation>&amp;Denominaciones de acuerdos…</translation>
    </message>
    <message>
        <source>No column was recognised: found “{found}”; expected a town or partner name (“Ville”), and if you have them “Pays”, “Type d&apos;accord”, “Date de signature”.</source>
        <translation>Ninguna columna reconocida: encontrado «{found}»; se esperaba el nombre de la ciudad o del socio («Ville»), y si los tiene «Pays», «Type d&apos;accord», «Date de signature».</translation>
    </message>
    <message>
        <source>This sheet is empty: there is nothing to import.</source>
        <translation>Esta hoja está vacía: no hay nada que importar.</translation>
    </message>
    <message>
        <source>Rows marked in yellow need a look: double-click one to fix it.</source>
        <translation>Revise las filas en amarillo: doble clic en una para corregirla.</translation>
    </message>
    <message>
        <source>Discard your corrections?</source>
        <translation>¿Descartar sus correcciones?</translation>
    </message>
    <message>
        <source>The rows you fixed in this preview are not imported yet. Close and lose the corrections?</source>
        <translation>Las filas corregidas en esta vista previa aún no se han importado. ¿Cerrar y perder las correcciones?</translation>
    </message>
    <message>
        <source>Discard corrections</source>
        <translation>Descartar las correcciones</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once, about 20 seconds)…</source>
        <translation>Preparando la lista de ciudades (una sola vez, unos 20 segundos)…</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>No se ha importado nada. {error}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Date signed, as written:</source>
        <translation>Fecha de firma, tal como está escrita:</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%n new partner(s)</source>
        <translation>
            <numerusform>%n socio nuevo</numerusform>
            <numerusform>%n socios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placed on the map</source>
        <translation>
            <numerusform>%n en el mapa</numerusform>
            <numerusform>%n en el mapa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a position</source>
        <translation>
            <numerusform>%n sin posición</numerusform>
            <numerusform>%n sin posición</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicado omitido</numerusform>
            <numerusform>%n duplicados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a name left out</source>
        <translation>
            <numerusform>%n fila sin nombre descartada</numerusform>
            <numerusform>%n filas sin nombre descartadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden row(s) skipped</source>
        <translation>
            <numerusform>%n fila oculta omitida</numerusform>
            <numerusform>%n filas ocultas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to check (marked)</source>
        <translation>
            <numerusform>%n fila por revisar (marcada)</numerusform>
            <numerusform>%n filas por revisar (marcadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>{main}; {extras}</source>
        <translation>{main}; {extras}</translation>
    </message>
    <message>
        <source>Imported: {summary}.</source>
        <translation>Importado: {summary}.</translation>
    </message>
    <message>
        <source>To import: {summary}.</source>
        <translation>Por importar: {summary}.</translation>
    </message>
</context>
<context>
    <name>InvitedDialog</name>
    <message>
        <source>Invited participants</source>
        <translation>Participantes invitados</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(ningún socio)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Socio</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>(anonymous person)</source>
        <translation>(persona anonimizada)</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparada</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Abonada</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Official mission</source>
        <translation>Misión oficial</translation>
    </message>
    <message>
        <source>Identification mission</source>
        <translation>Misión de identificación</translation>
    </message>
    <message>
        <source>Technical visit</source>
        <translation>Visita técnica</translation>
    </message>
    <message>
        <source>Youth exchange</source>
        <translation>Intercambio juvenil</translation>
    </message>
    <message>
        <source>Citizens&apos; trip</source>
        <translation>Viaje de vecinos</translation>
    </message>
    <message>
        <source>Sports delegation</source>
        <translation>Delegación deportiva</translation>
    </message>
    <message>
        <source>Cultural delegation</source>
        <translation>Delegación cultural</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Cargo electo</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Miembro del comité</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Vecino/a</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Conductor/a</translation>
    </message>
    <message>
        <source>Chaperone</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Autocar</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Avión</translation>
    </message>
    <message>
        <source>Minibus</source>
        <translation>Minibús</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Official reception</source>
        <translation>Recepción oficial</translation>
    </message>
    <message>
        <source>Twinning anniversary</source>
        <translation>Aniversario del hermanamiento</translation>
    </message>
    <message>
        <source>School exchange</source>
        <translation>Intercambio escolar</translation>
    </message>
    <message>
        <source>Sports meeting</source>
        <translation>Encuentro deportivo</translation>
    </message>
    <message>
        <source>Concert</source>
        <translation>Concierto</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Market / stand</source>
        <translation>Mercado / puesto</translation>
    </message>
    <message>
        <source>Conference / workshop</source>
        <translation>Conferencia / taller</translation>
    </message>
    <message>
        <source>General assembly</source>
        <translation>Asamblea general</translation>
    </message>
    <message>
        <source>Committee meeting</source>
        <translation>Reunión del comité</translation>
    </message>
    <message>
        <source>Fundraising</source>
        <translation>Recaudación de fondos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Efectos aquí</translation>
    </message>
    <message>
        <source>Visit received</source>
        <translation>Visita recibida</translation>
    </message>
    <message>
        <source>Visit made</source>
        <translation>Visita realizada</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>En exploración</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Twinning charter</source>
        <translation>Carta de hermanamiento</translation>
    </message>
    <message>
        <source>Honorary twinning</source>
        <translation>Hermanamiento honorífico</translation>
    </message>
    <message>
        <source>Exclusive twinning</source>
        <translation>Hermanamiento exclusivo</translation>
    </message>
    <message>
        <source>Friendship and cooperation pact</source>
        <translation>Pacto de amistad y cooperación</translation>
    </message>
    <message>
        <source>Decentralised cooperation agreement</source>
        <translation>Convenio de cooperación descentralizada</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Carta de intenciones</translation>
    </message>
    <message>
        <source>Project partnership</source>
        <translation>Asociación para un proyecto</translation>
    </message>
    <message>
        <source>Other agreement</source>
        <translation>Otro acuerdo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Socios</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;ventos</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Delegaciones</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Presupuesto</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
    <message>
        <source>Demo commune — {file}</source>
        <translation>Municipio de demostración — {file}</translation>
    </message>
    <message>
        <source>READ-ONLY — {file}</source>
        <translation>SOLO LECTURA — {file}</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (solo lectura)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Archivos &amp;recientes</translation>
    </message>
    <message>
        <source>Open the &amp;demo commune</source>
        <translation>Abrir el municipio de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Save a &amp;copy of the database…</source>
        <translation>&amp;Guardar una copia de la base de datos…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;taurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Import partners…</source>
        <translation>&amp;Importar socios…</translation>
    </message>
    <message>
        <source>&amp;Export partners…</source>
        <translation>&amp;Exportar socios…</translation>
    </message>
    <message>
        <source>&amp;Activity report of a year (PDF)…</source>
        <translation>&amp;Memoria de actividades de un año (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>The undo history was emptied: it held the personal data just erased.</source>
        <translation>Se ha vaciado el historial de deshacer: contenía los datos personales que se acaban de borrar.</translation>
    </message>
    <message>
        <source>H&amp;ome</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Shared database: {address}</source>
        <translation>Base compartida: {address}</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>Conectarse a una base &amp;compartida…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>A shared database is restored on the server. A backup made here is a file: open it with File › Open database.</source>
        <translation>Una base compartida se restaura en el servidor. Una copia hecha aquí es un archivo: ábrala con Archivo › Abrir base de datos.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>{commune} (demo)</source>
        <translation>{commune} (demo)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Help on this &amp;tab</source>
        <translation>Ayuda sobre esta &amp;pestaña</translation>
    </message>
    <message>
        <source>&amp;About Twinning Desk</source>
        <translation>&amp;Acerca de Twinning Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>{path} already exists; it was opened instead of replaced.</source>
        <translation>{path} ya existe; se ha abierto en lugar de sustituirlo.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Abierto {path}</translation>
    </message>
    <message>
        <source>The undo history of the previous file was cleared.</source>
        <translation>Se ha borrado el historial para deshacer del archivo anterior.</translation>
    </message>
    <message>
        <source>Connected to {database}</source>
        <translation>Conectado a {database}</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup on opening saved.</source>
        <translation>Copia de seguridad de la apertura guardada.</translation>
    </message>
    <message>
        <source>Finishing the backup…</source>
        <translation>Terminando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Updated with changes made by others.</source>
        <translation>Actualizado con los cambios de otras personas.</translation>
    </message>
    <message>
        <source>Also connected: {names}</source>
        <translation>También conectados: {names}</translation>
    </message>
    <message>
        <source>Demo commune opened.</source>
        <translation>Municipio de demostración abierto.</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Copia de seguridad guardada: {path}</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Guardar una copia de la base de datos</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copia guardada: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace everything in {file} with the copy of {date}?

The current state is backed up first; you can restore it from the same list.</source>
        <translation>¿Sustituir todo el contenido de {file} por la copia del {date}?

Antes se hace una copia de seguridad del estado actual; podrá restaurarlo desde la misma lista.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Backup restored. The undo history was cleared.</source>
        <translation>Copia restaurada. Se ha vaciado el historial de deshacer.</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Memoria de actividades</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <source>activity-report-{year}.pdf</source>
        <translation>memoria-actividades-{year}.pdf</translation>
    </message>
    <message>
        <source>Activity report written: {path}</source>
        <translation>Memoria de actividades escrita: {path}</translation>
    </message>
    <message>
        <source>About Twinning Desk</source>
        <translation>Acerca de Twinning Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;The desktop tool of town-twinning committees: partners, events, delegations and budget, in one file on your computer, with no network needed.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Twinning Desk {version}&lt;/h3&gt;&lt;p&gt;La herramienta de los comités de hermanamiento: socios, eventos, delegaciones y presupuesto, en un solo archivo en su ordenador, sin necesidad de red.&lt;/p&gt;&lt;p&gt;Base de datos: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Our partners — {commune}</source>
        <translation>Nuestros socios — {commune}</translation>
    </message>
    <message>
        <source>Our partners</source>
        <translation>Nuestros socios</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Récords</translation>
    </message>
    <message>
        <source>Made on {date} with Twinning Desk.</source>
        <translation>Elaborado el {date} con Twinning Desk.</translation>
    </message>
    <message>
        <source>The home commune has no position yet: distances are not shown.</source>
        <translation>El municipio todavía no tiene posición: no se indican las distancias.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>No exchange recorded</source>
        <translation>Ningún intercambio registrado</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>En prospección</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Nuestro municipio</translation>
    </message>
    <message>
        <source>Outlines: Natural Earth (public domain). Distances as the crow flies.</source>
        <translation>Contornos: Natural Earth (dominio público). Distancias en línea recta.</translation>
    </message>
    <message>
        <source>tied with {names}, first by name</source>
        <translation>empatado con {names}, primero por orden alfabético</translation>
    </message>
    <message>
        <source>Farthest</source>
        <translation>El más lejano</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>El más cercano</translation>
    </message>
    <message>
        <source>Northernmost</source>
        <translation>El más al norte</translation>
    </message>
    <message>
        <source>Southernmost</source>
        <translation>El más al sur</translation>
    </message>
    <message>
        <source>Most populous</source>
        <translation>El más poblado</translation>
    </message>
    <message>
        <source>Oldest agreement</source>
        <translation>El acuerdo más antiguo</translation>
    </message>
    <message>
        <source>Newest agreement</source>
        <translation>El acuerdo más reciente</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Continents</source>
        <translation>Continentes</translation>
    </message>
    <message>
        <source>Trips in {year}, there and back</source>
        <translation>Viajes {year}, ida y vuelta</translation>
    </message>
    <message>
        <source>Not placed on the map</source>
        <translation>No situados en el mapa</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Type a name to search the directory…</source>
        <translation>Escriba un nombre para buscar en el directorio…</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Elija una persona</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nueva &amp;persona…</translation>
    </message>
    <message>
        <source>Invited from the partner town (a visitor)</source>
        <translation>Invitado/a de la ciudad socia (visitante)</translation>
    </message>
    <message>
        <source>Guardian&apos;s authorisation received</source>
        <translation>Autorización parental recibida</translation>
    </message>
    <message>
        <source>deliberation no., e.g. 2026-047</source>
        <translation>n.º de acuerdo, p. ej. 2026-047</translation>
    </message>
    <message>
        <source>Mandat spécial (municipal council)</source>
        <translation>Mandat spécial (pleno municipal)</translation>
    </message>
    <message>
        <source>An elected member travels on a mandat spécial: a deliberation of the municipal council, voted before the departure, that names the mission. Without it the costs of the trip cannot be refunded (CGCT, article L2123-18). Write the deliberation&apos;s number and the day it was voted.</source>
        <translation>Un cargo electo viaja con un «mandat spécial»: un acuerdo del pleno municipal, votado antes de la salida, que designa la misión. Sin él, los gastos del viaje no pueden reembolsarse (CGCT, artículo L2123-18). Indique el número del acuerdo y la fecha de la votación.</translation>
    </message>
    <message>
        <source>&amp;Deliberation</source>
        <translation>&amp;Acuerdo</translation>
    </message>
    <message>
        <source>&amp;Voted on</source>
        <translation>&amp;Votado el</translation>
    </message>
    <message>
        <source>vegetarian, gluten-free…</source>
        <translation>vegetariana, sin gluten…</translation>
    </message>
    <message>
        <source>allergy, treatment… (purged after the visit)</source>
        <translation>alergia, tratamiento… (se borra tras la visita)</translation>
    </message>
    <message>
        <source>Cannot stay with pets</source>
        <translation>No puede alojarse con animales</translation>
    </message>
    <message>
        <source>Needs a non-smoking home</source>
        <translation>Necesita una vivienda sin humo</translation>
    </message>
    <message>
        <source>Needs step-free access</source>
        <translation>Necesita acceso sin escalones</translation>
    </message>
    <message>
        <source>same word for people who stay together</source>
        <translation>misma palabra para quienes se alojan juntos</translation>
    </message>
    <message>
        <source>Hosting needs (sensitive)</source>
        <translation>Necesidades de alojamiento (datos sensibles)</translation>
    </message>
    <message>
        <source>D&amp;iet</source>
        <translation>D&amp;ieta</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Salud</translation>
    </message>
    <message>
        <source>Stays &amp;with</source>
        <translation>Se aloja &amp;con</translation>
    </message>
    <message>
        <source>&amp;Person *</source>
        <translation>&amp;Persona *</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>a partner</source>
        <translation>un socio</translation>
    </message>
    <message>
        <source>an agreement</source>
        <translation>un acuerdo</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contacto</translation>
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
        <translation>una acción de seguimiento</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>una delegación</translation>
    </message>
    <message>
        <source>a delegation member</source>
        <translation>un miembro de la delegación</translation>
    </message>
    <message>
        <source>a host family assignment</source>
        <translation>una asignación a familia de acogida</translation>
    </message>
    <message>
        <source>a programme item</source>
        <translation>una actividad del programa</translation>
    </message>
    <message>
        <source>a mission report</source>
        <translation>un informe de misión</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>una persona</translation>
    </message>
    <message>
        <source>a host family</source>
        <translation>una familia de acogida</translation>
    </message>
    <message>
        <source>a budget line</source>
        <translation>una línea del presupuesto</translation>
    </message>
    <message>
        <source>a subsidy</source>
        <translation>una subvención</translation>
    </message>
    <message>
        <source>the commune’s details</source>
        <translation>los datos del municipio</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>un registro</translation>
    </message>
    <message>
        <source>Something this touches ({record}) was changed since, from another window or the command line. Nothing was written, so that change is not lost.</source>
        <translation>Algo afectado ({record}) se ha modificado desde entonces, en otra ventana o desde la línea de comandos. No se ha escrito nada, para que ese cambio no se pierda.</translation>
    </message>
    <message>
        <source>partner {name}</source>
        <translation>el socio {name}</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>los socios</translation>
    </message>
    <message>
        <source>event {name}</source>
        <translation>el evento {name}</translation>
    </message>
    <message>
        <source>events</source>
        <translation>los eventos</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>la delegación</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>las delegaciones</translation>
    </message>
    <message>
        <source>budget line {name}</source>
        <translation>la línea del presupuesto {name}</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>las líneas del presupuesto</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>la subvención</translation>
    </message>
    <message>
        <source>subsidies</source>
        <translation>las subvenciones</translation>
    </message>
    <message>
        <source>mission report</source>
        <translation>el informe de misión</translation>
    </message>
    <message>
        <source>mission reports</source>
        <translation>los informes de misión</translation>
    </message>
    <message>
        <source>host family {name}</source>
        <translation>la familia de acogida {name}</translation>
    </message>
    <message>
        <source>host families</source>
        <translation>las familias de acogida</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>la persona {name}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>las personas</translation>
    </message>
    <message>
        <source>delegation members</source>
        <translation>los miembros de la delegación</translation>
    </message>
    <message>
        <source>host family assignments</source>
        <translation>las asignaciones a familias</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>las acciones de seguimiento</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>el acuerdo</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>los acuerdos</translation>
    </message>
    <message>
        <source>contact {name}</source>
        <translation>el contacto {name}</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>los contactos</translation>
    </message>
    <message>
        <source>document {name}</source>
        <translation>el documento {name}</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>los documentos</translation>
    </message>
    <message>
        <source>commune’s details</source>
        <translation>los datos del municipio</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>los ajustes</translation>
    </message>
    <message>
        <source>chart of accounts</source>
        <translation>el plan de cuentas</translation>
    </message>
    <message>
        <source>funders</source>
        <translation>los financiadores</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>los temas</translation>
    </message>
    <message>
        <source>local actors</source>
        <translation>los actores locales</translation>
    </message>
    <message>
        <source>Create {what}</source>
        <translation>Crear {what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Modificar {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Eliminar {what}</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this line? It is deleted when you save the partner.</source>
        <translation>¿Quitar esta línea? Se eliminará al guardar el socio.</translation>
    </message>
    <message>
        <source>Partner: {name}</source>
        <translation>Socio: {name}</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>This partner has changes that are not saved. Close without saving them?</source>
        <translation>Este socio tiene cambios sin guardar. ¿Cerrar sin guardarlos?</translation>
    </message>
    <message>
        <source>e.g. German, Polish</source>
        <translation>p. ej. alemán, polaco</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Nat&amp;uraleza</translation>
    </message>
    <message>
        <source>&amp;Country *</source>
        <translation>&amp;País *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>Find the &amp;town</source>
        <translation>Buscar la &amp;ciudad</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>Po&amp;blación</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Another theme…</source>
        <translation>Otro tema…</translation>
    </message>
    <message>
        <source>Add &amp;theme</source>
        <translation>Añadir el &amp;tema</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <source>{status}, asleep</source>
        <translation>{status}, inactivo</translation>
    </message>
    <message>
        <source>position unknown</source>
        <translation>posición desconocida</translation>
    </message>
    <message>
        <source>no exchange recorded</source>
        <translation>ningún intercambio registrado</translation>
    </message>
    <message>
        <source>This town is not placed on the map yet: open it and find it by its name.</source>
        <translation>Esta ciudad aún no está en el mapa: ábrala y búsquela por su nombre.</translation>
    </message>
    <message>
        <source>No event or delegation is recorded with this partner yet.</source>
        <translation>Aún no hay ningún evento ni delegación registrados con este socio.</translation>
    </message>
    <message>
        <source>Asleep: no exchange for more than {months} months.</source>
        <translation>Inactivo: ningún intercambio desde hace más de {months} meses.</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Search a partner or a country…</source>
        <translation>Buscar un socio o un país…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Asleep only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Nuevo socio…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n socio</numerusform>
            <numerusform>%n socios</numerusform>
        </translation>
    </message>
    <message>
        <source>No partner matches this search.</source>
        <translation>Ningún socio coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>No partner yet. Click “New partner…” to add one, or “Import…” to read the list your committee already keeps (Excel or CSV).</source>
        <translation>Todavía no hay socios. Pulse «Nuevo socio…» para añadir uno, o «Importar…» para leer la lista que su comité ya lleva (Excel o CSV).</translation>
    </message>
    <message>
        <source>Partner saved.</source>
        <translation>Socio guardado.</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Eliminar socio</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it.

Set its status to “Ended” instead; its history stays in your records.</source>
        <translation>{name} no se puede eliminar: {events} evento(s) y {delegations} delegación(es) lo mencionan.

Cambie más bien su estado a «Terminado»; su historial permanece en sus archivos.</translation>
    </message>
    <message>
        <source>Delete {name} with its agreements, contacts and documents?

You can undo this with Edit › Undo (Ctrl+Z).</source>
        <translation>¿Eliminar {name} con sus acuerdos, contactos y documentos?

Puede deshacerlo con Edición › Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete partner {name}</source>
        <translation>Eliminar el socio {name}</translation>
    </message>
    <message>
        <source>{name} deleted. Ctrl+Z to undo.</source>
        <translation>{name} eliminado. Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <source>Import partners</source>
        <translation>Importar socios</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Exportar socios</translation>
    </message>
    <message>
        <source>partners.xlsx</source>
        <translation>socios.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>Partners exported to {path}.</source>
        <translation>Socios exportados a {path}.</translation>
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
        <translation>p. ej. alemán, polaco</translation>
    </message>
    <message>
        <source>Minor (under 18): record the date of birth</source>
        <translation>Menor (menos de 18 años): anote la fecha de nacimiento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(our commune)</source>
        <translation>(nuestro municipio)</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Surname *</source>
        <translation>Ape&amp;llidos *</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Co&amp;rreo electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Town</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>P&amp;aís</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>From &amp;partner town</source>
        <translation>De la ciudad &amp;socia</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>&amp;Hogar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>PlaceSearch</name>
    <message>
        <source>Type a town name, then pick it in the list</source>
        <translation>Escriba el nombre de una ciudad y elíjala en la lista</translation>
    </message>
    <message>
        <source>Search a town</source>
        <translation>Buscar un municipio</translation>
    </message>
    <message>
        <source>Stop preparing</source>
        <translation>Detener la preparación</translation>
    </message>
    <message>
        <source>Preparing the list of towns (once only, under a minute)…</source>
        <translation>Preparando la lista de ciudades (una sola vez, menos de un minuto)…</translation>
    </message>
    <message>
        <source>The list of towns was not prepared; type the coordinates instead.</source>
        <translation>La lista de ciudades no se ha preparado; introduzca las coordenadas.</translation>
    </message>
    <message>
        <source>The list of towns is not available ({error}); type the coordinates.</source>
        <translation>La lista de ciudades no está disponible ({error}); introduzca las coordenadas.</translation>
    </message>
    <message>
        <source>{name} — {where} — {population} inh.</source>
        <translation>{name} — {where} — {population} hab.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ej. {example}</translation>
    </message>
</context>
<context>
    <name>Printed</name>
    <message>
        <source>Activity report {year}</source>
        <translation>Memoria de actividades {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Año {year}</translation>
    </message>
    <message>
        <source>Situation on {date}</source>
        <translation>Situación a {date}</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>El año en resumen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <source>Visits received</source>
        <translation>Visitas recibidas</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>Visitas realizadas</translation>
    </message>
    <message>
        <source>Local participants</source>
        <translation>Participantes locales</translation>
    </message>
    <message>
        <source>Invited participants</source>
        <translation>Participantes invitados</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Por socio</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Committee events with no partner</source>
        <translation>Actos del comité sin socio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The year’s accounts</source>
        <translation>Las cuentas del año</translation>
    </message>
    <message>
        <source>Whole budget of the year</source>
        <translation>Presupuesto completo del ejercicio</translation>
    </message>
    <message>
        <source>of which linked to an event or a delegation</source>
        <translation>del cual vinculado a un evento o una delegación</translation>
    </message>
    <message>
        <source>of which not linked to an action (running costs, annual subsidies, dues)</source>
        <translation>del cual no vinculado a una acción (funcionamiento, subvenciones anuales, cuotas)</translation>
    </message>
    <message>
        <source>Result of the year (received less spent)</source>
        <translation>Resultado del ejercicio (ingresos menos gastos)</translation>
    </message>
    <message>
        <source>Actual amounts of the {year} budget, contributions in kind apart. The amounts per partner and per action below are those of the budget lines linked to each event or delegation that took place.</source>
        <translation>Importes reales del presupuesto {year}, sin las contribuciones en especie. Los importes por socio y por acción que siguen son los de las líneas vinculadas a cada evento o delegación realizados.</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message>
        <source>{when}, {commune} received a delegation from {partner} ({purpose}); participants: {count}.</source>
        <translation>{when}, {commune} recibió una delegación de {partner} ({purpose}); participantes: {count}.</translation>
    </message>
    <message>
        <source>{when}, a delegation from {commune} travelled to {partner} ({purpose}); participants: {count}.</source>
        <translation>{when}, una delegación de {commune} viajó a {partner} ({purpose}); participantes: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}.</source>
        <translation>{when}, «{title}»{place}; participantes: {count}.</translation>
    </message>
    <message>
        <source>{when}, “{title}”{place}; participants: {count}, of whom invited: {invited}.</source>
        <translation>{when}, «{title}»{place}; participantes: {count}, de ellos invitados: {invited}.</translation>
    </message>
    <message>
        <source>Results: {results}</source>
        <translation>Resultados: {results}</translation>
    </message>
    <message>
        <source>The year ahead</source>
        <translation>El año próximo</translation>
    </message>
    <message>
        <source>What is planned or due from {start} to {end}.</source>
        <translation>Lo previsto o pendiente del {start} al {end}.</translation>
    </message>
    <message>
        <source>Nothing planned yet for the next twelve months.</source>
        <translation>Aún no hay nada previsto para los próximos doce meses.</translation>
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
        <translation>Aniversario</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Informe pendiente</translation>
    </message>
    <message>
        <source>Delegation from {partner} received</source>
        <translation>Recepción de una delegación de {partner}</translation>
    </message>
    <message>
        <source>Delegation travelling to {partner}</source>
        <translation>Viaje de una delegación a {partner}</translation>
    </message>
    <message>
        <source>{years} years of the twinning with {partner}</source>
        <translation>{years} años del hermanamiento con {partner}</translation>
    </message>
    <message>
        <source>Financial report to send: {what}</source>
        <translation>Informe financiero por enviar: {what}</translation>
    </message>
    <message>
        <source>Where our partners are</source>
        <translation>Dónde están nuestros socios</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No event and no delegation this year.</source>
        <translation>Ni eventos ni delegaciones este año.</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Página {page} / {pages}</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista de asistencia</translation>
    </message>
    <message>
        <source>Host town</source>
        <translation>Ciudad anfitriona</translation>
    </message>
    <message>
        <source>Invited town</source>
        <translation>Ciudad invitada</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Referencia de la subvención</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>First name and SURNAME</source>
        <translation>Nombre y APELLIDOS</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>By signing, each participant certifies having taken part in the activity above.</source>
        <translation>Con su firma, cada participante certifica haber participado en la actividad indicada arriba.</translation>
    </message>
    <message>
        <source>Host families</source>
        <translation>Familias de acogida</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Familia de acogida</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Diet and health</source>
        <translation>Dieta y salud</translation>
    </message>
    <message>
        <source>(no host yet)</source>
        <translation>(todavía sin alojamiento)</translation>
    </message>
    <message>
        <source>Contains health information: keep it safe and destroy it after the visit.</source>
        <translation>Contiene datos de salud: guárdelo en lugar seguro y destrúyalo después de la visita.</translation>
    </message>
    <message>
        <source>Town hall of {commune}</source>
        <translation>Ayuntamiento de {commune}</translation>
    </message>
    <message>
        <source>Organised by: {committee}</source>
        <translation>Organizado por: {committee}</translation>
    </message>
    <message>
        <source>Certification by the organiser</source>
        <translation>Certificación del organizador</translation>
    </message>
    <message>
        <source>I, the undersigned, organiser of the activity, certify that this list is accurate and was signed by the participants present.</source>
        <translation>El/La abajo firmante, organizador de la actividad, certifica la exactitud de la presente lista, firmada por los participantes presentes.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Informe de misión</translation>
    </message>
    <message>
        <source>Partner town</source>
        <translation>Ciudad socia</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Objectives and link with the partnership</source>
        <translation>Objetivos y relación con el hermanamiento</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>La delegación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>deliberation {number} of {date}</source>
        <translation>acuerdo n.º {number} del {date}</translation>
    </message>
    <message>
        <source>Programme and people met</source>
        <translation>Programa e interlocutores</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Interlocutores</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Efectos aquí</translation>
    </message>
    <message>
        <source>Effects in the partner town</source>
        <translation>Efectos en la ciudad socia</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Perspectives and next steps</source>
        <translation>Perspectivas y próximos pasos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Costs and financing</source>
        <translation>Costes y financiación</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Mission allowances of the elected officials</source>
        <translation>Dietas de viaje de los cargos electos</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Dieta diaria</translation>
    </message>
    <message>
        <source>Nights hosted free (−65 %)</source>
        <translation>Noches ofrecidas (−65 %)</translation>
    </message>
    <message>
        <source>Meals offered (−17.5 %)</source>
        <translation>Comidas ofrecidas (−17,5 %)</translation>
    </message>
    <message>
        <source>No budget line is linked to this delegation.</source>
        <translation>Ninguna partida presupuestaria está vinculada a esta delegación.</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Lista de distribución</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>En {place}, a {date}</translation>
    </message>
    <message>
        <source>Template to fill in by hand</source>
        <translation>Plantilla para rellenar a mano</translation>
    </message>
    <message>
        <source>Hosting report</source>
        <translation>Informe de acogida</translation>
    </message>
    <message>
        <source>Delegation received from</source>
        <translation>Delegación recibida de</translation>
    </message>
    <message>
        <source>Objectives of the visit and link with the partnership</source>
        <translation>Objetivos de la visita y vínculo con el hermanamiento</translation>
    </message>
    <message>
        <source>The delegation received</source>
        <translation>La delegación recibida</translation>
    </message>
    <message>
        <source>Programme of the visit and people met</source>
        <translation>Programa de la visita y personas con las que se reunió</translation>
    </message>
    <message>
        <source>no deliberation recorded</source>
        <translation>ningún acuerdo registrado</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Subsidies</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <source>Share of the partner town</source>
        <translation>Aportación de la ciudad socia</translation>
    </message>
    <message>
        <source>Participants’ contributions and other income</source>
        <translation>Aportaciones de los participantes y otros ingresos</translation>
    </message>
    <message>
        <source>Mission allowance: {name}</source>
        <translation>Dietas de misión: {name}</translation>
    </message>
    <message>
        <source>Balance borne by the commune or the committee</source>
        <translation>Saldo a cargo del municipio o del comité</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excedente</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total de gastos</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total de ingresos</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>Function: {function}</source>
        <translation>Cargo: {function}</translation>
    </message>
    <message>
        <source>Stamp of the town hall</source>
        <translation>Sello del ayuntamiento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No report has been saved for this delegation yet: the sections after this page are left blank, to be filled in by hand.</source>
        <translation>Aún no se ha guardado ningún informe para esta delegación: las secciones tras esta página quedan en blanco, para rellenar a mano.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Programme item</source>
        <translation>Punto del programa</translation>
    </message>
    <message>
        <source>hh:mm, if any</source>
        <translation>hh:mm, si la hay</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Activity *</source>
        <translation>&amp;Actividad *</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>People &amp;met</source>
        <translation>&amp;Interlocutores</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The file is open read-only: nothing can be changed in it. To make changes, open a copy you can write to, or close it where it is in use.</source>
        <translation>El archivo está abierto en modo de solo lectura: no se puede cambiar nada. Para hacer cambios, abra una copia en la que pueda escribir, o ciérrelo donde esté en uso.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>This file is open read-only: changes cannot be saved.</source>
        <translation>Este archivo está abierto en solo lectura: los cambios no se pueden guardar.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report: {partner}, {date}</source>
        <translation>Informe de misión: {partner}, {date}</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>Próximos &amp;pasos</translation>
    </message>
    <message>
        <source>&amp;Allowances</source>
        <translation>&amp;Dietas</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Blank template…</source>
        <translation>Plantilla en &amp;blanco…</translation>
    </message>
    <message>
        <source>This report has changes that are not saved. Close without saving them?</source>
        <translation>Este informe tiene cambios sin guardar. ¿Cerrar sin guardarlos?</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>Res&amp;ultados</translation>
    </message>
    <message>
        <source>Effects &amp;here</source>
        <translation>Efectos &amp;aquí</translation>
    </message>
    <message>
        <source>Effects &amp;there</source>
        <translation>Efectos a&amp;llí</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Conclusiones</translation>
    </message>
    <message>
        <source>&amp;Perspectives</source>
        <translation>&amp;Perspectivas</translation>
    </message>
    <message>
        <source>&amp;Distribution list</source>
        <translation>Lista de &amp;distribución</translation>
    </message>
    <message>
        <source>Municipal council, committee members, the partner town hall…</source>
        <translation>Pleno municipal, miembros del comité, ayuntamiento socio…</translation>
    </message>
    <message>
        <source>Each elected member&apos;s mission allowance: the days abroad times the daily flat rate (forfait), less a share for each night or meal given free by the hosts. The rate is the one the council voted; the total goes into the report&apos;s costs.</source>
        <translation>La dieta de misión de cada cargo electo: los días en el extranjero por la tarifa diaria (forfait), menos una parte por cada noche o comida ofrecida por los anfitriones. La tarifa es la votada por el pleno; el total entra en los costes del informe.</translation>
    </message>
    <message>
        <source>For each elected official travelling: days abroad × the daily rate set by the council, less 65 % of the rate for each night hosted free and 17.5 % for each meal offered by the partner. Double-click a cell to type.</source>
        <translation>Para cada cargo electo que viaja: días en el extranjero × la dieta diaria fijada por el pleno, menos el 65 % de la dieta por cada noche ofrecida y el 17,5 % por cada comida ofrecida por el socio. Haga doble clic en una celda para escribir.</translation>
    </message>
    <message>
        <source>Mayor, deputy mayor, chair of the committee…</source>
        <translation>Alcalde/sa, teniente de alcalde, presidente/a del comité…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <source>Signed &amp;at</source>
        <translation>Firmado &amp;en</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Firmado &amp;el</translation>
    </message>
    <message>
        <source>Preview of the mission report</source>
        <translation>Vista previa del informe de misión</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Guardar el informe de misión</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>when the file was opened</source>
        <translation>al abrir el archivo</translation>
    </message>
    <message>
        <source>when the app was closed</source>
        <translation>al cerrar la aplicación</translation>
    </message>
    <message>
        <source>saved by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>just before a restore</source>
        <translation>justo antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring replaces what the file holds now with the chosen copy. The current state is backed up first, so you can come back to it from this same list.</source>
        <translation>Restaurar sustituye el contenido actual del archivo por la copia elegida. Antes se hace una copia de seguridad del estado actual, así que podrá volver a él desde esta misma lista.</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad de este archivo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>RowChoiceDialog</name>
    <message>
        <source>Row {row}: {name}</source>
        <translation>Fila {row}: {name}</translation>
    </message>
    <message>
        <source>14/07/1985, 1985 or 2001-2002</source>
        <translation>14/07/1985, 1985 o 2001-2002</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tal como está escrito</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;Firmado</translation>
    </message>
    <message>
        <source>Not placed (position unknown)</source>
        <translation>Sin ubicar (posición desconocida)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Flag a partner as &amp;asleep after</source>
        <translation>Marcar un socio como ina&amp;ctivo después de</translation>
    </message>
    <message>
        <source>The fiscal year &amp;starts in</source>
        <translation>El e&amp;jercicio empieza en</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>&amp;Erase now…</source>
        <translation>&amp;Borrar ahora…</translation>
    </message>
    <message>
        <source>Erase participants of visits older than</source>
        <translation>Borrar los participantes de visitas de hace más de</translation>
    </message>
    <message>
        <source>Event types of the committee</source>
        <translation>Tipos de evento del comité</translation>
    </message>
    <message>
        <source>e.g. Christmas market, choir tour…</source>
        <translation>p. ej., mercadillo de Navidad, gira del coro…</translation>
    </message>
    <message>
        <source>The usual types (official reception, concert…) are built in; add your committee&apos;s own here.</source>
        <translation>Los tipos habituales (recepción oficial, concierto…) ya están incluidos; añada aquí los de su comité.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Chart of accounts (budget)</source>
        <translation>Plan de cuentas (presupuesto)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Add a sub-account…</source>
        <translation>Añadir una subcuenta…</translation>
    </message>
    <message>
        <source>Home commune</source>
        <translation>Nuestro municipio</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Nobody took part only in visits older than {years} years.</source>
        <translation>Nadie ha participado solo en visitas de hace más de {years} años.</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n person(s) whose last visit ended more than {years} years ago? Counts of past visits stay true. This cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar los datos personales de %n persona cuya última visita terminó hace más de {years} años? Los recuentos de visitas pasadas siguen siendo exactos. No se puede deshacer.</numerusform>
            <numerusform>¿Borrar los datos personales de %n personas cuya última visita terminó hace más de {years} años? Los recuentos de visitas pasadas siguen siendo exactos. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) erased.</source>
        <translation>
            <numerusform>%n persona borrada.</numerusform>
            <numerusform>%n personas borradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Cambiar el nombre de la cuenta</translation>
    </message>
    <message>
        <source>Label of account {code}:</source>
        <translation>Nombre de la cuenta {code}:</translation>
    </message>
    <message>
        <source>Choose the account the new one belongs under.</source>
        <translation>Elija la cuenta bajo la que colocar la nueva.</translation>
    </message>
    <message>
        <source>New sub-account</source>
        <translation>Nueva subcuenta</translation>
    </message>
    <message>
        <source>Number of the new account under {parent}:</source>
        <translation>Número de la nueva cuenta bajo {parent}:</translation>
    </message>
</context>
<context>
    <name>SubsidyDialog</name>
    <message>
        <source>Subsidy request</source>
        <translation>Solicitud de subvención</translation>
    </message>
    <message>
        <source>six months after the fiscal year, if empty</source>
        <translation>seis meses después del ejercicio, si está vacío</translation>
    </message>
    <message>
        <source>&amp;Funder *</source>
        <translation>&amp;Financiador *</translation>
    </message>
    <message>
        <source>&amp;Action financed *</source>
        <translation>&amp;Acción financiada *</translation>
    </message>
    <message>
        <source>Amount &amp;requested (€)</source>
        <translation>Importe &amp;solicitado (€)</translation>
    </message>
    <message>
        <source>Amount &amp;granted (€)</source>
        <translation>Importe &amp;concedido (€)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Requested &amp;on</source>
        <translation>Solicitada e&amp;l</translation>
    </message>
    <message>
        <source>Financial report &amp;due</source>
        <translation>Justificación económica an&amp;tes de</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>&amp;Referencia</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer las columnas</translation>
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
        <translation>juventud</translation>
    </message>
    <message>
        <source>schools</source>
        <translation>educación</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>deporte</translation>
    </message>
    <message>
        <source>heritage</source>
        <translation>patrimonio</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>economía</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>turismo</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>medio ambiente</translation>
    </message>
    <message>
        <source>solidarity</source>
        <translation>solidaridad</translation>
    </message>
    <message>
        <source>local governance</source>
        <translation>gobernanza local</translation>
    </message>
    <message>
        <source>health</source>
        <translation>salud</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{value}” could be read two ways (a decimal comma or a thousands separator) and nothing else in the file tells which: write it 1 500 or 1,50, or say which mark the file uses (--decimal-mark).</source>
        <translation>«{value}» se puede leer de dos maneras (coma decimal o separador de miles) y nada más en el archivo lo aclara: escriba 1 500 o 1,50, o indique el separador del archivo (--decimal-mark).</translation>
    </message>
    <message>
        <source>“{value}” is not an account of the chart (60 to 87).</source>
        <translation>«{value}» no es una cuenta del plan (de 60 a 87).</translation>
    </message>
    <message>
        <source>this category does not match the kind of line.</source>
        <translation>esta categoría no corresponde a la naturaleza de la partida.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» no es un número.</translation>
    </message>
    <message>
        <source>“{value}” no longer exists; today&apos;s country was chosen.</source>
        <translation>«{value}» ya no existe; se ha elegido el país actual.</translation>
    </message>
    <message>
        <source>is out of range.</source>
        <translation>está fuera de rango.</translation>
    </message>
    <message>
        <source>country “{value}” not recognised; taken from the place found.</source>
        <translation>país «{value}» no reconocido; tomado del lugar encontrado.</translation>
    </message>
    <message>
        <source>this agreement is already recorded.</source>
        <translation>este acuerdo ya está registrado.</translation>
    </message>
    <message>
        <source>same partner, agreement and date as an earlier row.</source>
        <translation>mismo socio, acuerdo y fecha que una fila anterior.</translation>
    </message>
    <message>
        <source>this file is not a spreadsheet or a CSV text.</source>
        <translation>este archivo no es una hoja de cálculo ni un texto CSV.</translation>
    </message>
    <message>
        <source>near row {row}, a cell holds more than {limit} characters, or a quote is never closed.</source>
        <translation>cerca de la fila {row}, una celda contiene más de {limit} caracteres, o unas comillas nunca se cierran.</translation>
    </message>
    <message>
        <source>a cell of row {row} holds more than {limit} characters.</source>
        <translation>una celda de la fila {row} contiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <source>this workbook holds XML that points outside itself or expands without end: it is refused, as a hostile file would be.</source>
        <translation>este libro contiene XML que apunta fuera de sí mismo o se expande sin fin: se rechaza, como se rechazaría un archivo hostil.</translation>
    </message>
    <message>
        <source>this workbook unpacks to more than {limit} MB (or {ratio} times its size): it is refused, as a damaged or hostile file would be.</source>
        <translation>este libro se descomprime en más de {limit} MB (o {ratio} veces su tamaño): se rechaza, como se rechazaría un archivo dañado u hostil.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB.</source>
        <translation>el archivo supera los 200 MB.</translation>
    </message>
    <message>
        <source>this file is not a readable Excel workbook.</source>
        <translation>este archivo no es un libro de Excel legible.</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows, more than a committee’s list; split it.</source>
        <translation>la hoja tiene más de {limit} filas, mucho más que una lista de comité; divídala.</translation>
    </message>
    <message>
        <source>row {row} has more than {limit} columns.</source>
        <translation>la fila {row} tiene más de {limit} columnas.</translation>
    </message>
    <message>
        <source>old .xls files are not supported: save it as .xlsx or .csv in Excel.</source>
        <translation>los antiguos archivos .xls no son compatibles: guárdelo como .xlsx o .csv en Excel.</translation>
    </message>
    <message>
        <source>the year {year} is not between {min} and {max}.</source>
        <translation>el año {year} no está entre {min} y {max}.</translation>
    </message>
    <message>
        <source>{name} is larger than 25 MB.</source>
        <translation>{name} supera los 25 MB.</translation>
    </message>
    <message>
        <source>This document no longer exists.</source>
        <translation>Este documento ya no existe.</translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation>Esta partida presupuestaria ya no existe.</translation>
    </message>
    <message>
        <source>is not an amount.</source>
        <translation>no es un importe.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>no puede ser negativo.</translation>
    </message>
    <message>
        <source>is larger than {max}; check the amount.</source>
        <translation>supera {max}; compruebe el importe.</translation>
    </message>
    <message>
        <source>the fiscal year {year} does not exist.</source>
        <translation>el ejercicio {year} no existe.</translation>
    </message>
    <message>
        <source>choose a category of the chart of accounts.</source>
        <translation>elija una categoría del plan de cuentas.</translation>
    </message>
    <message>
        <source>the account {code} already exists.</source>
        <translation>la cuenta {code} ya existe.</translation>
    </message>
    <message>
        <source>unknown kind.</source>
        <translation>naturaleza desconocida.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code such as EUR, PLN or GBP.</source>
        <translation>«{value}» no es un código de moneda como EUR, PLN o GBP.</translation>
    </message>
    <message>
        <source>give the amount in {currency} and the rate used.</source>
        <translation>indique el importe en {currency} y el tipo de cambio usado.</translation>
    </message>
    <message>
        <source>this record no longer exists.</source>
        <translation>este registro ya no existe.</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither.</source>
        <translation>indique la latitud y la longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <source>must be between -90 and 90 degrees.</source>
        <translation>debe estar entre -90 y 90 grados.</translation>
    </message>
    <message>
        <source>must be between -180 and 180 degrees.</source>
        <translation>debe estar entre -180 y 180 grados.</translation>
    </message>
    <message>
        <source>must be between 0 and 50,000,000.</source>
        <translation>debe estar entre 0 y 50 000 000.</translation>
    </message>
    <message>
        <source>choose a country.</source>
        <translation>elija un país.</translation>
    </message>
    <message>
        <source>must be between 1 and 600 months.</source>
        <translation>debe estar entre 1 y 600 meses.</translation>
    </message>
    <message>
        <source>must be a month from 1 to 12.</source>
        <translation>debe ser un mes de 1 a 12.</translation>
    </message>
    <message>
        <source>the logo is larger than 2 MB.</source>
        <translation>el logotipo supera los 2 MB.</translation>
    </message>
    <message>
        <source>{day:02d}/{month:02d}/{year} is not a real date.</source>
        <translation>el {day:02d}/{month:02d}/{year} no existe.</translation>
    </message>
    <message>
        <source>the range {first}–{second} ends before it starts.</source>
        <translation>el periodo {first}–{second} termina antes de empezar.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 14/07/1985, 1985 or 2001-2002.</source>
        <translation>«{value}» no es una fecha; escriba 14/07/1985, 1985 o 2001-2002.</translation>
    </message>
    <message>
        <source>needs a full date such as 14/07/2025.</source>
        <translation>hace falta una fecha completa, como 14/07/2025.</translation>
    </message>
    <message>
        <source>choose a partner.</source>
        <translation>elija un socio.</translation>
    </message>
    <message>
        <source>choose a purpose.</source>
        <translation>elija un objeto.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>es obligatorio.</translation>
    </message>
    <message>
        <source>is before the start.</source>
        <translation>es anterior al inicio.</translation>
    </message>
    <message>
        <source>{name} is listed twice.</source>
        <translation>{name} figura dos veces.</translation>
    </message>
    <message>
        <source>must be between 0 and {max}.</source>
        <translation>debe estar entre 0 y {max}.</translation>
    </message>
    <message>
        <source>is not a sensible amount.</source>
        <translation>no es un importe plausible.</translation>
    </message>
    <message>
        <source>{name} is a minor: tick the guardian&apos;s authorisation before marking the delegation ready.</source>
        <translation>{name} es menor de edad: marque la autorización parental antes de marcar la delegación como lista.</translation>
    </message>
    <message>
        <source>a chosen partner no longer exists.</source>
        <translation>un socio elegido ya no existe.</translation>
    </message>
    <message>
        <source>a chosen person no longer exists.</source>
        <translation>una persona elegida ya no existe.</translation>
    </message>
    <message>
        <source>this household no longer exists.</source>
        <translation>este hogar ya no existe.</translation>
    </message>
    <message>
        <source>this event no longer exists.</source>
        <translation>este evento ya no existe.</translation>
    </message>
    <message>
        <source>{name} travels as an elected official but no mandat spécial (deliberation number and date) is recorded.</source>
        <translation>{name} viaja como cargo electo, pero no consta ningún mandat spécial (número y fecha del acuerdo).</translation>
    </message>
    <message>
        <source>{name}: the mandat spécial of {date} must be voted before departure.</source>
        <translation>{name}: el mandat spécial del {date} debe votarse antes de la salida.</translation>
    </message>
    <message>
        <source>{name} is a minor: the guardian&apos;s authorisation is missing.</source>
        <translation>{name} es menor de edad: falta la autorización parental.</translation>
    </message>
    <message>
        <source>This delegation no longer exists; the list is refreshed.</source>
        <translation>Esta delegación ya no existe; la lista se ha actualizado.</translation>
    </message>
    <message>
        <source>{host} hosts more visitors than its {capacity} bed(s).</source>
        <translation>{host} aloja a más visitantes que camas tiene ({capacity}).</translation>
    </message>
    <message>
        <source>{name} cannot stay with pets, and {host} has some.</source>
        <translation>{name} no puede alojarse con animales, y {host} tiene animales.</translation>
    </message>
    <message>
        <source>{name} needs a non-smoking home; {host} smokes.</source>
        <translation>{name} necesita una vivienda sin humo; en casa de {host} se fuma.</translation>
    </message>
    <message>
        <source>{name} needs step-free access, which {host} does not offer.</source>
        <translation>{name} necesita acceso sin escalones, que {host} no ofrece.</translation>
    </message>
    <message>
        <source>{host} does not offer the diet {name} needs.</source>
        <translation>{host} no ofrece la dieta que {name} necesita.</translation>
    </message>
    <message>
        <source>{name} and {host} have no language in common.</source>
        <translation>{name} y {host} no tienen ningún idioma en común.</translation>
    </message>
    <message>
        <source>{name} should stay with their group but is placed elsewhere.</source>
        <translation>{name} debería alojarse con su grupo, pero está en otro sitio.</translation>
    </message>
    <message>
        <source>No host yet for: {names}.</source>
        <translation>Todavía sin familia para: {names}.</translation>
    </message>
    <message>
        <source>The demo fills an empty database only; this one already has partners.</source>
        <translation>La demostración solo rellena una base de datos vacía; esta ya tiene socios.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Dormant after (months)</source>
        <translation>Inactivo después de (meses)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Acción de seguimiento</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Local actors</source>
        <translation>Actores locales</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Effects here</source>
        <translation>Efectos aquí</translation>
    </message>
    <message>
        <source>Effects there</source>
        <translation>Efectos allí</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Beneficiario o pagador</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Justificante</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Importe solicitado</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Importe concedido</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Start of the fiscal year</source>
        <translation>Inicio del ejercicio</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Camas</translation>
    </message>
    <message>
        <source>Diets offered</source>
        <translation>Dietas posibles</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Nights hosted free</source>
        <translation>Noches ofrecidas</translation>
    </message>
    <message>
        <source>Meals offered</source>
        <translation>Comidas ofrecidas</translation>
    </message>
    <message>
        <source>Daily rate</source>
        <translation>Dieta diaria</translation>
    </message>
    <message>
        <source>Mandat spécial</source>
        <translation>Mandat spécial</translation>
    </message>
    <message>
        <source>Health needs</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Stays with group</source>
        <translation>Se aloja con el grupo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Interlocutores</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Grant reference</source>
        <translation>Referencia de la subvención</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Familia de acogida</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <source>Distribution list</source>
        <translation>Lista de distribución</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Title of the signatory</source>
        <translation>Cargo del firmante</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Firmado en</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Este evento ya no existe.</translation>
    </message>
    <message>
        <source>this delegation no longer exists.</source>
        <translation>esta delegación ya no existe.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount; write 1 234,50 or 12,5.</source>
        <translation>«{value}» no es un importe; escriba 1.234,50 o 12,5.</translation>
    </message>
    <message>
        <source>has more than two decimals (cents).</source>
        <translation>tiene más de dos decimales (céntimos).</translation>
    </message>
    <message>
        <source>This partner no longer exists.</source>
        <translation>Este socio ya no existe.</translation>
    </message>
    <message>
        <source>unknown status.</source>
        <translation>estado desconocido.</translation>
    </message>
    <message>
        <source>unknown agreement type.</source>
        <translation>tipo de acuerdo desconocido.</translation>
    </message>
    <message>
        <source>is before the signature.</source>
        <translation>es anterior a la firma.</translation>
    </message>
    <message>
        <source>a partner called “{name}” already exists in this country.</source>
        <translation>ya existe un socio llamado «{name}» en este país.</translation>
    </message>
    <message>
        <source>This partner cannot be deleted: {events} event(s) and {delegations} delegation(s) refer to it. Set its status to “Ended” instead.</source>
        <translation>Este socio no se puede eliminar: {events} evento(s) y {delegations} delegación(es) lo mencionan. Cambie más bien su estado a «Terminado».</translation>
    </message>
    <message>
        <source>This record no longer exists; the list is refreshed.</source>
        <translation>Este registro ya no existe; la lista se ha actualizado.</translation>
    </message>
    <message>
        <source>is in the future.</source>
        <translation>está en el futuro.</translation>
    </message>
    <message>
        <source>This person took part in {count} delegation(s); use “Erase personal data” to keep the counts true.</source>
        <translation>Esta persona ha participado en {count} delegación(es); use «Borrar los datos personales» para que los recuentos sigan siendo exactos.</translation>
    </message>
    <message>
        <source>This household hosted {count} visitor(s); remove them from the hosting plans first.</source>
        <translation>Este hogar ha alojado a {count} visitante(s); quítelos antes de los planes de alojamiento.</translation>
    </message>
    <message>
        <source>must be between {min} and {max}.</source>
        <translation>debe estar entre {min} y {max}.</translation>
    </message>
    <message>
        <source>contains invisible control characters.</source>
        <translation>contiene caracteres de control invisibles.</translation>
    </message>
    <message>
        <source>is too long ({length} characters, at most {max}).</source>
        <translation>es demasiado largo ({length} caracteres, {max} como máximo).</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>«{value}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>“{value}” is not a time (hh:mm).</source>
        <translation>«{value}» no es una hora (hh:mm).</translation>
    </message>
    <message>
        <source>choose a person from the directory, or create one.</source>
        <translation>elija una persona del directorio o créela.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>debe ser un número entero.</translation>
    </message>
    <message>
        <source>is not one of the delegation’s days ({first} to {last}).</source>
        <translation>no es uno de los días de la delegación (del {first} al {last}).</translation>
    </message>
</context>
<context>
    <name>WordingsDialog</name>
    <message>
        <source>Agreement wordings</source>
        <translation>Denominaciones de acuerdos</translation>
    </message>
    <message>
        <source>These wordings match no agreement type. Choose what each one means; the choice applies to all its rows and is remembered for the next import.</source>
        <translation>Estas denominaciones no corresponden a ningún tipo de acuerdo. Elija qué significa cada una; la elección se aplica a todas sus filas y se recordará en la próxima importación.</translation>
    </message>
    <message>
        <source>Keep as written (other)</source>
        <translation>Dejar como está (otro)</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Por acción</translation>
    </message>
    <message>
        <source>Forecast budget</source>
        <translation>Presupuesto previsional</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Informe financiero</translation>
    </message>
    <message>
        <source>Budget {year}</source>
        <translation>Presupuesto {year}</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Desviación</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% realizado</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Voluntary contributions in kind</source>
        <translation>Contribuciones voluntarias en especie</translation>
    </message>
    <message>
        <source>Contributions in kind: 87 − 86 (must be zero)</source>
        <translation>Contribuciones en especie: 87 − 86 (debe ser cero)</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total de gastos</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total de ingresos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Result of the year (income − expenses)</source>
        <translation>Resultado del ejercicio (ingresos − gastos)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Payee or payer</source>
        <translation>Beneficiario o pagador</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Justificante</translation>
    </message>
    <message>
        <source>Trip to {partner}, {date}</source>
        <translation>Viaje a {partner}, {date}</translation>
    </message>
    <message>
        <source>Visit of {partner}, {date}</source>
        <translation>Visita de {partner}, {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Forecast budget of the action</source>
        <translation>Presupuesto previsional de la acción</translation>
    </message>
    <message>
        <source>Laid out as the budget table of Cerfa form 12156</source>
        <translation>Presentado como la tabla presupuestaria del formulario Cerfa 12156</translation>
    </message>
    <message>
        <source>Financial report of the action</source>
        <translation>Informe financiero de la acción</translation>
    </message>
    <message>
        <source>Laid out as the summary table of Cerfa form 15059</source>
        <translation>Presentado como la tabla de síntesis del formulario Cerfa 15059</translation>
    </message>
    <message>
        <source>Association: {name}</source>
        <translation>Asociación: {name}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Acción: {action}</translation>
    </message>
    <message>
        <source>Action: all the actions of the year (budget of the association)</source>
        <translation>Acción: todas las acciones del año (presupuesto de la asociación)</translation>
    </message>
    <message>
        <source>Fiscal year: {year}</source>
        <translation>Ejercicio: {year}</translation>
    </message>
    <message>
        <source>Fiscal year: {year}, from {start} to {end}</source>
        <translation>Ejercicio: {year}, del {start} al {end}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>State: ministries, directorates or decentralised services</source>
        <translation>Estado: ministerios, direcciones o servicios desconcentrados</translation>
    </message>
    <message>
        <source>Region(s)</source>
        <translation>Región(es)</translation>
    </message>
    <message>
        <source>Département(s)</source>
        <translation>Departamento(s)</translation>
    </message>
    <message>
        <source>Intercommunality: EPCI</source>
        <translation>Mancomunidad: EPCI</translation>
    </message>
    <message>
        <source>Commune(s)</source>
        <translation>Municipio(s)</translation>
    </message>
    <message>
        <source>European funds (ESF, ERDF, CERV…)</source>
        <translation>Fondos europeos (FSE, FEDER, CERV…)</translation>
    </message>
    <message>
        <source>Agence de services et de paiement (ASP, subsidised jobs)</source>
        <translation>Agence de services et de paiement (ASP, empleos subvencionados)</translation>
    </message>
    <message>
        <source>Other public bodies, private funders</source>
        <translation>Otros organismos públicos, financiadores privados</translation>
    </message>
    <message>
        <source>ministry not named</source>
        <translation>ministerio no indicado</translation>
    </message>
    <message>
        <source>funder not named</source>
        <translation>financiador no indicado</translation>
    </message>
    <message>
        <source>of which membership dues</source>
        <translation>de ello, cuotas de socios</translation>
    </message>
    <message>
        <source>of which donations</source>
        <translation>de ello, donaciones</translation>
    </message>
    <message>
        <source>of which {account}</source>
        <translation>de ello, {account}</translation>
    </message>
    <message>
        <source>Rounding to whole euros</source>
        <translation>Redondeo al euro</translation>
    </message>
    <message>
        <source>Forecast surplus (profit)</source>
        <translation>Superávit previsto (beneficio)</translation>
    </message>
    <message>
        <source>Forecast shortfall (loss)</source>
        <translation>Déficit previsto (pérdida)</translation>
    </message>
    <message>
        <source>Surplus (profit)</source>
        <translation>Superávit (beneficio)</translation>
    </message>
    <message>
        <source>Shortfall (loss)</source>
        <translation>Déficit (pérdida)</translation>
    </message>
    <message>
        <source>Explanation of the significant variances between forecast and actual</source>
        <translation>Explicación de las desviaciones significativas entre lo previsto y lo realizado</translation>
    </message>
    <message>
        <source>Lines whose actual amount differs from the forecast by {percent} or more, or that were not planned: explain each one on its right.</source>
        <translation>Líneas cuyo importe real difiere de lo previsto en {percent} o más, o que no estaban previstas: explique cada una a su derecha.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>No significant variance.</source>
        <translation>Ninguna desviación significativa.</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <source>Amount in currency</source>
        <translation>Importe en moneda</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Expenses forecast</source>
        <translation>Gastos previstos</translation>
    </message>
    <message>
        <source>Expenses actual</source>
        <translation>Gastos realizados</translation>
    </message>
    <message>
        <source>Income forecast</source>
        <translation>Ingresos previstos</translation>
    </message>
    <message>
        <source>Income actual</source>
        <translation>Ingresos realizados</translation>
    </message>
    <message>
        <source>Balance (actual)</source>
        <translation>Saldo (realizado)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>_CommunePage</name>
    <message>
        <source>Your commune</source>
        <translation>Su municipio</translation>
    </message>
    <message>
        <source>Type its name in “Find the commune” and pick it, or type the coordinates.</source>
        <translation>Escriba su nombre en «Buscar el municipio» y elíjalo, o introduzca las coordenadas.</translation>
    </message>
</context>
<context>
    <name>_WelcomePage</name>
    <message>
        <source>Welcome to Twinning Desk</source>
        <translation>Bienvenido a Twinning Desk</translation>
    </message>
    <message>
        <source>Twinning Desk keeps your committee&apos;s partners, events, delegations and budget in one file on this computer; no Internet connection is needed.

First, tell us which commune the committee belongs to. Its name and logo head your reports, and its position gives the distance to each partner. Click Next to start.</source>
        <translation>Twinning Desk guarda los socios, eventos, delegaciones y el presupuesto de su comité en un solo archivo en este ordenador; no hace falta conexión a Internet.

Indique primero a qué municipio pertenece el comité. Su nombre y logotipo encabezan sus documentos, y su posición da la distancia a cada socio. Haga clic en Siguiente para empezar.</translation>
    </message>
    <message>
        <source>Just looking? Open a demo commune, filled with partners, events, visits and a budget. It has its own file: your committee&apos;s file stays empty, and you can come back to it, or to the demo (File menu), at any time.</source>
        <translation>¿Solo quiere echar un vistazo? Abra un municipio de demostración con socios, eventos, visitas y un presupuesto. Tiene su propio archivo: el de su comité queda vacío, y puede volver a él, o a la demostración (menú Archivo), en cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Try with the demo</source>
        <translation>&amp;Probar con la demostración</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>This computer has no password store (keyring) the app can use: the password was not kept and will be asked at the next connection.</source>
        <translation>Este ordenador no tiene un llavero de contraseñas utilizable: la contraseña no se guardó y se pedirá en la próxima conexión.</translation>
    </message>
</context>
</TS>
