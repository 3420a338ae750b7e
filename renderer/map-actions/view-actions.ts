import { zoomAt } from '../editor/viewport';
import { EVERY_MODE, type ActionContext, type ActionSpec } from './action-types';
import { fitView } from './fit-view';
import { anyShift } from './key-chords';
import { selectedNodeCount, selectedIds } from './selection-facts';

const BUTTON_ZOOM_STEP = 1.25;

function zoomBy(context: ActionContext, factor: (scale: number) => number) {
  const viewport = context.liveViewport();
  const { width, height } = context.canvasSize();
  context.editor.setViewport(zoomAt(viewport, { x: width / 2, y: height / 2 }, factor(viewport.scale)));
}

export const VIEW_ACTIONS = {
  'zoom-in': {
    label: 'Zoom in',
    description: 'Zoom in (or Ctrl + mouse wheel, or pinch)',
    group: 'View',
    keys: { label: '+', chords: anyShift('+', '='), repeats: true },
    modes: EVERY_MODE,
    editsMap: false,
    perform: (context) => zoomBy(context, () => BUTTON_ZOOM_STEP),
  },
  'zoom-out': {
    label: 'Zoom out',
    description: 'Zoom out',
    group: 'View',
    keys: { label: '−', chords: anyShift('-', '_'), repeats: true },
    modes: EVERY_MODE,
    editsMap: false,
    perform: (context) => zoomBy(context, () => 1 / BUTTON_ZOOM_STEP),
  },
  'zoom-reset': {
    label: 'Zoom to 100 %',
    description: 'Zoom to 100 %',
    group: 'View',
    keys: { label: 'Ctrl+0', chords: [{ key: '0', mod: true, shift: 'any' }] },
    modes: EVERY_MODE,
    editsMap: false,
    perform: (context) => zoomBy(context, (scale) => 1 / scale),
  },
  'zoom-fit': {
    label: 'Zoom to fit',
    description: 'Zoom to fit the whole map',
    group: 'View',
    keys: { label: 'Shift+1', chords: [{ code: 'Digit1', shift: true }] },
    modes: EVERY_MODE,
    editsMap: false,
    perform: (context) => fitView(context.editor, context.canvasSize(), null, 1),
  },
  'zoom-selection': {
    label: 'Zoom to selection',
    description: 'Zoom to the selection',
    group: 'View',
    keys: { label: 'Shift+2', chords: [{ code: 'Digit2', shift: true }] },
    modes: EVERY_MODE,
    editsMap: false,
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform(context) {
      const selected = selectedIds(context.editor.getState());
      fitView(context.editor, context.canvasSize(), selected.length > 0 ? selected : null, 2);
    },
  },
  'hold-to-pan': {
    label: 'Pan',
    description: 'Hold and drag to pan (or drag with the middle button, or scroll with two fingers)',
    group: 'View',
    keys: { label: 'Space', chords: [{ code: 'Space', shift: 'any' }], repeats: true, whileHeld: true },
    modes: EVERY_MODE,
    editsMap: false,
    perform: (context, { released }) => context.holdToPan(!released),
  },
  present: {
    label: 'Present',
    description: 'Present: hide the tools (Esc leaves)',
    group: 'View',
    keys: { label: 'F5', chords: anyShift('F5') },
    modes: ['editing', 'presenting'],
    editsMap: false,
    perform({ editor }) {
      editor.setMode(editor.getState().session.mode === 'presenting' ? 'editing' : 'presenting');
    },
  },
  shortcuts: {
    label: 'Keyboard shortcuts',
    description: 'Show these shortcuts',
    group: 'View',
    keys: { label: '?', chords: anyShift('?') },
    modes: EVERY_MODE,
    editsMap: false,
    perform: (context) => context.openShortcuts(),
  },
} satisfies Record<string, ActionSpec>;
