import type { CatalogueShape } from '../../catalogue-shape';
import type { settings as english } from '../en/settings';

export const settings = {
  language: 'Sprache',
  languageTitle: 'Die Wörter der App; Bericht und CSV-Dateien eines Workshops folgen der Sprache des Workshops.',
  system: 'Wie das System ({{language}})',
  notSaved: 'Die Sprache konnte nicht gespeichert werden: {{detail}}',
  workshopLanguage: 'Sprache im Raum',
  workshopLanguageHint: 'Bericht und CSV-Dateien dieses Workshops werden in dieser Sprache erstellt.',
  sameAsApp: 'Wie die App ({{language}})',
  title: 'Einstellungen',
  figures: 'Zahlen und Daten',
  figuresSystem: 'Automatisch ({{locale}})',
  figuresHint:
    'Automatisch folgt dem System, oder der Sprache, wenn das System eine andere spricht. Tausender- und Dezimaltrennzeichen, Einheiten und Daten, wie die Bildschirme sie zeigen.',
  sample: 'Zum Beispiel: {{pieces}} · {{duration}} · {{date}}',
  localeNotSaved: 'Das Format konnte nicht gespeichert werden: {{detail}}',
  dataFolder: 'Datenordner',
  dataFolderHint: 'Hier werden alle Workshops und ihre Sicherungen aufbewahrt, auf diesem Computer.',
  openDataFolder: 'Datenordner öffnen',
  folderNotOpened: 'Der Ordner konnte nicht geöffnet werden: {{detail}}',
} satisfies CatalogueShape<typeof english, 'de'>;
