/** renderer/workshops: the workshop list. English is the reference every other language must match. */
export const workshops = {} as const;
