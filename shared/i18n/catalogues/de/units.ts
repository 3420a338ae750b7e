import type { CatalogueShape } from '../../catalogue-shape';
import type { units as english } from '../en/units';

export const units = {
  time: { s: 's', min: 'min', h: 'h', d: 'd' },
  words: { s: 's sek sekunde sekunden', min: 'm min minute minuten', h: 'h std stunde stunden', d: 'd t tag tage' },
  pieces: 'Stk.',
  percent: '%',
  percentagePoints: 'Pp.',
  operators: 'MA',
  shifts: 'Schichten',
  perDay: '/d',
} satisfies CatalogueShape<typeof english, 'de'>;
