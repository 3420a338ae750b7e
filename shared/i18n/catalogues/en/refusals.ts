/**
 * What the model's schemas say about a value they refuse, after the field's name: "name must not
 * be empty". Read in the language of the request (`shared/i18n/refusals.ts`); the API's error
 * keeps the field's path beside the sentence, so a program still reads which field it was.
 */
export const refusals = {
  invalidRequest: 'Invalid {{channel}} request: {{issues}}',
  number: 'must be a number',
  finiteNumber: 'must be a finite number',
  wholeNumber: 'must be a whole number',
  negative: 'must not be negative',
  negativeTime: 'must not be a negative time',
  positive: 'must be greater than zero',
  positiveTime: 'must be a time greater than zero',
  atMostADay: 'must be at most 24 h (one day)',
  percent: 'must be a percentage from 0 to 100',
  reworkPercent: 'must be a percentage from 0 to below 100',
  reworkBelow100: 'must be below 100 % (a loop that sends every item back never ends)',
  tooLarge: 'is too large',
  tooFar: 'is too far from the origin',
  empty: 'must not be empty',
  tooLong: 'must be at most {{max, number}} characters',
  tooManyNodes: 'must list at most {{max, number}} nodes',
  date: 'must be a date in the form YYYY-MM-DD',
  oneOf: 'must be one of {{options}}',
} as const;
