import type { CatalogueShape } from '../../catalogue-shape';
import type { futureState as english } from '../en/futureState';

export const futureState = {} satisfies CatalogueShape<typeof english, 'fr'>;
