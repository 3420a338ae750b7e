import type { CatalogueShape } from '../../catalogue-shape';
import type { settings as english } from '../en/settings';

export const settings = {} satisfies CatalogueShape<typeof english, 'fr'>;
