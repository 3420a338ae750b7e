/** renderer/event-log: the event-log import. English is the reference every other language must match. */
export const eventLog = {} as const;
