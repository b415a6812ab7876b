; Inno Setup 6 script for the Windows installer, built from the PyInstaller folder
; (see packaging/README.md):
;   pyinstaller --noconfirm packaging\twinning-desk.spec
;   iscc packaging\windows\twinning-desk.iss
; Installs per user, without administrator rights (town hall laptops are often locked
; down), in French, English or German. The version is read from the frozen executable's
; version resource, which the spec writes from twinning_desk.__version__: one source.
; Uninstalling removes the program only; the committee's data stays, and the uninstaller
; says where. tests/test_packaging.py checks this file on Linux (paths, languages, ids).

#define AppName "Twinning Desk"
#define AppExe "twinning-desk.exe"
#define DistDir AddBackslash(SourcePath) + "..\..\dist\twinning-desk"
; platformdirs.user_data_dir("TwinningDesk", appauthor=False) on Windows (twinning_desk.paths).
#define DataDir "{localappdata}\TwinningDesk"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(DistDir) + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error Build the PyInstaller folder first: dist\twinning-desk\twinning-desk.exe has no version
#endif

[Setup]
AppId={{6C2C7A3E-3E4E-4C1B-9D0A-5E1B7C2D9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Twinning Desk developers
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt; {autopf} is %LOCALAPPDATA%\Programs in this mode.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\twinning-desk.ico
OutputDir=..\..\dist
OutputBaseFilename=TwinningDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
fr.DataKept=Twinning Desk a été désinstallé. Les données de votre comité (base de données, sauvegardes, journaux) ont été conservées dans :%n%n%1%n%nSupprimez ce dossier vous-même si vous n'en avez plus besoin.
en.DataKept=Twinning Desk was uninstalled. Your committee's data (database, backups, logs) was kept in:%n%n%1%n%nDelete this folder yourself if you no longer need it.
de.DataKept=Twinning Desk wurde deinstalliert. Die Daten Ihres Komitees (Datenbank, Sicherungen, Protokolle) wurden aufbewahrt in:%n%n%1%n%nLöschen Sie diesen Ordner selbst, wenn Sie ihn nicht mehr brauchen.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Nothing under {#DataDir} is listed in [UninstallDelete]: the data outlives the program.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{#DataDir}');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
