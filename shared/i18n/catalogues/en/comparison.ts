/** renderer/comparison: the comparison screen. English is the reference every other language must match. */
export const comparison = {} as const;
