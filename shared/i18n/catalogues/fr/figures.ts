import type { CatalogueShape } from '../../catalogue-shape';
import type { figures as english } from '../en/figures';

export const figures = {} satisfies CatalogueShape<typeof english, 'fr'>;
