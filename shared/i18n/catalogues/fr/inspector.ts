import type { CatalogueShape } from '../../catalogue-shape';
import type { inspector as english } from '../en/inspector';

export const inspector = {} satisfies CatalogueShape<typeof english, 'fr'>;
