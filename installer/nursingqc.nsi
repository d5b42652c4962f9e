; NursingQC's Windows installer; compiled on Linux by installer/build.py, which defines
; VERSION, VERSION_NUMERIC, PUBLISHER, PAYLOAD (the laid-out program), OUTFILE and INSTALLED_KB.
;
; One install for every account of the PC (docs/decisions.md, "The Windows build"): the program
; goes to Program Files, the data (database, backups) to %ProgramData%\NursingQC, which upgrades
; and the uninstaller leave alone unless asked. Silent for IT: Setup.exe /S [/D=folder];
; uninstall.exe /S [/REMOVEDATA] [_?=folder]. Exit codes: 0 done, 1 cancelled, 2 error,
; 3 unsupported Windows, 4 the program still runs, 5 not run as administrator, 6 the folder is
; not NursingQC's (not empty, no installation.json), 7 the data folder is a link, 8 the copy in
; the old folder could not be removed when moving to another.

Unicode true
; A 32-bit installer, so that a 32-bit Windows runs it and is told in words what it lacks; it
; installs the 64-bit program into the 64-bit Program Files and registry.
Target x86-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel admin

!include MUI2.nsh
!include LogicLib.nsh
!include WinVer.nsh
!include x64.nsh
!include FileFunc.nsh

!define APP "NursingQC"
!define DISPLAY_NAME "NursingQC 护理质控"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
; Qt 6 runs on Windows 10 1809 (build 17763) and later, 64-bit only.
!define MIN_WINDOWS_BUILD 17763

Name "${DISPLAY_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
BrandingText "${DISPLAY_NAME} ${VERSION}"

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=0 "ProductName" "${DISPLAY_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${DISPLAY_NAME} ${VERSION} 安装程序"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${PAYLOAD}\nursingqc.ico"
!define MUI_UNICON "${PAYLOAD}\nursingqc.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${PAYLOAD}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
; The finish page starts the program as the account that is logged in, not as the administrator
; the installer runs as (a database made elevated would be the administrator's).
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION StartUnelevated
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

Var DataFolder
Var OldInstDir

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString OldWindows ${LANG_SIMPCHINESE} "NursingQC 需要 64 位的 Windows 10（1809 版或更新）或 Windows 11。$\r$\n这台电脑的 Windows 版本过旧，无法安装。请联系信息科升级 Windows。"
LangString OldWindows ${LANG_ENGLISH} "NursingQC needs 64-bit Windows 10 (version 1809 or later) or Windows 11.$\r$\nThis PC's Windows is too old. Please ask IT to upgrade Windows."
LangString StillRunning ${LANG_SIMPCHINESE} "NursingQC 正在运行（也可能是这台电脑上其他 Windows 账户打开的）。$\r$\n请先关闭所有 NursingQC 窗口，再点“重试”；点“取消”则不做任何更改。"
LangString StillRunning ${LANG_ENGLISH} "NursingQC is running (perhaps in another Windows account on this PC).$\r$\nClose every NursingQC window, then click Retry; Cancel changes nothing."
LangString ProgramSection ${LANG_SIMPCHINESE} "程序"
LangString ProgramSection ${LANG_ENGLISH} "Program"
LangString DataSection ${LANG_SIMPCHINESE} "同时删除数据库和备份（所有评分、整改记录将无法恢复）"
LangString DataSection ${LANG_ENGLISH} "Also delete the database and its backups (all scores and rectification records, for good)"
LangString NeedsAdmin ${LANG_SIMPCHINESE} "安装 NursingQC 需要管理员权限（程序供这台电脑的所有账户使用）。请右键点击安装程序，选择“以管理员身份运行”，或联系信息科。"
LangString NeedsAdmin ${LANG_ENGLISH} "Installing NursingQC needs administrator rights (the program serves every account of this PC). Right-click the installer and choose Run as administrator, or ask IT."
LangString ForeignFolder ${LANG_SIMPCHINESE} "文件夹 $INSTDIR 中已有其他文件，而且不是 NursingQC 的安装文件夹。为免删改其中的文件，请选择一个空文件夹或新文件夹。"
LangString ForeignFolder ${LANG_ENGLISH} "The folder $INSTDIR holds other files and is not a NursingQC installation. So that nothing in it is changed, choose an empty or new folder."
LangString LinkedDataFolder ${LANG_SIMPCHINESE} "数据文件夹 $DataFolder 是一个链接（可能被他人替换过），安装已停止，未做任何更改。请联系信息科检查这个文件夹。"
LangString LinkedDataFolder ${LANG_ENGLISH} "The data folder $DataFolder is a link (perhaps replaced by someone); the installation stopped and changed nothing. Ask IT to look at the folder."
LangString SharingFailed ${LANG_SIMPCHINESE} "未能让这台电脑的所有账户都能修改数据文件夹 $DataFolder（icacls 返回 $0）。其他 Windows 账户可能只能查看、不能保存。请联系信息科。"
LangString SharingFailed ${LANG_ENGLISH} "Could not let every account of this PC change the data folder $DataFolder (icacls returned $0). Other Windows accounts may only be able to read it. Ask IT."
LangString OldCopyRemains ${LANG_SIMPCHINESE} "未能卸载原来文件夹 $OldInstDir 中的 NursingQC（卸载程序返回 $0），安装已停止，未做任何更改。请先关闭 NursingQC，或先在“应用和功能”中卸载它。"
LangString OldCopyRemains ${LANG_ENGLISH} "NursingQC in its old folder $OldInstDir could not be uninstalled (the uninstaller returned $0); the installation stopped and changed nothing. Close NursingQC, or uninstall it in Apps & features first."
LangString DataKept ${LANG_SIMPCHINESE} "数据库和备份已保留在 $DataFolder"
LangString DataKept ${LANG_ENGLISH} "The database and its backups are kept in $DataFolder"

!macro SetDataFolder
  ; The machine's application data (C:\ProgramData), the known folder platformdirs gives
  ; nursingqc.paths for the installed build.
  SetShellVarContext all
  StrCpy $DataFolder "$APPDATA\${APP}"
!macroend

!macro RefuseOldWindows
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} ${MIN_WINDOWS_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "$(OldWindows)" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
!macroend

; A running program holds python311.dll mapped: Windows refuses to open it for writing until every
; NursingQC process of every account has ended, so the files are never replaced under it. A silent
; run tries for ten seconds first (a virus scanner may hold the file for a moment).
!macro WaitUntilClosed
  StrCpy $1 0
  ${If} ${FileExists} "$INSTDIR\python\python311.dll"
    ${Do}
      ClearErrors
      FileOpen $0 "$INSTDIR\python\python311.dll" a
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      ${If} ${Silent}
      ${AndIf} $1 < 10
        IntOp $1 $1 + 1
        Sleep 1000
        ${Continue}
      ${EndIf}
      ${If} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDCANCEL`
        SetErrorLevel 4
        Quit
      ${EndIf}
    ${Loop}
  ${EndIf}
!macroend

; The install and uninstall remove python\ and lib\ whole: only in a folder that is NursingQC's
; (it has installation.json), so that /D=D:\ or a folder IT already uses loses nothing.
Function IsForeignFolder
  StrCpy $0 0
  ${If} ${FileExists} "$INSTDIR\*.*"
  ${AndIfNot} ${FileExists} "$INSTDIR\installation.json"
    FindFirst $1 $2 "$INSTDIR\*.*"
    ${DoWhile} $2 != ""
      ${If} $2 != "."
      ${AndIf} $2 != ".."
        StrCpy $0 1
        ${Break}
      ${EndIf}
      FindNext $1 $2
    ${Loop}
    FindClose $1
  ${EndIf}
FunctionEnd

Function .onVerifyInstDir
  Call IsForeignFolder
  ${If} $0 == 1
    Abort
  ${EndIf}
FunctionEnd

Function .onInit
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
  !insertmacro RefuseOldWindows
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "Admin"
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsAdmin)" /SD IDOK
    SetErrorLevel 5
    Quit
  ${EndIf}
  ; An upgrade goes where the installed version is, unless /D= names another folder.
  ReadRegStr $OldInstDir HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $INSTDIR == "$PROGRAMFILES64\${APP}"
  ${AndIf} $OldInstDir != ""
    StrCpy $INSTDIR $OldInstDir
  ${EndIf}
FunctionEnd

Function StartUnelevated
  ; Explorer runs as the logged-in account, whatever rights this installer has.
  Exec '"$WINDIR\explorer.exe" "$SMPROGRAMS\${DISPLAY_NAME}.lnk"'
FunctionEnd

Section "!$(ProgramSection)" SecProgram
  SectionIn RO
  Call IsForeignFolder
  ${If} $0 == 1
    MessageBox MB_OK|MB_ICONSTOP "$(ForeignFolder)" /SD IDOK
    SetErrorLevel 6
    Quit
  ${EndIf}
  !insertmacro WaitUntilClosed
  !insertmacro SetDataFolder
  ; Refused before anything changes: an account could have put a link where the data folder goes,
  ; and the grant below would then give every account the right to change what it points to.
  System::Call 'kernel32::GetFileAttributes(t "$DataFolder") i .r0'
  ${If} $0 != -1
    IntOp $0 $0 & 0x400
    ${If} $0 != 0
      MessageBox MB_OK|MB_ICONSTOP "$(LinkedDataFolder)" /SD IDOK
      SetErrorLevel 7
      Quit
    ${EndIf}
  ${EndIf}
  ; Moving to another folder: the old copy's own uninstaller takes its files, shortcuts and entry
  ; first (never the data), so that one copy stays and Apps & features names it.
  ${If} $OldInstDir != ""
  ${AndIf} $OldInstDir != $INSTDIR
  ${AndIf} ${FileExists} "$OldInstDir\installation.json"
  ${AndIf} ${FileExists} "$OldInstDir\uninstall.exe"
    ExecWait '"$OldInstDir\uninstall.exe" /S _?=$OldInstDir' $0
    ${If} $0 != 0
      MessageBox MB_OK|MB_ICONSTOP "$(OldCopyRemains)" /SD IDOK
      SetErrorLevel 8
      Quit
    ${EndIf}
    Delete "$OldInstDir\uninstall.exe"
    RMDir "$OldInstDir"
  ${EndIf}
  ; An upgrade replaces the program whole, so a module an older version had does not linger;
  ; only the program's own folders go, never the install folder itself (it may be one IT chose).
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\lib"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Every account of the PC writes the shared database: without this, a file one account made
  ; would be read-only for the others (ProgramData gives the maker alone the right to change it).
  ; The PC's users may change what is inside the folder, not the folder itself (which they could
  ; otherwise delete and put a link in its place); inherited, so no /T walks into the folder.
  CreateDirectory "$DataFolder"
  nsExec::ExecToLog 'icacls "$DataFolder" /grant *S-1-5-32-545:(OI)(CI)(IO)M *S-1-5-32-545:(RX,WD,AD) /Q'
  Pop $0
  ${If} $0 != 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(SharingFailed)" /SD IDOK
  ${EndIf}

  SetShellVarContext all
  CreateShortCut "$SMPROGRAMS\${DISPLAY_NAME}.lnk" "$INSTDIR\python\pythonw.exe" "-m nursingqc" "$INSTDIR\nursingqc.ico" 0 SW_SHOWNORMAL "" "${DISPLAY_NAME}"
  CreateShortCut "$DESKTOP\${DISPLAY_NAME}.lnk" "$INSTDIR\python\pythonw.exe" "-m nursingqc" "$INSTDIR\nursingqc.ico" 0 SW_SHOWNORMAL "" "${DISPLAY_NAME}"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${DISPLAY_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\nursingqc.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "un.$(ProgramSection)" SecRemoveProgram
  SectionIn RO
  !insertmacro WaitUntilClosed
  SetShellVarContext all
  Delete "$SMPROGRAMS\${DISPLAY_NAME}.lnk"
  Delete "$DESKTOP\${DISPLAY_NAME}.lnk"
  ${If} ${FileExists} "$INSTDIR\installation.json"
    RMDir /r "$INSTDIR\python"
    RMDir /r "$INSTDIR\lib"
  ${EndIf}
  Delete "$INSTDIR\nursingqc.cmd"
  Delete "$INSTDIR\nursingqc.ico"
  Delete "$INSTDIR\installation.json"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd

Section /o "un.$(DataSection)" SecRemoveData
  !insertmacro SetDataFolder
  RMDir /r "$DataFolder"
SectionEnd

Section "-un.DataKept"
  !insertmacro SetDataFolder
  ${If} ${FileExists} "$DataFolder\*.*"
    DetailPrint "$(DataKept)"
  ${EndIf}
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $1
  ClearErrors
  ${GetOptions} $1 "/REMOVEDATA" $2
  ${IfNot} ${Errors}
    SectionSetFlags ${SecRemoveData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
