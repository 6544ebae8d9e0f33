; Field Reference - Windows installer (Inno Setup 6.3 or newer).
;
; Built by .github/workflows/release.yml after packaging/build_bundle.py, from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\field-reference.iss
; Output: dist\field-reference-<version>-windows-x64-setup.exe
;
; Per-user by default: no administrator rights, installs to %LOCALAPPDATA%\Programs\Field Reference
; with a Start-menu entry for that user. An administrator may choose "all users" instead.
;
; Fleet deployment (IT), all flags are Inno Setup's own:
;   field-reference-<v>-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;       /ALLUSERS instead of /CURRENTUSER (elevated) installs into Program Files for every user;
;       /DIR="D:\Apps\Field Reference" picks the folder; /TASKS="desktopicon" adds a desktop icon;
;       /LOG="C:\path\install.log" writes a log. Exit code 0 means installed.
;   Uninstall: "<install folder>\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
;       keeps the officer's data (bookmarks, notes, settings, installed content packs, search
;       index in %LOCALAPPDATA%\ICMPD\field-reference); add /PURGEUSERDATA to delete it too.
;       An interactive uninstall asks, defaulting to keep.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z field-reference.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\field-reference"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\bundle-stage\icons\field-reference.ico"
#endif

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{6F1B9A52-3C7E-4D0B-9E21-8A4C5D7F2B13}
AppName=Field Reference
AppVersion={#AppVersion}
AppVerName=Field Reference {#AppVersion}
AppPublisher=ICMPD
DefaultDirName={autopf}\Field Reference
DefaultGroupName=Field Reference
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=field-reference-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\field-reference.exe
UninstallDisplayName=Field Reference {#AppVersion}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the program folder wholesale: no file of an older bundle may linger
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Field Reference"; Filename: "{app}\field-reference.exe"; Comment: "Offline reference for migration field officers"
Name: "{autodesktop}\Field Reference"; Filename: "{app}\field-reference.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\field-reference.exe"; Description: "{cm:LaunchProgram,Field Reference}"; Flags: nowait postinstall skipifsilent

[Code]
function UserDataDir(): String;
begin
  { platformdirs.user_data_dir("field-reference", "ICMPD") on Windows }
  Result := ExpandConstant('{localappdata}\ICMPD\field-reference');
end;

function PurgeRequested(): Boolean;
begin
  Result := Pos('/PURGEUSERDATA', Uppercase(GetCmdTail())) > 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Dir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Dir := UserDataDir();
  if not DirExists(Dir) then
    Exit;
  if PurgeRequested() then
    DelTree(Dir, True, True, True)
  else if not UninstallSilent() then
    if MsgBox('Also delete your bookmarks, notes, settings and content packs?' + #13#10 + #13#10 +
              Dir + #13#10 + #13#10 + 'Choose No to keep them for a later installation.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(Dir, True, True, True);
end;
