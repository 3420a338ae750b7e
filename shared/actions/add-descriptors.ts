import type { ActionDescriptor } from './action-descriptor';
import { EDITING_ONLY } from './editor-modes';

function addByKey(letter: string, description: string): ActionDescriptor {
  return {
    label: description,
    description: `${description}, at the pointer`,
    group: 'Add',
    keys: { label: letter, chords: [{ key: letter.toLowerCase() }] },
    modes: EDITING_ONLY,
    editsMap: true,
  };
}

export const ADD_DESCRIPTORS = {
  'add-note': addByKey('N', 'Add a sticky note'),
  'add-process': addByKey('P', 'Add a process box'),
  'add-inventory': addByKey('I', 'Add an inventory triangle'),
  'add-kaizen-burst': addByKey('K', 'Add a kaizen burst'),
  'add-text': addByKey('A', 'Add free text (an annotation)'),
  'add-node': {
    label: 'Add a symbol',
    description: 'Add the symbol clicked in the palette (or dragged onto the map)',
    group: 'Add',
    modes: EDITING_ONLY,
    editsMap: true,
  },
  'start-from-example': {
    label: 'Start from an example',
    description: 'Fill an empty map with a worked example',
    group: 'Add',
    modes: EDITING_ONLY,
    editsMap: true,
  },
} satisfies Record<string, ActionDescriptor>;
