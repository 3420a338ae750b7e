/** renderer/map: the map screen, toolbar, palette, timeline, shortcut sheet, map menu. English is the reference every other language must match. */
export const map = {} as const;
