import type { CatalogueShape } from '../../catalogue-shape';
import type { room as english } from '../en/room';

export const room = {} satisfies CatalogueShape<typeof english, 'es'>;
