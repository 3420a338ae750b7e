/** The language and locale settings. English is the reference every other language must match. */
export const settings = {} as const;
