import type { CatalogueShape } from '../../catalogue-shape';
import type { refusals as english } from '../en/refusals';

export const refusals = {
  invalidRequest: 'Requête {{channel}} invalide : {{issues}}',
  number: 'doit être un nombre',
  finiteNumber: 'doit être un nombre fini',
  wholeNumber: 'doit être un nombre entier',
  negative: 'ne doit pas être négatif',
  negativeTime: 'ne doit pas être une durée négative',
  positive: 'doit être supérieur à zéro',
  positiveTime: 'doit être une durée supérieure à zéro',
  atMostADay: 'doit être d’au plus 24 h (un jour)',
  percent: 'doit être un pourcentage de 0 à 100',
  reworkPercent: 'doit être un pourcentage de 0 à moins de 100',
  reworkBelow100: 'doit être inférieur à 100 % (une boucle qui renvoie chaque pièce ne se termine jamais)',
  tooLarge: 'est trop grand',
  tooFar: 'est trop loin de l’origine',
  empty: 'ne doit pas être vide',
  tooLong: 'doit compter au plus {{max, number}} caractères',
  tooManyNodes: 'doit citer au plus {{max, number}} éléments',
  date: 'doit être une date de la forme AAAA-MM-JJ',
  oneOf: 'doit être l’une des valeurs {{options}}',
} satisfies CatalogueShape<typeof english, 'fr'>;
