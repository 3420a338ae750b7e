/** renderer/map-actions: every action’s label and description. English is the reference every other language must match. */
export const mapActions = {} as const;
