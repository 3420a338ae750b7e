import type { CatalogueShape } from '../../catalogue-shape';
import type { facilitation as english } from '../en/facilitation';

export const facilitation = {} satisfies CatalogueShape<typeof english, 'de'>;
