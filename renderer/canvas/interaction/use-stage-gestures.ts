import type Konva from 'konva';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { centre, rectFromCorners, type Point, type Rect } from '../../../shared/geometry/rect';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import { topmostAt } from '../../../shared/geometry/hit-test';
import { idsInMarquee } from '../../../shared/geometry/marquee';
import type { Id } from '../../../shared/model/ids';
import type { MapNode } from '../../../shared/model/map-node';
import { toCanvasPoint, type Viewport } from '../../editor/viewport';
import { canvasTarget } from './konva-targets';
import type { Overlay } from './overlay';
import type { CanvasTool, SelectMode } from '../../editor/editor-state';

type GestureOptions = {
  stage: RefObject<Konva.Stage | null>;
  overlay: RefObject<Overlay | null>;
  live: RefObject<Viewport>;
  nodes: readonly MapNode[];
  extents: ReadonlyMap<Id, Rect>;
  selection: ReadonlySet<Id>;
  tool: CanvasTool;
  readOnly: boolean;
  spaceHeld: RefObject<boolean>;
  startPan: (from: { clientX: number; clientY: number }) => void;
  onSelect: (ids: readonly Id[], mode: SelectMode) => void;
  onConnect: (fromId: Id, toId: Id) => void;
};

/** A click that moves less than this many screen pixels is a click, not a marquee. */
const CLICK_SLOP = 4;

/**
 * What pressing the pointer on the wall starts: a pan (space or middle button), a selection
 * (on a node or connector), a marquee (on empty wall) or a connector (with the connect tool, or
 * from a selected node's handle). Node dragging is Konva's own; see use-node-drag.ts.
 */
export function useStageGestures(options: GestureOptions) {
  const latest = useRef(options);
  latest.current = options;
  /** A connector being drawn: from this node to wherever the pointer is. */
  const connecting = useRef<Id | null>(null);
  /** A press on an already selected node: on release without a drag it becomes the only selection. */
  const pendingSingle = useRef<Id | null>(null);

  const pointerOnCanvas = useCallback((event: MouseEvent | PointerEvent): Point | null => {
    const stage = latest.current.stage.current;
    if (!stage) return null;
    stage.setPointersPositions(event);
    const pointer = stage.getPointerPosition();
    return pointer ? toCanvasPoint(latest.current.live.current, pointer) : null;
  }, []);

  const stopFollowing = useRef<(() => void) | null>(null);

  /** Drops an arrow being drawn; answers whether one was. */
  const cancelConnecting = useCallback((): boolean => {
    if (connecting.current === null) return false;
    connecting.current = null;
    stopFollowing.current?.();
    stopFollowing.current = null;
    latest.current.overlay.current?.clear();
    return true;
  }, []);

  /** Connects to the node under `at`, if it is another node than the start; says whether it did. */
  const finishConnecting = useCallback(
    (at: Point | null) => {
      const fromId = connecting.current;
      const target = at ? topmostAt(latest.current.nodes, at) : null;
      if (!fromId || !target || target.id === fromId) return false;
      cancelConnecting();
      latest.current.onConnect(fromId, target.id);
      return true;
    },
    [cancelConnecting],
  );

  /**
   * Draws a rubber band from the node to the pointer. Released over another node, it connects;
   * released anywhere else it stays, and the next click on a node connects (click, click works
   * as well as a drag) while a click elsewhere or Escape cancels.
   */
  const startConnecting = useCallback(
    (fromId: Id) => {
      const from = latest.current.nodes.find((node) => node.id === fromId);
      if (!from) return;
      cancelConnecting();
      connecting.current = fromId;
      const onMove = (event: PointerEvent) => {
        const at = pointerOnCanvas(event);
        if (at) latest.current.overlay.current?.showRubberBand(centre(from), at);
      };
      const onUp = (event: PointerEvent) => {
        window.removeEventListener('pointerup', onUp);
        finishConnecting(pointerOnCanvas(event));
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      stopFollowing.current = () => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
      };
    },
    [cancelConnecting, finishConnecting, pointerOnCanvas],
  );

  const startMarquee = useCallback(
    (event: MouseEvent, additive: boolean) => {
      const origin = pointerOnCanvas(event);
      if (!origin) return;
      const start = { x: event.clientX, y: event.clientY };
      let dragged = false;
      const onMove = (move: PointerEvent) => {
        dragged ||= Math.hypot(move.clientX - start.x, move.clientY - start.y) > CLICK_SLOP;
        const at = pointerOnCanvas(move);
        if (dragged && at) latest.current.overlay.current?.showMarquee(rectFromCorners(origin, at));
      };
      const onUp = (up: PointerEvent) => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        const { overlay, extents, onSelect } = latest.current;
        overlay.current?.clear();
        const at = pointerOnCanvas(up);
        if (!dragged || !at) {
          if (!additive) onSelect([], 'replace');
          return;
        }
        const boxes = [...extents].map(([id, rect]) => ({ id, ...rect }));
        onSelect(idsInMarquee(boxes, rectFromCorners(origin, at)), additive ? 'add' : 'replace');
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
    },
    [pointerOnCanvas],
  );

  const onMouseDown = useCallback(
    (event: Konva.KonvaEventObject<MouseEvent>) => {
      const { tool, readOnly, selection, onSelect, spaceHeld, startPan } = latest.current;
      const { evt } = event;
      if (evt.button === 1 || (evt.button === 0 && spaceHeld.current)) {
        evt.preventDefault();
        startPan(evt);
        return;
      }
      if (evt.button !== 0) return;
      const target = canvasTarget(event.target);
      const additive = evt.shiftKey || evt.ctrlKey || evt.metaKey;
      pendingSingle.current = null;
      if (connecting.current !== null) {
        if (!finishConnecting(pointerOnCanvas(evt))) cancelConnecting();
        return;
      }
      switch (target.type) {
        case 'node':
          if (tool === 'connect' && !readOnly) {
            onSelect([target.id], 'replace');
            startConnecting(target.id);
          } else if (additive) onSelect([target.id], 'toggle');
          else if (!selection.has(target.id)) onSelect([target.id], 'replace');
          else pendingSingle.current = target.id;
          return;
        case 'connector':
          onSelect([target.id], additive ? 'toggle' : 'replace');
          return;
        case 'connect-handle': {
          const [only] = selection;
          if (only && !readOnly) startConnecting(only);
          return;
        }
        case 'transformer':
        case 'other':
          return;
        case 'empty':
          startMarquee(evt, additive);
          return;
        default:
          exhaustiveSwitchError(target, 'canvas target');
      }
    },
    [cancelConnecting, finishConnecting, pointerOnCanvas, startConnecting, startMarquee],
  );

  const onMouseUp = useCallback(() => {
    const single = pendingSingle.current;
    pendingSingle.current = null;
    if (single) latest.current.onSelect([single], 'replace');
  }, []);

  /** A drag started: the press was not a click, so the multi-selection stays. */
  const onDragStarted = useCallback(() => {
    pendingSingle.current = null;
  }, []);

  useEffect(() => {
    if (options.tool !== 'connect') cancelConnecting();
  }, [options.tool, cancelConnecting]);

  return { onMouseDown, onMouseUp, onDragStarted, cancelConnecting };
}
