/** Units written after a figure, joined to it by a no-break space. English is the reference every other language must match. */
export const units = {
  time: { s: 's', min: 'min', h: 'h', d: 'd' },
  pieces: 'pcs',
  percent: '%',
  percentagePoints: 'pp',
  operators: 'op.',
  shifts: 'shifts',
  perDay: '/d',
} as const;
