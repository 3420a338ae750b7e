import type { CatalogueShape } from '../../catalogue-shape';
import type { common as english } from '../en/common';

export const common = {} satisfies CatalogueShape<typeof english, 'fr'>;
