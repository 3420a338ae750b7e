import type { CatalogueShape } from '../../catalogue-shape';
import type { eventLog as english } from '../en/eventLog';

export const eventLog = {} satisfies CatalogueShape<typeof english, 'fr'>;
