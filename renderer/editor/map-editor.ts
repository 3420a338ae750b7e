import { uiText } from '../ui-text/ui-text';
import { MAX_CHANGES_PER_SAVE } from '../../shared/api/map-contract';
import { applyExternalChanges } from '../../shared/editing/external-changes';
import { asFieldPatches, type MapChange } from '../../shared/editing/map-change';
import { commit, emptyHistory, redo, undo, type EditorStep } from '../../shared/editing/history';
import type { ConnectorKind } from '../../shared/model/connector';
import type { Id } from '../../shared/model/ids';
import type { MapDocument } from '../../shared/model/vsm-map';
import {
  canEditIn,
  initialSession,
  nextSelection,
  pruneSession,
  type CanvasTool,
  type EditorMode,
  type MapEditorState,
  type SelectMode,
  type SessionState,
} from './editor-state';
import type { Viewport } from './viewport';

/** Where the editor's edits go to be saved: the autosave queue, or a fake in a test. */
export type Autosave = {
  enqueue: (changes: readonly MapChange[]) => void;
  flush: () => Promise<void>;
  hasUnsaved: () => boolean;
};

export type MapEditor = {
  getState: () => MapEditorState;
  subscribe: (listener: () => void) => () => void;
  /**
   * Runs an editing command against the current map as one undoable step, and saves it. Refused
   * (false, nothing changes, nothing is saved) in a mode that does not edit.
   */
  execute: (label: string, command: (doc: MapDocument) => MapChange[]) => boolean;
  undo: () => void;
  redo: () => void;
  /** Saves changes without making an undo step or touching the map shown (text being typed). */
  saveDraft: (changes: MapChange[]) => void;
  /**
   * Shows changes the store has already committed by another route (another window, the parking
   * lot, later other devices): applied outside undo, history pruned as external-changes.ts says,
   * never saved again. Applied in every mode: the map shown must match the store.
   */
  applyExternal: (changes: MapChange[]) => void;
  /** Shows the store's map instead of this one (after a conflict or a restore): history cleared, selection pruned. */
  replaceDocument: (doc: MapDocument) => void;
  /** Writes every edit still waiting in the autosave queue. */
  flush: () => Promise<void>;
  /** Whether edits are still waiting to be written (or being written). */
  hasUnsaved: () => boolean;
  canEdit: () => boolean;
  setMode: (mode: EditorMode) => void;
  select: (ids: readonly Id[], mode?: SelectMode) => void;
  /** Starts (or, with null, ends) typing in a node's text; only while editing. */
  setEditingId: (id: Id | null) => void;
  setTool: (tool: CanvasTool) => void;
  setConnectorKind: (kind: ConnectorKind) => void;
  toggleSnap: () => void;
  setViewport: (viewport: Viewport) => void;
};

export type MapEditorOptions = {
  /** The most changes one edit may make: an edit is saved whole in one transaction, which holds this many. */
  maxChangesPerEdit?: number;
  /** An edit refused before it was applied, and why; nothing changed on screen or on disk. */
  onRefusedEdit?: (message: string) => void;
};

/**
 * The open map: its document, undo history, session state (selection, text being edited, tool,
 * viewport, mode) and its link to autosave, outside React so that every edit is applied and saved
 * exactly once and every rule (no edit in a read-only mode, no selection of what is gone) holds
 * whichever button, key or window asked. React subscribes to it through useEditor.
 */
export function createMapEditor(
  doc: MapDocument,
  autosave: Autosave,
  mode: EditorMode = 'editing',
  { maxChangesPerEdit = MAX_CHANGES_PER_SAVE, onRefusedEdit = () => undefined }: MapEditorOptions = {},
): MapEditor {
  let state: MapEditorState = { doc, history: emptyHistory(), session: initialSession(mode) };
  const listeners = new Set<() => void>();

  function publish(next: MapEditorState) {
    if (next === state) return;
    state = next;
    listeners.forEach((listener) => listener());
  }

  function updateSession(change: (session: SessionState) => SessionState) {
    const session = change(state.session);
    if (session !== state.session) publish({ ...state, session });
  }

  function step(result: EditorStep, endEditing: boolean) {
    if (result.applied.length === 0) return false;
    const session = endEditing ? { ...state.session, editingId: null } : state.session;
    publish({ ...result.state, session: pruneSession(session, result.state.doc) });
    autosave.enqueue(result.applied);
    return true;
  }

  const canEdit = () => canEditIn(state.session.mode);

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    execute(label, command) {
      if (!canEdit()) return false;
      const changes = command(state.doc);
      if (changes.length > maxChangesPerEdit) {
        onRefusedEdit(uiText('map:editor.tooManyChanges', { label, count: changes.length, max: maxChangesPerEdit }));
        return false;
      }
      return step(commit(state, label, changes), false);
    },
    undo: () => void (canEdit() && step(undo(state), true)),
    redo: () => void (canEdit() && step(redo(state), true)),
    saveDraft(changes) {
      if (!canEdit()) return;
      // Drafts are saved as the fields they change, and never bring back a node another window deleted.
      const onMap = new Set(state.doc.nodes.map((node) => node.id));
      const drafts = asFieldPatches(state.doc, changes).filter((change) => change.op !== 'putNode' || onMap.has(change.node.id));
      if (drafts.length > 0) autosave.enqueue(drafts);
    },
    applyExternal(changes) {
      if (changes.length === 0) return;
      const next = applyExternalChanges(state, changes);
      publish({ ...next, session: pruneSession(state.session, next.doc) });
    },
    replaceDocument(next) {
      publish({ doc: next, history: emptyHistory(), session: pruneSession(state.session, next) });
    },
    flush: () => autosave.flush(),
    hasUnsaved: () => autosave.hasUnsaved(),
    canEdit,
    setMode(next) {
      updateSession((session) => {
        if (session.mode === next) return session;
        return canEditIn(next) ? { ...session, mode: next } : { ...session, mode: next, editingId: null, tool: 'select' };
      });
    },
    select(ids, selectMode = 'replace') {
      updateSession((session) => {
        const selection = nextSelection(session.selection, ids, selectMode);
        return pruneSession({ ...session, selection }, state.doc);
      });
    },
    setEditingId(id) {
      updateSession((session) => {
        if (id === session.editingId) return session;
        if (id !== null && (!canEditIn(session.mode) || !state.doc.nodes.some((node) => node.id === id))) return session;
        return { ...session, editingId: id };
      });
    },
    setTool(tool) {
      updateSession((session) => (session.tool === tool || (tool !== 'select' && !canEditIn(session.mode)) ? session : { ...session, tool }));
    },
    setConnectorKind(kind) {
      updateSession((session) => (session.connectorKind === kind ? session : { ...session, connectorKind: kind }));
    },
    toggleSnap: () => updateSession((session) => ({ ...session, snapToGrid: !session.snapToGrid })),
    setViewport(viewport) {
      updateSession((session) => {
        const current = session.viewport;
        const same = current !== null && current.x === viewport.x && current.y === viewport.y && current.scale === viewport.scale;
        return same ? session : { ...session, viewport };
      });
    },
  };
}
