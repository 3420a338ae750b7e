/** What reading an event log (shared/event-log) tells the user. English is the reference every other language must match. */
export const logReading = {} as const;
