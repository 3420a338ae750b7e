/** renderer/facilitation: agenda, timer, voting, parking lot. English is the reference every other language must match. */
export const facilitation = {} as const;
