import type { CatalogueShape } from '../../catalogue-shape';
import type { flow as english } from '../en/flow';

export const flow = {} satisfies CatalogueShape<typeof english, 'de'>;
