import type { CatalogueShape } from '../../catalogue-shape';
import type { app as english } from '../en/app';

export const app = {} satisfies CatalogueShape<typeof english, 'de'>;
