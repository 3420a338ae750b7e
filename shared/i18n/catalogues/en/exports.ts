/** renderer/export: exports and import. English is the reference every other language must match. */
export const exports = {} as const;
