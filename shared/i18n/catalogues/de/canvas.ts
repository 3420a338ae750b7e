import type { CatalogueShape } from '../../catalogue-shape';
import type { canvas as english } from '../en/canvas';

export const canvas = {} satisfies CatalogueShape<typeof english, 'de'>;
