import type { CatalogueShape } from '../../catalogue-shape';
import type { app as english } from '../en/app';

export const app = {
  appName: 'Value Stream Workshop',
  needsAddress: 'Esta página necesita la dirección que mostró la aplicación al arrancar (termina en #token=…). Vuelva a abrir esa dirección.',
  hostUnreachable: 'La aplicación no está en marcha o no se puede acceder a ella; inténtelo de nuevo cuando vuelva a estar disponible.',
} satisfies CatalogueShape<typeof english, 'es'>;
