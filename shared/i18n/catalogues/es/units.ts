import type { CatalogueShape } from '../../catalogue-shape';
import type { units as english } from '../en/units';

export const units = {
  time: { s: 's', min: 'min', h: 'h', d: 'd' },
  pieces: 'uds.',
  percent: '%',
  percentagePoints: 'p. p.',
  operators: 'oper.',
  shifts: 'turnos',
  perDay: '/d',
} satisfies CatalogueShape<typeof english, 'es'>;
