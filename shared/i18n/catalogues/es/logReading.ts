import type { CatalogueShape } from '../../catalogue-shape';
import type { logReading as english } from '../en/logReading';

export const logReading = {} satisfies CatalogueShape<typeof english, 'es'>;
