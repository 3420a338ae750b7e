import type { CatalogueShape } from '../../catalogue-shape';
import type { actionPlan as english } from '../en/actionPlan';

export const actionPlan = {} satisfies CatalogueShape<typeof english, 'fr'>;
