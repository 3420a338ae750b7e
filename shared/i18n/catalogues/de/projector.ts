import type { CatalogueShape } from '../../catalogue-shape';
import type { projector as english } from '../en/projector';

export const projector = {
  documentTitle: 'Beamer — {{app}}',
  workshopDocumentTitle: '{{workshop}} — Beamer',
  waiting: 'Warte auf die App: {{problem}}',
  connecting: 'Verbindung wird hergestellt…',
  label: 'Beameransicht',
  noMap: 'Noch keine Karte zum Zeigen.',
  reconnecting: 'Verbindung zur App wird wiederhergestellt…',
  results: 'Ergebnisse',
  emptyMap: 'Die Karte ist leer.',
} satisfies CatalogueShape<typeof english, 'de'>;
