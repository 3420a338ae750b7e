import type { CatalogueShape } from '../../catalogue-shape';
import type { refusals as english } from '../en/refusals';

export const refusals = {
  invalidRequest: 'Solicitud {{channel}} no válida: {{issues}}',
  number: 'debe ser un número',
  finiteNumber: 'debe ser un número finito',
  wholeNumber: 'debe ser un número entero',
  negative: 'no debe ser negativo',
  negativeTime: 'no debe ser un tiempo negativo',
  positive: 'debe ser mayor que cero',
  positiveTime: 'debe ser un tiempo mayor que cero',
  atMostADay: 'debe ser como máximo 24 h (un día)',
  percent: 'debe ser un porcentaje de 0 a 100',
  reworkPercent: 'debe ser un porcentaje de 0 a menos de 100',
  reworkBelow100: 'debe ser inferior al 100 % (un bucle que devuelve cada pieza nunca termina)',
  tooLarge: 'es demasiado grande',
  tooFar: 'está demasiado lejos del origen',
  empty: 'no debe estar vacío',
  tooLong: 'debe tener como máximo {{max, number}} caracteres',
  tooManyNodes: 'debe nombrar como máximo {{max, number}} elementos',
  date: 'debe ser una fecha con la forma AAAA-MM-DD',
  oneOf: 'debe ser uno de {{options}}',
} satisfies CatalogueShape<typeof english, 'es'>;
