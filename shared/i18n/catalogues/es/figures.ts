import type { CatalogueShape } from '../../catalogue-shape';
import type { figures as english } from '../en/figures';

export const figures = {
  verdict: { better: 'Mejor', worse: 'Peor', same: 'Sin cambios', changed: 'Cambiado', unknown: 'Desconocido' },
  dayLength: 'Un día (d) son {{hours}} h de trabajo.',
  dayLengthUnset: 'Un día (d) son {{hours}} h de trabajo (el mapa del estado actual no indica tiempo de trabajo por día).',
} satisfies CatalogueShape<typeof english, 'es'>;
