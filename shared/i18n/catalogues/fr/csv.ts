import type { CatalogueShape } from '../../catalogue-shape';
import type { csv as english } from '../en/csv';

export const csv = {
  yes: 'oui',
  no: 'non',
  figures: { map: 'Carte', state: 'État', step: 'Étape', measure: 'Indicateur', value: 'Valeur', unit: 'Unité', shown: 'Tel qu’affiché' },
  unit: { seconds: 's', count: 'nombre', ratio: 'fraction', percent: '%' },
  state: { current: 'actuel', future: 'futur' },
  votes: {
    vote: 'Vote',
    map: 'Carte',
    status: 'Statut',
    rank: 'Rang',
    tied: 'Ex aequo',
    item: 'Élément',
    dots: 'Gommettes',
    byPerson: 'Gommettes par personne',
    stillOpen: '(vote en cours)',
  },
  voteStatus: { open: 'en cours', closed: 'clos', revealed: 'dévoilé' },
  actions: {
    action: 'Action',
    improves: 'Étape améliorée',
    burst: 'Issue de l’éclair kaizen',
    owner: 'Responsable',
    due: 'Échéance',
    status: 'Statut',
    overdue: 'En retard',
    futureState: 'État futur',
  },
} satisfies CatalogueShape<typeof english, 'fr'>;
