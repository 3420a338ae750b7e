import type { CatalogueShape } from '../../catalogue-shape';
import type { mapActions as english } from '../en/mapActions';

export const mapActions = {} satisfies CatalogueShape<typeof english, 'es'>;
