import { MAX_CHANGES_PER_SAVE } from '../../shared/api/maps-contract';
import { applyExternalChanges } from '../../shared/editing/external-changes';
import { asFieldPatches, type MapChange } from '../../shared/editing/map-change';
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
   * Shows changes the store has already saved by another route (another window's edit, a note
   * moved to or from the parking lot): applied outside undo, and not saved again.
   */
  applyExternal: (changes: MapChange[]) => void;
  /** Shows the map as it is on disk, with an empty undo history (after a refused save or a restore). */
  replaceDocument: (doc: MapDocument) => void;
};

export type MapEditorOptions = {
  /** The most changes one edit may make: one edit is saved in one transaction, which holds this many. */
  maxChangesPerEdit?: number;
  /** An edit refused before it was applied, and why; nothing changed on screen or on disk. */
  onRefusedEdit?: (message: string) => void;
};

/**
 * The open map, its undo history and its link to autosave, outside React so that every edit is
 * applied and saved exactly once. React subscribes to it with useSyncExternalStore.
 */
export function createMapEditor(
  doc: MapDocument,
  persist: (changes: readonly MapChange[]) => void,
  { maxChangesPerEdit = MAX_CHANGES_PER_SAVE, onRefusedEdit = () => undefined }: MapEditorOptions = {},
): MapEditor {
  let state: EditorState = { doc, history: emptyHistory() };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  function step(result: EditorStep) {
    if (result.applied.length === 0) return;
    state = result.state;
    persist(result.applied);
    notify();
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    execute(label, command) {
      const changes = command(state.doc);
      if (changes.length > maxChangesPerEdit) {
        onRefusedEdit(
          `Not done: “${label}” would change ${changes.length.toLocaleString('en')} things at once, more than one edit may ` +
            `(${maxChangesPerEdit.toLocaleString('en')}). Select fewer and do it in parts.`,
        );
        return;
      }
      step(commit(state, label, changes));
    },
    undo: () => step(undo(state)),
    redo: () => step(redo(state)),
    saveDraft(changes) {
      const onMap = new Set(state.doc.nodes.map((node) => node.id));
      const drafts = asFieldPatches(state.doc, changes).filter((change) => change.op !== 'putNode' || onMap.has(change.node.id));
      if (drafts.length > 0) persist(drafts);
    },
    applyExternal(changes) {
      if (changes.length === 0) return;
      state = applyExternalChanges(state, changes);
      notify();
    },
    replaceDocument(next) {
      state = { doc: next, history: emptyHistory() };
      notify();
    },
  };
}
