/** renderer/recovery: backups and the recovery screen. English is the reference every other language must match. */
export const recovery = {} as const;
