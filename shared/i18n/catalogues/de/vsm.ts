import type { CatalogueShape } from '../../catalogue-shape';
import type { vsm as english } from '../en/vsm';

export const vsm = {} satisfies CatalogueShape<typeof english, 'de'>;
