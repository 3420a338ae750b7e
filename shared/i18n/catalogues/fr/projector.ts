import type { CatalogueShape } from '../../catalogue-shape';
import type { projector as english } from '../en/projector';

export const projector = {
  documentTitle: 'Projecteur — {{app}}',
  workshopDocumentTitle: '{{workshop}} — projecteur',
  waiting: 'En attente de l’application : {{problem}}',
  connecting: 'Connexion…',
  label: 'Vue projecteur',
  noMap: 'Aucune carte à afficher pour l’instant.',
  reconnecting: 'Reconnexion à l’application…',
  results: 'Résultats',
  emptyMap: 'La carte est vide.',
} satisfies CatalogueShape<typeof english, 'fr'>;
