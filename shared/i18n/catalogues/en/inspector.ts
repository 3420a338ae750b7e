/** renderer/map/inspector: the inspector beside the map. English is the reference every other language must match. */
export const inspector = {} as const;
