/** Where the store reads the time, so tests can hold it still. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
