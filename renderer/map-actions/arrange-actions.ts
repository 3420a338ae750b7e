import { alignNodes, distributeNodes, nudgeNodes, restackNodes } from '../../shared/editing/commands-arrange';
import type { MapChange } from '../../shared/editing/map-change';
import type { AlignEdge, DistributeAxis } from '../../shared/geometry/align';
import type { Id } from '../../shared/model/ids';
import type { MapDocument } from '../../shared/model/vsm-map';
import { EDITING_ONLY, type ActionSpec } from './action-types';
import { anyShift } from './key-chords';
import { selectedIds, selectedNodeCount } from './selection-facts';

const NUDGE = 1;
const NUDGE_FAR = 20;
/** With nothing selected, the arrows pan the view instead, ten times a nudge. */
const PAN_PER_NUDGE = 10;

function nudge(arrow: string, key: string, direction: string, dx: number, dy: number): ActionSpec {
  return {
    label: `Move ${direction}`,
    description: `Move the selection ${direction} (Shift: further); with nothing selected, look ${direction}`,
    group: 'Arrange',
    keys: { label: arrow, chords: anyShift(key), repeats: true },
    modes: EDITING_ONLY,
    editsMap: true,
    perform(context, { far }) {
      const { editor } = context;
      const step = far ? NUDGE_FAR : NUDGE;
      const state = editor.getState();
      const selected = selectedIds(state);
      if (selected.length > 0) {
        editor.execute('Move', (doc) => nudgeNodes(doc, selected, dx * step, dy * step));
        return;
      }
      const viewport = context.liveViewport();
      editor.setViewport({ ...viewport, x: viewport.x - dx * step * PAN_PER_NUDGE, y: viewport.y - dy * step * PAN_PER_NUDGE });
    },
  };
}

/** Lines up (at least two) or spaces out (at least three) the selected nodes, by Alt+Shift and a letter. */
function arrange(
  step: 'Align' | 'Distribute',
  letter: string,
  label: string,
  description: string,
  needed: number,
  changes: (doc: MapDocument, ids: readonly Id[]) => MapChange[],
): ActionSpec {
  return {
    label,
    description,
    group: 'Arrange',
    keys: { label: `Alt+Shift+${letter}`, chords: [{ code: `Key${letter}`, alt: true, shift: true }] },
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => selectedNodeCount(state) >= needed,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      editor.execute(step, (doc) => changes(doc, selected));
    },
  };
}

const align = (letter: string, edge: AlignEdge, label: string, description: string) =>
  arrange('Align', letter, label, description, 2, (doc, ids) => alignNodes(doc, ids, edge));

const distribute = (letter: string, axis: DistributeAxis, label: string, description: string) =>
  arrange('Distribute', letter, label, description, 3, (doc, ids) => distributeNodes(doc, ids, axis));

function restack(label: string, keyLabel: string, key: string, to: 'front' | 'back'): ActionSpec {
  return {
    label,
    description: label,
    group: 'Arrange',
    keys: { label: keyLabel, chords: [{ key, mod: true, shift: 'any' }] },
    modes: EDITING_ONLY,
    editsMap: true,
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      editor.execute(label, (doc) => restackNodes(doc, selected, to));
    },
  };
}

export const ARRANGE_ACTIONS = {
  'nudge-left': nudge('←', 'ArrowLeft', 'left', -1, 0),
  'nudge-right': nudge('→', 'ArrowRight', 'right', 1, 0),
  'nudge-up': nudge('↑', 'ArrowUp', 'up', 0, -1),
  'nudge-down': nudge('↓', 'ArrowDown', 'down', 0, 1),
  'align-left': align('L', 'left', 'Align left', 'Align left edges'),
  'align-centre': align('C', 'centre', 'Align centres', 'Align centres'),
  'align-right': align('R', 'right', 'Align right', 'Align right edges'),
  'align-top': align('T', 'top', 'Align top', 'Align top edges'),
  'align-middle': align('M', 'middle', 'Align middles', 'Align middles'),
  'align-bottom': align('B', 'bottom', 'Align bottom', 'Align bottom edges'),
  'distribute-horizontal': distribute('H', 'horizontal', 'Distribute horizontally', 'Space evenly from left to right'),
  'distribute-vertical': distribute('V', 'vertical', 'Distribute vertically', 'Space evenly from top to bottom'),
  'bring-to-front': restack('Bring to front', 'Ctrl+]', ']', 'front'),
  'send-to-back': restack('Send to back', 'Ctrl+[', '[', 'back'),
  'toggle-snap': {
    label: 'Snap to grid',
    description: 'Snap to grid on or off (hold Alt while dragging to place freely)',
    group: 'Arrange',
    keys: { label: 'G', chords: [{ key: 'g' }] },
    modes: EDITING_ONLY,
    editsMap: false,
    perform: ({ editor }) => editor.toggleSnap(),
  },
} satisfies Record<string, ActionSpec>;
