import { connectInOrder } from '../../shared/editing/commands-connect';
import { newId } from '../../shared/model/ids';
import { EDITING_ONLY, EVERY_MODE, type ActionSpec } from './action-types';
import { selectedIds, selectedNodeCount } from './selection-facts';

export const CONNECT_ACTIONS = {
  'select-tool': {
    label: 'Select and move',
    description: 'Select and move tool',
    group: 'Connect',
    modes: EVERY_MODE,
    editsMap: false,
    perform: ({ editor }) => editor.setTool('select'),
  },
  'connect-tool': {
    label: 'Connect',
    description: 'Connect tool: drag or click from one node to another',
    group: 'Connect',
    keys: { label: 'C', chords: [{ key: 'c' }] },
    modes: EDITING_ONLY,
    editsMap: true,
    perform({ editor }) {
      editor.setTool(editor.getState().session.tool === 'connect' ? 'select' : 'connect');
    },
  },
  'pick-connector': {
    label: 'Draw arrows',
    description: 'Pick the kind of arrow the connect tool draws, and take the tool',
    group: 'Connect',
    modes: EDITING_ONLY,
    editsMap: true,
    perform({ editor }, { connectorKind }) {
      if (!connectorKind) return;
      editor.setConnectorKind(connectorKind);
      editor.setTool('connect');
    },
  },
  'connect-selected': {
    label: 'Connect in selection order',
    description: 'Connect the selected nodes in the order they were selected',
    group: 'Connect',
    keys: { label: 'L', chords: [{ key: 'l' }] },
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => selectedNodeCount(state) >= 2,
    perform({ editor }) {
      const state = editor.getState();
      const selected = selectedIds(state);
      editor.execute('Connect', (doc) => connectInOrder(doc, selected, state.session.connectorKind, newId));
    },
  },
} satisfies Record<string, ActionSpec>;
