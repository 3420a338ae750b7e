/** renderer/future-state: the future-state panel. English is the reference every other language must match. */
export const futureState = {} as const;
