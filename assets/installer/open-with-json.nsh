; Included by electron-builder into the Windows installer (nsis.include in electron-builder.yml).
; Windows Explorer types a file by its last extension alone, so a workshop file such as
; "Pump line.vsw.json" is a .json file there (README, "On the desktop"). The app therefore offers
; itself under "Open with" for .json files, beside whatever app opens JSON, which stays the
; default. The ProgID is the file class electron-builder registers for the workshop file
; associations: their `name`.
!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\.json\OpenWithProgids" "Value Stream Workshop file" ""
!macroend

!macro customUnInstall
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.json\OpenWithProgids" "Value Stream Workshop file"
!macroend
