import type Konva from 'konva';
import { useCallback, useMemo, useRef, type RefObject } from 'react';
import type { NodeMove } from '../../../shared/editing/commands';
import type { AnchorBox } from '../../../shared/geometry/connector-route';
import { intersects, type Rect } from '../../../shared/geometry/rect';
import { buildSnapIndex } from '../../../shared/geometry/snapping';
import type { Id } from '../../../shared/model/ids';
import { visibleRect, type Size, type Viewport } from '../../editor/viewport';
import { startDragSession, type DragLayers, type DragSession, type Snapping } from './drag-session';
import { CONNECT_HANDLE_NAME, NODE_NAME } from './konva-targets';
import type { Overlay } from './overlay';

type NodeDragOptions = {
  layers: { [K in keyof DragLayers]: RefObject<Konva.Layer | null> };
  overlay: RefObject<Overlay | null>;
  live: RefObject<Viewport>;
  size: Size;
  boxes: ReadonlyMap<Id, Rect>;
  anchors: ReadonlyMap<Id, AnchorBox>;
  selection: ReadonlySet<Id>;
  spaceHeld: RefObject<boolean>;
  snapToGrid: boolean;
  gridPitch: number;
  onDragStarted: () => void;
  onMoveNodes: (moves: NodeMove[]) => void;
};

/** The handle sits beside the selected node; it is hidden while the node moves and comes back where the node lands. */
function setConnectHandleVisible(layer: Konva.Layer | null, visible: boolean) {
  layer?.findOne(`.${CONNECT_HANDLE_NAME}`)?.visible(visible);
}

/** Snap guides catch within this many screen pixels, whatever the zoom. */
const SNAP_SCREEN_PIXELS = 8;

/**
 * Dragging nodes: the grabbed node and, when it is selected, the rest of the selection move
 * together on the drag layer; they snap to the neighbours in view (or to the grid) unless Alt
 * is held; letting go moves them all in one undoable step, and Escape before that moves nothing.
 */
export function useNodeDrag(options: NodeDragOptions) {
  const latest = useRef(options);
  latest.current = options;
  const session = useRef<{ drag: DragSession; snapping: Snapping; grabbed: Konva.Node } | null>(null);

  /** Escape while dragging puts the nodes back where they were, as in any drawing tool; answers whether a drag was stopped. */
  const cancel = useCallback((): boolean => {
    const current = session.current;
    if (!current) return false;
    current.drag.cancel();
    latest.current.overlay.current?.clear();
    current.grabbed.stopDrag();
    return true;
  }, []);

  const onDragStart = useCallback((event: Konva.KonvaEventObject<DragEvent>) => {
    const grabbed = event.target;
    if (grabbed.name() !== NODE_NAME) return;
    const { layers, live, size, boxes, anchors, selection, spaceHeld, snapToGrid, gridPitch, onDragStarted } = latest.current;
    if (spaceHeld.current) {
      grabbed.stopDrag();
      return;
    }
    const map = layers.map.current;
    const drag = layers.drag.current;
    if (!map || !drag) return;
    onDragStarted();
    const grabbedId = grabbed.id();
    const ids = new Set(selection.has(grabbedId) ? [...selection].filter((id) => boxes.has(id)) : [grabbedId]);
    const inView = visibleRect(live.current, size);
    const neighbours = [...boxes].filter(([id, box]) => !ids.has(id) && intersects(box, inView)).map(([, box]) => box);
    setConnectHandleVisible(drag, false);
    session.current = {
      drag: startDragSession(grabbed, ids, boxes, anchors, { map, drag }),
      grabbed,
      snapping: { index: buildSnapIndex(neighbours), threshold: SNAP_SCREEN_PIXELS / live.current.scale, grid: snapToGrid ? gridPitch : null },
    };
  }, []);

  const onDragMove = useCallback((event: Konva.KonvaEventObject<DragEvent>) => {
    const current = session.current;
    if (!current || event.target.name() !== NODE_NAME) return;
    const guides = current.drag.move(event.evt.altKey ? null : current.snapping);
    latest.current.overlay.current?.showGuides(guides);
  }, []);

  const onDragEnd = useCallback((event: Konva.KonvaEventObject<DragEvent>) => {
    const current = session.current;
    if (!current || event.target.name() !== NODE_NAME) return;
    session.current = null;
    const moves = current.drag.end();
    setConnectHandleVisible(latest.current.layers.drag.current, true);
    latest.current.overlay.current?.clear();
    latest.current.onMoveNodes(moves);
  }, []);

  const handlers = useMemo(() => ({ onDragStart, onDragMove, onDragEnd }), [onDragStart, onDragMove, onDragEnd]);
  return { handlers, cancel };
}
