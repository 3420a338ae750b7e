import type { CatalogueShape } from '../../catalogue-shape';
import type { exports as english } from '../en/exports';

export const exports = {} satisfies CatalogueShape<typeof english, 'es'>;
