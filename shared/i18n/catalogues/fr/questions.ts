import type { CatalogueShape } from '../../catalogue-shape';
import type { questions as english } from '../en/questions';

export const questions = {} satisfies CatalogueShape<typeof english, 'fr'>;
