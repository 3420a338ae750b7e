import type { CatalogueShape } from '../../catalogue-shape';
import type { csv as english } from '../en/csv';

export const csv = {
  yes: 'sí',
  no: 'no',
  figures: { map: 'Mapa', state: 'Estado', step: 'Paso', measure: 'Indicador', value: 'Valor', unit: 'Unidad', shown: 'Tal como se muestra' },
  unit: { seconds: 's', count: 'cantidad', ratio: 'fracción', percent: '%' },
  state: { current: 'actual', future: 'futuro' },
  votes: {
    vote: 'Votación',
    map: 'Mapa',
    status: 'Estado',
    rank: 'Puesto',
    tied: 'Empate',
    item: 'Elemento',
    dots: 'Puntos',
    byPerson: 'Puntos por persona',
    stillOpen: '(votación abierta)',
  },
  voteStatus: { open: 'abierta', closed: 'cerrada', revealed: 'revelada' },
  actions: {
    action: 'Acción',
    improves: 'Mejora el paso',
    burst: 'De la explosión kaizen',
    owner: 'Responsable',
    due: 'Fecha límite',
    status: 'Estado',
    overdue: 'Vencida',
    futureState: 'Estado futuro',
  },
} satisfies CatalogueShape<typeof english, 'es'>;
