/**
 * What the open map may do right now.
 * - `editing`: everything.
 * - `presenting`: looking around (zoom, pan, select, copy); no edit.
 * - `voting-turn`: a participant votes in private on the facilitator's laptop; only placing dots,
 *   which go through the voting API, never through the map.
 * - `read-only`: the projector, or a database opened read-only.
 */
export const EDITOR_MODES = ['editing', 'presenting', 'voting-turn', 'read-only'] as const;
export type EditorMode = (typeof EDITOR_MODES)[number];

export const EDITING_ONLY: readonly EditorMode[] = ['editing'];
export const EVERY_MODE: readonly EditorMode[] = [...EDITOR_MODES];
/** Facilitation keys (the timer) work wherever the facilitator runs the room. */
export const FACILITATING: readonly EditorMode[] = ['editing', 'presenting', 'voting-turn'];
