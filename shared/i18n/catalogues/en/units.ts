/** Units written after a figure, joined to it by a no-break space. English is the reference every other language must match. */
export const units = {
  time: { s: 's', min: 'min', h: 'h', d: 'd' },
  words: { s: 's sec secs second seconds', min: 'm min mins minute minutes', h: 'h hr hrs hour hours', d: 'd day days' },
  pieces: 'pcs',
  percent: '%',
  percentagePoints: 'pp',
  operators: 'op.',
  shifts: 'shifts',
  perDay: '/d',
} as const;
