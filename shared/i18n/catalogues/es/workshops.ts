import type { CatalogueShape } from '../../catalogue-shape';
import type { workshops as english } from '../en/workshops';

export const workshops = {} satisfies CatalogueShape<typeof english, 'es'>;
