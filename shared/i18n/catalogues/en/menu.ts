/**
 * main/menu and main/desktop: the desktop app's menu words that are not an action's label (those
 * are in mapActions), and what it says when a file the system handed over is not opened.
 * macOS names some menus its own way in some languages (German "Ablage", "Darstellung"), hence the
 * `…Mac` keys. English is the reference every other language must match.
 */
export const menu = {
  file: 'File',
  fileMac: 'File',
  edit: 'Edit',
  view: 'View',
  viewMac: 'View',
  window: 'Window',
  help: 'Help',
  newWorkshop: 'New workshop',
  importWorkshop: 'Import a workshop file…',
  export: 'Export',
  exportPdfA4: 'PDF report (A4)…',
  exportPdfLetter: 'PDF report (Letter)…',
  exportPng: 'This map as PNG…',
  exportWorkshopFile: 'Workshop file…',
  openRecent: 'Open recent',
  noRecent: 'No workshops yet',
  closeWindow: 'Close window',
  projectorView: 'Projector view',
  fullScreen: 'Full screen',
  reload: 'Reload',
  developerTools: 'Developer tools',
  openDataFolder: 'Open the data folder',
  backups: 'Backups…',
  about: 'About {{appName}}',
  services: 'Services',
  hide: 'Hide {{appName}}',
  hideOthers: 'Hide others',
  showAll: 'Show all',
  quit: 'Quit {{appName}}',
  notOpened: 'The workshop was not opened',
  notImported: 'The workshop file was not imported',
  fileNotOpened: '“{{name}}” was not opened',
  notAFile: '{{path}} is not a file.',
  notRead: 'It could not be read: {{detail}}',
  fileNotImported: 'The file was not imported.',
  noMap: 'The workshop in it has no map.',
} as const;
