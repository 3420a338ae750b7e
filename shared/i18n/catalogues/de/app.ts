import type { CatalogueShape } from '../../catalogue-shape';
import type { app as english } from '../en/app';

export const app = {
  appName: 'Value Stream Workshop',
  needsAddress: 'Diese Seite braucht die Adresse, die die App beim Start ausgegeben hat (sie endet auf #token=…). Öffnen Sie diese Adresse erneut.',
  hostUnreachable: 'Die App läuft nicht oder ist nicht erreichbar; versuchen Sie es erneut, sobald sie wieder da ist.',
} satisfies CatalogueShape<typeof english, 'de'>;
