/** renderer/canvas: the wall. English is the reference every other language must match. */
export const canvas = {} as const;
