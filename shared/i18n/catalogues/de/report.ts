import type { CatalogueShape } from '../../catalogue-shape';
import type { report as english } from '../en/report';

export const report = {} satisfies CatalogueShape<typeof english, 'de'>;
