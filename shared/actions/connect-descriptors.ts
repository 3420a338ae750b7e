import type { ActionDescriptor } from './action-descriptor';
import { EDITING_ONLY, EVERY_MODE } from './editor-modes';

export const CONNECT_DESCRIPTORS = {
  'select-tool': {
    label: 'Select and move',
    description: 'Select and move tool',
    group: 'Connect',
    modes: EVERY_MODE,
    editsMap: false,
  },
  'connect-tool': {
    label: 'Connect',
    description: 'Connect tool: drag or click from one node to another',
    group: 'Connect',
    keys: { label: 'C', chords: [{ key: 'c' }] },
    modes: EDITING_ONLY,
    editsMap: true,
  },
  'pick-connector': {
    label: 'Draw arrows',
    description: 'Pick the kind of arrow the connect tool draws, and take the tool',
    group: 'Connect',
    modes: EDITING_ONLY,
    editsMap: true,
  },
  'connect-selected': {
    label: 'Connect in selection order',
    description: 'Connect the selected nodes in the order they were selected',
    group: 'Connect',
    keys: { label: 'L', chords: [{ key: 'l' }] },
    modes: EDITING_ONLY,
    editsMap: true,
  },
} satisfies Record<string, ActionDescriptor>;
