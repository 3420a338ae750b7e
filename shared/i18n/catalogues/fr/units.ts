import type { CatalogueShape } from '../../catalogue-shape';
import type { units as english } from '../en/units';

export const units = {
  time: { s: 's', min: 'min', h: 'h', d: 'j' },
  pieces: 'pcs',
  percent: '%',
  percentagePoints: 'pts',
  operators: 'opér.',
  shifts: 'équipes',
  perDay: '/j',
} satisfies CatalogueShape<typeof english, 'fr'>;
