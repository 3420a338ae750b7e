import type { CatalogueShape } from '../../catalogue-shape';
import type { settings as english } from '../en/settings';

export const settings = {
  language: 'Sprache',
  languageTitle: 'Sprache und Zahlenformat der App; der Bericht eines Workshops folgt der Sprache des Workshops',
  system: 'Wie das System ({{language}})',
  notSaved: 'Die Sprache konnte nicht gespeichert werden: {{detail}}',
  workshopLanguage: 'Sprache im Raum',
  workshopLanguageHint: 'Bericht und CSV-Dateien dieses Workshops werden in dieser Sprache erstellt.',
  sameAsApp: 'Wie die App ({{language}})',
} satisfies CatalogueShape<typeof english, 'de'>;
