import type { CatalogueShape } from '../../catalogue-shape';
import type { settings as english } from '../en/settings';

export const settings = {
  language: 'Langue',
  languageTitle: 'La langue et le format des nombres de l’application ; le rapport d’un atelier suit la langue de l’atelier',
  system: 'Comme le système ({{language}})',
  notSaved: 'La langue n’a pas pu être enregistrée : {{detail}}',
  workshopLanguage: 'Langue de la salle',
  workshopLanguageHint: 'Le rapport et les fichiers CSV de cet atelier sont rédigés dans cette langue.',
  sameAsApp: 'Comme l’application ({{language}})',
} satisfies CatalogueShape<typeof english, 'fr'>;
