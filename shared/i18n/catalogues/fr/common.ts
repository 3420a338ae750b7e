import type { CatalogueShape } from '../../catalogue-shape';
import type { common as english } from '../en/common';

export const common = {
  cancel: 'Annuler',
  save: 'Enregistrer',
  dismissMessage: 'Fermer le message',
  backToMap: '← Retour à la carte',
  backToMapTitle: 'Retour à la carte depuis laquelle cet écran a été ouvert',
  pleaseCheck: 'Veuillez vérifier : {{problems}}',
  updated: {
    justNow: 'à l’instant',
    minutesAgo_one: 'il y a {{count}} min',
    minutesAgo_other: 'il y a {{count}} min',
    minutesAgo_many: 'il y a {{count}} min',
    today: 'aujourd’hui {{time}}',
  },
  close: 'Fermer',
  colours: {
    yellow: 'jaune',
    pink: 'rose',
    blue: 'bleu',
    green: 'vert',
    orange: 'orange',
    purple: 'violet',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
