import type { ExportChoice } from '../../shared/desktop/desktop-command';

/**
 * Every word of the desktop menu that is not an action's label (those come from the action
 * registry's descriptors in shared/actions/), in one table, so translating the menu is a change
 * in one place.
 */
export const MENU_LABELS = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  newWorkshop: 'New workshop',
  importWorkshop: 'Import a workshop file…',
  export: 'Export',
  openRecent: 'Open recent',
  noRecent: 'No workshops yet',
  closeWindow: 'Close window',
  projectorView: 'Projector view',
  fullScreen: 'Full screen',
  reload: 'Reload',
  developerTools: 'Developer tools',
  openDataFolder: 'Open the data folder',
  backups: 'Backups…',
  about: (appName: string) => `About ${appName}`,
  services: 'Services',
  hide: (appName: string) => `Hide ${appName}`,
  hideOthers: 'Hide others',
  showAll: 'Show all',
  quit: (appName: string) => `Quit ${appName}`,
} as const;

export const EXPORT_LABELS: Readonly<Record<ExportChoice, string>> = {
  'pdf-a4': 'PDF report (A4)…',
  'pdf-letter': 'PDF report (Letter)…',
  png: 'This map as PNG…',
  'workshop-file': 'Workshop file…',
};
