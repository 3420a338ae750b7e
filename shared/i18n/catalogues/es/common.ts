import type { CatalogueShape } from '../../catalogue-shape';
import type { common as english } from '../en/common';

export const common = {
  cancel: 'Cancelar',
  save: 'Guardar',
  dismissMessage: 'Cerrar mensaje',
  backToMap: '← Volver al mapa',
  backToMapTitle: 'Volver al mapa desde el que se abrió esta pantalla',
  pleaseCheck: 'Revise: {{problems}}',
  updated: {
    justNow: 'ahora mismo',
    minutesAgo_one: 'hace {{count}} min',
    minutesAgo_other: 'hace {{count}} min',
    minutesAgo_many: 'hace {{count}} min',
    today: 'hoy {{time}}',
  },
  close: 'Cerrar',
  colours: {
    yellow: 'amarillo',
    pink: 'rosa',
    blue: 'azul',
    green: 'verde',
    orange: 'naranja',
    purple: 'morado',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
