import { newId } from '../../shared/model/ids';
import { templateChanges } from '../../shared/editing/map-templates';
import type { NodeKind } from '../../shared/model/node-kinds';
import { fitView } from './fit-view';
import { EDITING_ONLY, type ActionSpec } from './action-types';
import { placeFor, placeNode } from './place-node';

function addByKey(kind: NodeKind, letter: string, description: string): ActionSpec {
  return {
    label: description,
    description: `${description}, at the pointer`,
    group: 'Add',
    keys: { label: letter, chords: [{ key: letter.toLowerCase() }] },
    modes: EDITING_ONLY,
    editsMap: true,
    perform: (context) => placeNode(context, kind, placeFor(context, kind, true)),
  };
}

export const ADD_ACTIONS = {
  'add-note': addByKey('sticky-note', 'N', 'Add a sticky note'),
  'add-process': addByKey('process', 'P', 'Add a process box'),
  'add-inventory': addByKey('inventory', 'I', 'Add an inventory triangle'),
  'add-kaizen-burst': addByKey('kaizen-burst', 'K', 'Add a kaizen burst'),
  'add-text': addByKey('text', 'A', 'Add free text (an annotation)'),
  'add-node': {
    label: 'Add a symbol',
    description: 'Add the symbol clicked in the palette (or dragged onto the map)',
    group: 'Add',
    modes: EDITING_ONLY,
    editsMap: true,
    perform(context, { nodeKind }) {
      if (nodeKind) placeNode(context, nodeKind, placeFor(context, nodeKind, false));
    },
  },
  'start-from-example': {
    label: 'Start from an example',
    description: 'Fill an empty map with a worked example',
    group: 'Add',
    modes: EDITING_ONLY,
    editsMap: true,
    perform(context, { template }) {
      if (!template) return;
      if (context.editor.execute('Start from example', (doc) => templateChanges(doc, template, newId)))
        fitView(context.editor, context.canvasSize(), null, 1);
    },
  },
} satisfies Record<string, ActionSpec>;
