/** The language and locale settings. English is the reference every other language must match. */
export const settings = {
  language: 'Language',
  languageTitle: 'The language and number format of the app; a workshop’s report follows the workshop’s own language',
  system: 'As the system ({{language}})',
  notSaved: 'The language could not be saved: {{detail}}',
  workshopLanguage: 'Language of the room',
  workshopLanguageHint: 'The report and the CSV files of this workshop are written in it.',
  sameAsApp: 'As the app ({{language}})',
} as const;
