import type { EditorState } from '../../shared/editing/history';
import type { ConnectorKind } from '../../shared/model/connector';
import type { Id } from '../../shared/model/ids';
import type { MapDocument } from '../../shared/model/vsm-map';
import type { EditorMode } from '../../shared/actions/editor-modes';
import type { Viewport } from './viewport';

export { EDITOR_MODES, type EditorMode } from '../../shared/actions/editor-modes';

export type CanvasTool = 'select' | 'connect';

export type SelectMode = 'replace' | 'toggle' | 'add';

/**
 * The open map's session state, kept beside the document (tldraw's instance page state): what is
 * selected and being typed in, the tool, and where the canvas looks. Never saved.
 */
export type SessionState = {
  mode: EditorMode;
  /** In the order the nodes were selected (connecting "in selection order" relies on it). */
  selection: ReadonlySet<Id>;
  editingId: Id | null;
  tool: CanvasTool;
  connectorKind: ConnectorKind;
  snapToGrid: boolean;
  /** Null until the canvas has a size and the map has been fitted into it. */
  viewport: Viewport | null;
};

/** Everything about an open map; every update replaces it whole, so a changed part is a new object. */
export type MapEditorState = EditorState & { session: SessionState };

export function initialSession(mode: EditorMode = 'editing'): SessionState {
  return { mode, selection: new Set(), editingId: null, tool: 'select', connectorKind: 'push', snapToGrid: true, viewport: null };
}

export function canEditIn(mode: EditorMode): boolean {
  return mode === 'editing';
}

export function nextSelection(current: ReadonlySet<Id>, ids: readonly Id[], mode: SelectMode): ReadonlySet<Id> {
  if (mode === 'replace') return new Set(ids);
  const next = new Set(current);
  for (const id of ids) {
    if (mode === 'toggle' && next.has(id)) next.delete(id);
    else next.add(id);
  }
  return next;
}

/** The session with every id that is no longer on the map let go: selection and the text being edited. */
export function pruneSession(session: SessionState, doc: MapDocument): SessionState {
  const present = new Set<Id>();
  for (const node of doc.nodes) present.add(node.id);
  for (const connector of doc.connectors) present.add(connector.id);
  const kept = [...session.selection].filter((id) => present.has(id));
  const selectionKept = kept.length === session.selection.size;
  const editingKept = session.editingId === null || present.has(session.editingId);
  if (selectionKept && editingKept) return session;
  return { ...session, selection: selectionKept ? session.selection : new Set(kept), editingId: editingKept ? session.editingId : null };
}
