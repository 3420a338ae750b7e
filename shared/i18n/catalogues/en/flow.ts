/** renderer/flow: the flow simulation panel. English is the reference every other language must match. */
export const flow = {} as const;
