import { uiText } from '../ui-text/ui-text';
import type { EDIT_DESCRIPTORS } from '../../shared/actions/edit-descriptors';
import { recolorNodes } from '../../shared/editing/commands';
import { deleteKeepingFlow } from '../../shared/editing/commands-delete';
import { duplicateNodes } from '../../shared/editing/commands-paste';
import { newId, type Id } from '../../shared/model/ids';
import type { ActionBehaviour } from './action-types';
import { selectedIds, selectedNodeCount } from './selection-facts';

export const EDIT_ACTIONS = {
  'edit-text': {
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      if (selected.length === 1) editor.setEditingId(selected[0]!);
    },
  },
  delete: {
    isEnabled: (state) => state.session.selection.size > 0,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      editor.setEditingId(null);
      editor.execute(uiText('mapActions:edits.delete'), (doc) => deleteKeepingFlow(doc, selected, newId));
    },
  },
  duplicate: {
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      let ids: Id[] = [];
      editor.execute(uiText('mapActions:edits.duplicate'), (doc) => {
        const placed = duplicateNodes(doc, selected, newId);
        ids = placed.nodeIds;
        return placed.changes;
      });
      if (ids.length > 0) editor.select(ids);
    },
  },
  copy: {
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform: (context) => context.copy(),
  },
  cut: {
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform: (context) => context.cut(),
  },
  paste: {
    perform: (context) => context.paste(),
  },
  undo: {
    isEnabled: (state) => state.history.past.length > 0,
    perform: ({ editor }) => editor.undo(),
  },
  redo: {
    isEnabled: (state) => state.history.future.length > 0,
    perform: ({ editor }) => editor.redo(),
  },
  'select-all': {
    perform({ editor }) {
      editor.select(editor.getState().doc.nodes.map((node) => node.id));
    },
  },
  deselect: {
    perform(context) {
      const { editor } = context;
      context.cancelGesture();
      context.stopPicking();
      const { session } = editor.getState();
      if (session.tool === 'connect') editor.setTool('select');
      else if (session.mode === 'presenting') editor.setMode('editing');
      editor.select([]);
    },
  },
  recolor: {
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform({ editor }, { color }) {
      if (!color) return;
      const selected = selectedIds(editor.getState());
      editor.execute(uiText('mapActions:edits.colour'), (doc) => recolorNodes(doc, selected, color));
    },
  },
} satisfies Record<keyof typeof EDIT_DESCRIPTORS, ActionBehaviour>;
