import type { CatalogueShape } from '../../catalogue-shape';
import type { map as english } from '../en/map';

export const map = {} satisfies CatalogueShape<typeof english, 'fr'>;
