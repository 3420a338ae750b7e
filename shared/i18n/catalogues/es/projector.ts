import type { CatalogueShape } from '../../catalogue-shape';
import type { projector as english } from '../en/projector';

export const projector = {
  documentTitle: 'Proyector — {{app}}',
  workshopDocumentTitle: '{{workshop}} — proyector',
  waiting: 'Esperando a la aplicación: {{problem}}',
  connecting: 'Conectando…',
  label: 'Vista de proyector',
  noMap: 'Aún no hay ningún mapa que mostrar.',
  reconnecting: 'Reconectando con la aplicación…',
  results: 'Resultados',
  emptyMap: 'El mapa está vacío.',
} satisfies CatalogueShape<typeof english, 'es'>;
