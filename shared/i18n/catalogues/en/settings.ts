/** The language and locale settings. English is the reference every other language must match. */
export const settings = {
  language: 'Language',
  languageTitle: 'The words of the app; a workshop’s report and CSV files follow the workshop’s own language.',
  system: 'As the system ({{language}})',
  notSaved: 'The language could not be saved: {{detail}}',
  workshopLanguage: 'Language of the room',
  workshopLanguageHint: 'The report and the CSV files of this workshop are written in it.',
  sameAsApp: 'As the app ({{language}})',
  title: 'Settings',
  figures: 'Figures and dates',
  figuresSystem: 'Automatic ({{locale}})',
  figuresHint:
    'Automatic follows the system, or the language’s own when the system speaks another. Thousands and decimal separators, units and dates, as the screens show them.',
  sample: 'For example: {{pieces}} · {{duration}} · {{date}}',
  localeNotSaved: 'The format could not be saved: {{detail}}',
  dataFolder: 'Data folder',
  dataFolderHint: 'Every workshop and its backups are kept here, on this computer.',
  openDataFolder: 'Open the data folder',
  folderNotOpened: 'The folder could not be opened: {{detail}}',
} as const;
