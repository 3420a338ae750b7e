import type { VIEW_DESCRIPTORS } from '../../shared/actions/view-descriptors';
import { zoomAt } from '../editor/viewport';
import { openSettings } from '../settings/settings-dialog-state';
import type { ActionBehaviour, ActionContext } from './action-types';
import { fitView } from './fit-view';
import { selectedNodeCount, selectedIds } from './selection-facts';

const BUTTON_ZOOM_STEP = 1.25;

function zoomBy(context: ActionContext, factor: (scale: number) => number) {
  const viewport = context.liveViewport();
  const { width, height } = context.canvasSize();
  context.editor.setViewport(zoomAt(viewport, { x: width / 2, y: height / 2 }, factor(viewport.scale)));
}

export const VIEW_ACTIONS = {
  'zoom-in': {
    perform: (context) => zoomBy(context, () => BUTTON_ZOOM_STEP),
  },
  'zoom-out': {
    perform: (context) => zoomBy(context, () => 1 / BUTTON_ZOOM_STEP),
  },
  'zoom-reset': {
    perform: (context) => zoomBy(context, (scale) => 1 / scale),
  },
  'zoom-fit': {
    perform: (context) => fitView(context.editor, context.canvasSize(), null, 1),
  },
  'zoom-selection': {
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform(context) {
      const selected = selectedIds(context.editor.getState());
      fitView(context.editor, context.canvasSize(), selected.length > 0 ? selected : null, 2);
    },
  },
  'hold-to-pan': {
    perform: (context, { released }) => context.holdToPan(!released),
  },
  present: {
    perform({ editor }) {
      editor.setMode(editor.getState().session.mode === 'presenting' ? 'editing' : 'presenting');
    },
  },
  shortcuts: {
    perform: (context) => context.openShortcuts(),
  },
  'open-settings': {
    perform: () => openSettings(),
  },
} satisfies Record<keyof typeof VIEW_DESCRIPTORS, ActionBehaviour>;
