import type { CatalogueShape } from '../../catalogue-shape';
import type { refusals as english } from '../en/refusals';

export const refusals = {
  invalidRequest: 'Ungültige Anfrage {{channel}}: {{issues}}',
  number: 'muss eine Zahl sein',
  finiteNumber: 'muss eine endliche Zahl sein',
  wholeNumber: 'muss eine ganze Zahl sein',
  negative: 'darf nicht negativ sein',
  negativeTime: 'darf keine negative Zeit sein',
  positive: 'muss größer als null sein',
  positiveTime: 'muss eine Zeit größer als null sein',
  atMostADay: 'darf höchstens 24 h (einen Tag) betragen',
  percent: 'muss ein Prozentsatz von 0 bis 100 sein',
  reworkPercent: 'muss ein Prozentsatz von 0 bis unter 100 sein',
  reworkBelow100: 'muss unter 100 % liegen (eine Schleife, die jedes Teil zurückschickt, endet nie)',
  tooLarge: 'ist zu groß',
  tooFar: 'liegt zu weit vom Ursprung entfernt',
  empty: 'darf nicht leer sein',
  tooLong: 'darf höchstens {{max, number}} Zeichen lang sein',
  tooManyNodes: 'darf höchstens {{max, number}} Elemente nennen',
  date: 'muss ein Datum der Form JJJJ-MM-TT sein',
  oneOf: 'muss eines von {{options}} sein',
} satisfies CatalogueShape<typeof english, 'de'>;
