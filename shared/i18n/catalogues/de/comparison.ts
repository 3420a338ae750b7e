import type { CatalogueShape } from '../../catalogue-shape';
import type { comparison as english } from '../en/comparison';

export const comparison = {} satisfies CatalogueShape<typeof english, 'de'>;
