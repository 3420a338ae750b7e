import type { CatalogueShape } from '../../catalogue-shape';
import type { settings as english } from '../en/settings';

export const settings = {
  language: 'Idioma',
  languageTitle: 'Las palabras de la aplicación; el informe y los archivos CSV de un taller siguen el idioma del taller.',
  system: 'Como el sistema ({{language}})',
  notSaved: 'No se pudo guardar el idioma: {{detail}}',
  workshopLanguage: 'Idioma de la sala',
  workshopLanguageHint: 'El informe y los archivos CSV de este taller se escriben en este idioma.',
  sameAsApp: 'Como la aplicación ({{language}})',
  title: 'Ajustes',
  figures: 'Cifras y fechas',
  figuresSystem: 'Automático ({{locale}})',
  figuresHint:
    'Automático sigue el sistema, o el idioma elegido si el sistema habla otro. Separadores de miles y decimales, unidades y fechas, tal como los muestran las pantallas.',
  sample: 'Por ejemplo: {{pieces}} · {{duration}} · {{date}}',
  localeNotSaved: 'No se pudo guardar el formato: {{detail}}',
  dataFolder: 'Carpeta de datos',
  dataFolderHint: 'Aquí se guardan todos los talleres y sus copias de seguridad, en este ordenador.',
  openDataFolder: 'Abrir la carpeta de datos',
  folderNotOpened: 'No se pudo abrir la carpeta: {{detail}}',
} satisfies CatalogueShape<typeof english, 'es'>;
