/** The comparison table as text: verdicts and the note on day length. English is the reference every other language must match. */
export const figures = {} as const;
