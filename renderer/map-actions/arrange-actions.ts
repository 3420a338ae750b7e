import { uiText } from '../ui-text/ui-text';
import { ARRANGE_DESCRIPTORS } from '../../shared/actions/arrange-descriptors';
import { alignNodes, distributeNodes, nudgeNodes, restackNodes } from '../../shared/editing/commands-arrange';
import type { MapChange } from '../../shared/editing/map-change';
import type { AlignEdge, DistributeAxis } from '../../shared/geometry/align';
import type { Id } from '../../shared/model/ids';
import type { MapDocument } from '../../shared/model/vsm-map';
import type { ActionBehaviour } from './action-types';
import { selectedIds, selectedNodeCount } from './selection-facts';

const NUDGE = 1;
const NUDGE_FAR = 20;
/** With nothing selected, the arrows pan the view instead, ten times a nudge. */
const PAN_PER_NUDGE = 10;

function nudge(dx: number, dy: number): ActionBehaviour {
  return {
    perform(context, { far }) {
      const { editor } = context;
      const step = far ? NUDGE_FAR : NUDGE;
      const state = editor.getState();
      const selected = selectedIds(state);
      if (selected.length > 0) {
        editor.execute(uiText('mapActions:edits.move'), (doc) => nudgeNodes(doc, selected, dx * step, dy * step));
        return;
      }
      const viewport = context.liveViewport();
      editor.setViewport({ ...viewport, x: viewport.x - dx * step * PAN_PER_NUDGE, y: viewport.y - dy * step * PAN_PER_NUDGE });
    },
  };
}

/** Lines up (at least two) or spaces out (at least three) the selected nodes. */
function arrange(step: 'Align' | 'Distribute', needed: number, changes: (doc: MapDocument, ids: readonly Id[]) => MapChange[]): ActionBehaviour {
  return {
    isEnabled: (state) => selectedNodeCount(state) >= needed,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      editor.execute(uiText(step === 'Align' ? 'mapActions:edits.align' : 'mapActions:edits.distribute'), (doc) => changes(doc, selected));
    },
  };
}

const align = (edge: AlignEdge) => arrange('Align', 2, (doc, ids) => alignNodes(doc, ids, edge));

const distribute = (axis: DistributeAxis) => arrange('Distribute', 3, (doc, ids) => distributeNodes(doc, ids, axis));

function restack(id: 'bring-to-front' | 'send-to-back', to: 'front' | 'back'): ActionBehaviour {
  return {
    isEnabled: (state) => selectedNodeCount(state) > 0,
    perform({ editor }) {
      const selected = selectedIds(editor.getState());
      editor.execute(uiText(`mapActions:actions.${id}.label`), (doc) => restackNodes(doc, selected, to));
    },
  };
}

export const ARRANGE_ACTIONS = {
  'nudge-left': nudge(-1, 0),
  'nudge-right': nudge(1, 0),
  'nudge-up': nudge(0, -1),
  'nudge-down': nudge(0, 1),
  'align-left': align('left'),
  'align-centre': align('centre'),
  'align-right': align('right'),
  'align-top': align('top'),
  'align-middle': align('middle'),
  'align-bottom': align('bottom'),
  'distribute-horizontal': distribute('horizontal'),
  'distribute-vertical': distribute('vertical'),
  'bring-to-front': restack('bring-to-front', 'front'),
  'send-to-back': restack('send-to-back', 'back'),
  'toggle-snap': {
    perform: ({ editor }) => editor.toggleSnap(),
  },
} satisfies Record<keyof typeof ARRANGE_DESCRIPTORS, ActionBehaviour>;
