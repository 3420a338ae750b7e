/** renderer/app: the frame around every screen. English is the reference every other language must match. */
export const app = {} as const;
