import type { CatalogueShape } from '../../catalogue-shape';
import type { settings as english } from '../en/settings';

export const settings = {
  language: 'Idioma',
  languageTitle: 'El idioma y el formato de números de la aplicación; el informe de un taller sigue el idioma del taller',
  system: 'Como el sistema ({{language}})',
  notSaved: 'No se pudo guardar el idioma: {{detail}}',
  workshopLanguage: 'Idioma de la sala',
  workshopLanguageHint: 'El informe y los archivos CSV de este taller se escriben en este idioma.',
  sameAsApp: 'Como la aplicación ({{language}})',
} satisfies CatalogueShape<typeof english, 'es'>;
