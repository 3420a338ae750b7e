import { applyExternalChanges } from '../../shared/editing/external-changes';
import type { MapChange } from '../../shared/editing/map-change';
import { commit, emptyHistory, redo, undo, type EditorState, type EditorStep } from '../../shared/editing/history';
import type { MapDocument } from '../../shared/model/vsm-map';

export type MapEditor = {
  getState: () => EditorState;
  subscribe: (listener: () => void) => () => void;
  /** Runs an editing command against the current map as one undoable step, and saves it. */
  execute: (label: string, command: (doc: MapDocument) => MapChange[]) => void;
  undo: () => void;
  redo: () => void;
  /** Saves changes without making an undo step or touching the map shown (text being typed). */
  saveDraft: (changes: MapChange[]) => void;
  /**
   * Shows changes the store has already saved by another route (a note moved to or from the
   * parking lot): applied outside undo, and not saved again.
   */
  applyExternal: (changes: MapChange[]) => void;
};

/**
 * The open map, its undo history and its link to autosave, outside React so that every edit is
 * applied and saved exactly once. React subscribes to it with useSyncExternalStore.
 */
export function createMapEditor(doc: MapDocument, persist: (changes: readonly MapChange[]) => void): MapEditor {
  let state: EditorState = { doc, history: emptyHistory() };
  const listeners = new Set<() => void>();

  function step(result: EditorStep) {
    if (result.applied.length === 0) return;
    state = result.state;
    persist(result.applied);
    listeners.forEach((listener) => listener());
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    execute: (label, command) => step(commit(state, label, command(state.doc))),
    undo: () => step(undo(state)),
    redo: () => step(redo(state)),
    saveDraft: (changes) => persist(changes),
    applyExternal(changes) {
      if (changes.length === 0) return;
      state = applyExternalChanges(state, changes);
      listeners.forEach((listener) => listener());
    },
  };
}
