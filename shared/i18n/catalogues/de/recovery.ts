import type { CatalogueShape } from '../../catalogue-shape';
import type { recovery as english } from '../en/recovery';

export const recovery = {} satisfies CatalogueShape<typeof english, 'de'>;
