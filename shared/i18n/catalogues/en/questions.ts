/** The Learning to See questions of the future-state design. English is the reference every other language must match. */
export const questions = {} as const;
