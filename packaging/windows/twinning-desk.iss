; Inno Setup script for the Windows installer, built from the PyInstaller folder:
;   pyinstaller packaging\twinning-desk.spec
;   iscc packaging\windows\twinning-desk.iss
; Installs per user (no administrator rights: town hall laptops are often locked down).
#define AppVersion "0.1.0"

[Setup]
AppId={{6C2C7A3E-3E4E-4C1B-9D0A-5E1B7C2D9F10}
AppName=Twinning Desk
AppVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\Twinning Desk
DefaultGroupName=Twinning Desk
PrivilegesRequired=lowest
OutputBaseFilename=TwinningDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "..\..\dist\twinning-desk\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Twinning Desk"; Filename: "{app}\twinning-desk.exe"
Name: "{userdesktop}\Twinning Desk"; Filename: "{app}\twinning-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"
