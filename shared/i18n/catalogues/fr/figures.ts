import type { CatalogueShape } from '../../catalogue-shape';
import type { figures as english } from '../en/figures';

export const figures = {
  verdict: { better: 'Mieux', worse: 'Moins bien', same: 'Inchangé', changed: 'Modifié', unknown: 'Inconnu' },
  dayLength: 'Un jour (j) correspond à {{hours}} h de travail.',
  dayLengthUnset: 'Un jour (j) correspond à {{hours}} h de travail (aucun temps de travail par jour n’est renseigné sur la carte de l’état actuel).',
} satisfies CatalogueShape<typeof english, 'fr'>;
