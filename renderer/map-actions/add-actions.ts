import { uiText } from '../ui-text/ui-text';
import type { ADD_DESCRIPTORS } from '../../shared/actions/add-descriptors';
import { newId } from '../../shared/model/ids';
import { templateChanges } from '../../shared/editing/map-templates';
import type { NodeKind } from '../../shared/model/node-kinds';
import { fitView } from './fit-view';
import type { ActionBehaviour } from './action-types';
import { placeFor, placeNode } from './place-node';

function addAtPointer(kind: NodeKind): ActionBehaviour {
  return { perform: (context) => placeNode(context, kind, placeFor(context, kind, true)) };
}

export const ADD_ACTIONS = {
  'add-note': addAtPointer('sticky-note'),
  'add-process': addAtPointer('process'),
  'add-inventory': addAtPointer('inventory'),
  'add-kaizen-burst': addAtPointer('kaizen-burst'),
  'add-text': addAtPointer('text'),
  'add-node': {
    perform(context, { nodeKind }) {
      if (nodeKind) placeNode(context, nodeKind, placeFor(context, nodeKind, false));
    },
  },
  'start-from-example': {
    perform(context, { template, language }) {
      if (!template || !language) return;
      if (context.editor.execute(uiText('mapActions:edits.startFromExample'), (doc) => templateChanges(doc, template, newId, language)))
        fitView(context.editor, context.canvasSize(), null, 1);
    },
  },
} satisfies Record<keyof typeof ADD_DESCRIPTORS, ActionBehaviour>;
