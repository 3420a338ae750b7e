/** The comparison of two maps as text: verdicts, the note on day length, removed stocks, step marks. English is the reference every other language must match. */
export const figures = {
  verdict: { better: 'Better', worse: 'Worse', same: 'No change', changed: 'Changed', unknown: 'Not known' },
  dayLength: 'A day (d) is {{hours}} h of working time.',
  dayLengthUnset: 'A day (d) is {{hours}} h of working time (no working time per day set on the current map).',
} as const;
