import type { CatalogueShape } from '../../catalogue-shape';
import type { projector as english } from '../en/projector';

export const projector = {} satisfies CatalogueShape<typeof english, 'es'>;
