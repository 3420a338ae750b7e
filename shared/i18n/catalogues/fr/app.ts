import type { CatalogueShape } from '../../catalogue-shape';
import type { app as english } from '../en/app';

export const app = {
  appName: 'Value Stream Workshop',
  needsAddress:
    'Cette page a besoin de l’adresse affichée par l’application au démarrage (elle se termine par #token=…). Ouvrez de nouveau cette adresse.',
  hostUnreachable: 'L’application n’est pas lancée ou reste injoignable ; réessayez dès qu’elle sera de retour.',
} satisfies CatalogueShape<typeof english, 'fr'>;
