/** renderer/projector: the projector screen. English is the reference every other language must match. */
export const projector = {} as const;
