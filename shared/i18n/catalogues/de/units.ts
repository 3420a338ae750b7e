import type { CatalogueShape } from '../../catalogue-shape';
import type { units as english } from '../en/units';

export const units = {
  time: { s: 's', min: 'min', h: 'h', d: 'd' },
  pieces: 'Stk.',
  percent: '%',
  percentagePoints: 'Pp.',
  operators: 'MA',
  shifts: 'Schichten',
  perDay: '/d',
} satisfies CatalogueShape<typeof english, 'de'>;
