import type { Id } from '../../shared/model/ids';
import type { MapEditorState } from '../editor/editor-state';

export function selectedIds(state: MapEditorState): Id[] {
  return [...state.session.selection];
}

export function selectedNodeCount(state: MapEditorState): number {
  return state.doc.nodes.filter((node) => state.session.selection.has(node.id)).length;
}

export function selectedStepCount(state: MapEditorState): number {
  return state.doc.nodes.filter((node) => node.kind === 'process' && state.session.selection.has(node.id)).length;
}
