import type { CatalogueShape } from '../../catalogue-shape';
import type { csv as english } from '../en/csv';

export const csv = {} satisfies CatalogueShape<typeof english, 'es'>;
