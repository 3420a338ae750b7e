/** The room: the participant page and the facilitator’s room panel. English is the reference every other language must match. */
export const room = {} as const;
