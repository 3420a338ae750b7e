/** Column headers of the CSV exports. English is the reference every other language must match. */
export const csv = {} as const;
