import type { CatalogueShape } from '../../catalogue-shape';
import type { units as english } from '../en/units';

export const units = {
  time: { s: 's', min: 'min', h: 'h', d: 'j' },
  words: { s: 's sec seconde secondes', min: 'm min minute minutes', h: 'h heure heures', d: 'j jour jours' },
  pieces: 'pcs',
  percent: '%',
  percentagePoints: 'pts',
  operators: 'opér.',
  shifts: 'équipes',
  perDay: '/j',
} satisfies CatalogueShape<typeof english, 'fr'>;
