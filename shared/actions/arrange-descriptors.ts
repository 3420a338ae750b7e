import type { ActionDescriptor } from './action-descriptor';
import { EDITING_ONLY } from './editor-modes';
import { anyShift } from './key-chords';

function nudge(arrow: string, key: string, direction: string): ActionDescriptor {
  return {
    label: `Move ${direction}`,
    description: `Move the selection ${direction} (Shift: further); with nothing selected, look ${direction}`,
    group: 'Arrange',
    keys: { label: arrow, chords: anyShift(key), repeats: true },
    modes: EDITING_ONLY,
    editsMap: true,
  };
}

/** Lines up or spaces out the selected nodes, by Alt+Shift and a letter. */
function arrange(letter: string, label: string, description: string): ActionDescriptor {
  return {
    label,
    description,
    group: 'Arrange',
    keys: { label: `Alt+Shift+${letter}`, chords: [{ code: `Key${letter}`, alt: true, shift: true }] },
    modes: EDITING_ONLY,
    editsMap: true,
  };
}

function restack(label: string, keyLabel: string, key: string): ActionDescriptor {
  return {
    label,
    description: label,
    group: 'Arrange',
    keys: { label: keyLabel, chords: [{ key, mod: true, shift: 'any' }] },
    modes: EDITING_ONLY,
    editsMap: true,
  };
}

export const ARRANGE_DESCRIPTORS = {
  'nudge-left': nudge('←', 'ArrowLeft', 'left'),
  'nudge-right': nudge('→', 'ArrowRight', 'right'),
  'nudge-up': nudge('↑', 'ArrowUp', 'up'),
  'nudge-down': nudge('↓', 'ArrowDown', 'down'),
  'align-left': arrange('L', 'Align left', 'Align left edges'),
  'align-centre': arrange('C', 'Align centres', 'Align centres'),
  'align-right': arrange('R', 'Align right', 'Align right edges'),
  'align-top': arrange('T', 'Align top', 'Align top edges'),
  'align-middle': arrange('M', 'Align middles', 'Align middles'),
  'align-bottom': arrange('B', 'Align bottom', 'Align bottom edges'),
  'distribute-horizontal': arrange('H', 'Distribute horizontally', 'Space evenly from left to right'),
  'distribute-vertical': arrange('V', 'Distribute vertically', 'Space evenly from top to bottom'),
  'bring-to-front': restack('Bring to front', 'Ctrl+]', ']'),
  'send-to-back': restack('Send to back', 'Ctrl+[', '['),
  'toggle-snap': {
    label: 'Snap to grid',
    description: 'Snap to grid on or off (hold Alt while dragging to place freely)',
    group: 'Arrange',
    keys: { label: 'G', chords: [{ key: 'g' }] },
    modes: EDITING_ONLY,
    editsMap: false,
  },
} satisfies Record<string, ActionDescriptor>;
