/** The VSM engine: metric names and the diagnostics that say what stops a figure. English is the reference every other language must match. */
export const vsm = {} as const;
