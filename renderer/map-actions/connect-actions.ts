import { uiText } from '../ui-text/ui-text';
import type { CONNECT_DESCRIPTORS } from '../../shared/actions/connect-descriptors';
import { connectInOrder } from '../../shared/editing/commands-connect';
import { newId } from '../../shared/model/ids';
import type { ActionBehaviour } from './action-types';
import { selectedIds, selectedNodeCount } from './selection-facts';

export const CONNECT_ACTIONS = {
  'select-tool': {
    perform: ({ editor }) => editor.setTool('select'),
  },
  'connect-tool': {
    perform({ editor }) {
      editor.setTool(editor.getState().session.tool === 'connect' ? 'select' : 'connect');
    },
  },
  'pick-connector': {
    perform({ editor }, { connectorKind }) {
      if (!connectorKind) return;
      editor.setConnectorKind(connectorKind);
      editor.setTool('connect');
    },
  },
  'connect-selected': {
    isEnabled: (state) => selectedNodeCount(state) >= 2,
    perform({ editor }) {
      const state = editor.getState();
      const selected = selectedIds(state);
      editor.execute(uiText('mapActions:edits.connect'), (doc) => connectInOrder(doc, selected, state.session.connectorKind, newId));
    },
  },
} satisfies Record<keyof typeof CONNECT_DESCRIPTORS, ActionBehaviour>;
