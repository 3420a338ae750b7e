import type { MapDocument } from '../model/vsm-map';
import { applyChangesWithInverse, asFieldPatches, type MapChange } from './map-change';

/**
 * Undo and redo over change lists. An entry holds the changes that redo it and the changes that
 * undo it, so undoing never needs a snapshot of the whole map, and what undo applies can be
 * saved exactly like any other edit.
 */
export type HistoryEntry = { label: string; redo: MapChange[]; undo: MapChange[] };

export type History = { past: HistoryEntry[]; future: HistoryEntry[] };

export type EditorState = { doc: MapDocument; history: History };

/** The result of a step: the new state and the changes it applied, which the caller saves. */
export type EditorStep = { state: EditorState; applied: MapChange[] };

export const HISTORY_LIMIT = 500;

export function emptyHistory(): History {
  return { past: [], future: [] };
}

/** Commits an edit as field patches (see map-change.ts), so undo, redo and saving all carry only what changed. */
export function commit(state: EditorState, label: string, edit: MapChange[]): EditorStep {
  const changes = asFieldPatches(state.doc, edit);
  if (changes.length === 0) return { state, applied: [] };
  const { doc, inverse } = applyChangesWithInverse(state.doc, changes);
  const past = [...state.history.past, { label, redo: changes, undo: inverse }].slice(-HISTORY_LIMIT);
  return { state: { doc, history: { past, future: [] } }, applied: changes };
}

export function undo(state: EditorState): EditorStep {
  const entry = state.history.past.at(-1);
  if (!entry) return { state, applied: [] };
  const { doc } = applyChangesWithInverse(state.doc, entry.undo);
  const history = { past: state.history.past.slice(0, -1), future: [entry, ...state.history.future] };
  return { state: { doc, history }, applied: entry.undo };
}

export function redo(state: EditorState): EditorStep {
  const entry = state.history.future[0];
  if (!entry) return { state, applied: [] };
  const { doc } = applyChangesWithInverse(state.doc, entry.redo);
  const history = { past: [...state.history.past, entry], future: state.history.future.slice(1) };
  return { state: { doc, history }, applied: entry.redo };
}
