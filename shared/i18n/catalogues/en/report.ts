/** The PDF report (renderer/report and shared/report). English is the reference every other language must match. */
export const report = {} as const;
