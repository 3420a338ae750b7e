import type { CatalogueShape } from '../../catalogue-shape';
import type { figures as english } from '../en/figures';

export const figures = {
  verdict: { better: 'Besser', worse: 'Schlechter', same: 'Unverändert', changed: 'Geändert', unknown: 'Unbekannt' },
  dayLength: 'Ein Tag (d) entspricht {{hours}} h Arbeitszeit.',
  dayLengthUnset: 'Ein Tag (d) entspricht {{hours}} h Arbeitszeit (in der Ist-Zustands-Karte ist keine Arbeitszeit pro Tag angegeben).',
} satisfies CatalogueShape<typeof english, 'de'>;
