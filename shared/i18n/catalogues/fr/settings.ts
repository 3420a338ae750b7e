import type { CatalogueShape } from '../../catalogue-shape';
import type { settings as english } from '../en/settings';

export const settings = {
  language: 'Langue',
  languageTitle: 'Les mots de l’application ; le rapport et les fichiers CSV d’un atelier suivent la langue de l’atelier.',
  system: 'Comme le système ({{language}})',
  notSaved: 'La langue n’a pas pu être enregistrée : {{detail}}',
  workshopLanguage: 'Langue de la salle',
  workshopLanguageHint: 'Le rapport et les fichiers CSV de cet atelier sont rédigés dans cette langue.',
  sameAsApp: 'Comme l’application ({{language}})',
  title: 'Réglages',
  figures: 'Nombres et dates',
  figuresSystem: 'Automatique ({{locale}})',
  figuresHint:
    'Automatique suit le système, ou la langue choisie si le système en parle une autre. Séparateurs des milliers et des décimales, unités et dates, tels que les écrans les affichent.',
  sample: 'Par exemple : {{pieces}} · {{duration}} · {{date}}',
  localeNotSaved: 'Le format n’a pas pu être enregistré : {{detail}}',
  dataFolder: 'Dossier des données',
  dataFolderHint: 'Tous les ateliers et leurs sauvegardes sont conservés ici, sur cet ordinateur.',
  openDataFolder: 'Ouvrir le dossier des données',
  folderNotOpened: 'Le dossier n’a pas pu être ouvert : {{detail}}',
} satisfies CatalogueShape<typeof english, 'fr'>;
