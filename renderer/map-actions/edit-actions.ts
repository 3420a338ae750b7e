import { recolorNodes } from '../../shared/editing/commands';
import { deleteKeepingFlow } from '../../shared/editing/commands-delete';
import { duplicateNodes } from '../../shared/editing/commands-paste';
import { newId, type Id } from '../../shared/model/ids';
import { EDITING_ONLY, EVERY_MODE, type ActionSpec } from './action-types';
import { anyShift } from './key-chords';
import { selectedIds, selectedNodeCount } from './selection-facts';

export const EDIT_ACTIONS = {
  'edit-text': {
    label: 'Edit text',
    description: "Edit the selected node's text (Enter again keeps it; Shift+Enter starts a new line)",
    group: 'Edit',
    keys: { label: 'Enter', chords: anyShift('Enter', 'F2') },
    modes: EDITING_ONLY,
    editsMap: true,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      if (selected.length === 1) editor.setEditingId(selected[0]!);
    },
  },
  delete: {
    label: 'Delete selected',
    description: 'Delete the selection (the steps on both sides of a deleted inventory stay joined)',
    group: 'Edit',
    keys: { label: 'Delete', chords: anyShift('Delete', 'Backspace') },
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => state.session.selection.size > 0,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      editor.setEditingId(null);
      editor.execute('Delete', (doc) => deleteKeepingFlow(doc, selected, newId));
    },
  },
  duplicate: {
    label: 'Duplicate',
    description: 'Duplicate the selection',
    group: 'Edit',
    keys: { label: 'Ctrl+D', chords: [{ key: 'd', mod: true, shift: 'any' }] },
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      let ids: Id[] = [];
      editor.execute('Duplicate', (doc) => {
        const placed = duplicateNodes(doc, selected, newId);
        ids = placed.nodeIds;
        return placed.changes;
      });
      if (ids.length > 0) editor.select(ids);
    },
  },
  copy: {
    label: 'Copy',
    description: 'Copy the selection',
    group: 'Edit',
    keys: { label: 'Ctrl+C', chords: [{ key: 'c', mod: true }], viaClipboardEvent: true },
    modes: EVERY_MODE,
    editsMap: false,
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform: (context) => context.copy(),
  },
  cut: {
    label: 'Cut',
    description: 'Cut the selection',
    group: 'Edit',
    keys: { label: 'Ctrl+X', chords: [{ key: 'x', mod: true }], viaClipboardEvent: true },
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform: (context) => context.cut(),
  },
  paste: {
    label: 'Paste',
    description: 'Paste (into this map or another)',
    group: 'Edit',
    keys: { label: 'Ctrl+V', chords: [{ key: 'v', mod: true }], viaClipboardEvent: true },
    modes: EDITING_ONLY,
    editsMap: true,
    perform: (context) => context.paste(),
  },
  undo: {
    label: 'Undo',
    description: 'Undo',
    group: 'Edit',
    keys: { label: 'Ctrl+Z', chords: [{ key: 'z', mod: true }], repeats: true },
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => state.history.past.length > 0,
    perform: ({ editor }) => editor.undo(),
  },
  redo: {
    label: 'Redo',
    description: 'Redo',
    group: 'Edit',
    keys: {
      label: 'Ctrl+Shift+Z',
      chords: [
        { key: 'z', mod: true, shift: true },
        { key: 'y', mod: true, shift: 'any' },
      ],
      repeats: true,
    },
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => state.history.future.length > 0,
    perform: ({ editor }) => editor.redo(),
  },
  'select-all': {
    label: 'Select all',
    description: 'Select everything',
    group: 'Edit',
    keys: { label: 'Ctrl+A', chords: [{ key: 'a', mod: true, shift: 'any' }] },
    modes: EVERY_MODE,
    editsMap: false,
    perform({ editor }) {
      editor.select(editor.getState().doc.nodes.map((node) => node.id));
    },
  },
  deselect: {
    label: 'Select nothing',
    description: 'Select nothing; leave the connect tool, a pick on the map or the presentation',
    group: 'Edit',
    keys: { label: 'Esc', chords: anyShift('Escape') },
    modes: EVERY_MODE,
    editsMap: false,
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
    label: 'Colour',
    description: 'Give the selected notes a colour',
    group: 'Edit',
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform({ editor }, { color }) {
      if (!color) return;
      const selected = selectedIds(editor.getState());
      editor.execute('Colour', (doc) => recolorNodes(doc, selected, color));
    },
  },
} satisfies Record<string, ActionSpec>;
