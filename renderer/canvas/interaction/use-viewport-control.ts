import Konva from 'konva';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Rect } from '../../../shared/geometry/rect';
import type { Id } from '../../../shared/model/ids';
import { panBy, stageTransform, visibleRect, zoomAt, type Size, type Viewport } from '../../editor/viewport';
import { bitmapTransform, withinBitmapReach } from './bitmap-gesture';
import { cullNodes } from './culling';
import { wheelIntent } from './wheel-intent';

type ViewportControlOptions = {
  stage: RefObject<Konva.Stage | null>;
  nodesLayer: RefObject<Konva.Layer | null>;
  container: RefObject<HTMLDivElement | null>;
  viewport: Viewport;
  /** The viewport on screen this moment, shared with the commands that zoom and pan. */
  live: RefObject<Viewport>;
  size: Size;
  extents: ReadonlyMap<Id, Rect>;
  onCommit: (viewport: Viewport) => void;
};

export const GRID_PITCH = 40;

function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.x === b.x && a.y === b.y && a.scale === b.scale;
}
/** Runs changes to Konva nodes without each asking for a redraw of its layer; the caller draws what it needs. */
function withoutAutoDraw(change: () => void): void {
  const before = Konva.autoDrawEnabled;
  Konva.autoDrawEnabled = false;
  try {
    change();
  } finally {
    Konva.autoDrawEnabled = before;
  }
}

/** How long after the last wheel event a zoom or pan is handed back to React. */
const SETTLE_MS = 160;

/**
 * Zoom and pan. During a gesture the stage is moved directly, with no React render per wheel
 * event or pointer move; the settled viewport is handed back once the gesture ends, so the
 * rest of the screen (zoom readout, text editor, level of detail) catches up once.
 */
export function useViewportControl({ stage, nodesLayer, container, viewport, live, size, extents, onCommit }: ViewportControlOptions) {
  const settleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ extents, size, onCommit });
  latest.current = { extents, size, onCommit };

  /** The viewport the map layer was last drawn at; during a gesture the screen may show that drawing moved and scaled. */
  const drawn = useRef<Viewport | null>(null);
  /**
   * Konva draws a layer the moment it joins the stage, before anything is culled: on a big wall
   * that first picture, of every node with its hit area, cost several times the culled one. The
   * map layer stays hidden (drawn as nothing) until the nodes out of view are hidden.
   */
  const [culled, setCulled] = useState(false);
  const sceneQueued = useRef(false);

  const showOnGrid = useCallback(
    (next: Viewport) => {
      live.current = next;
      const element = container.current;
      if (!element) return;
      const pitch = GRID_PITCH * next.scale;
      element.style.backgroundSize = `${pitch}px ${pitch}px`;
      element.style.backgroundPosition = `${next.x}px ${next.y}px`;
      element.dataset.viewport = `${next.x.toFixed(2)},${next.y.toFixed(2)},${next.scale.toFixed(4)}`;
    },
    [container, live],
  );

  /** Set while the map's picture has been redrawn during a gesture without its hit canvas (what finds the node under the pointer). */
  const hitStale = useRef(false);

  /**
   * Draws the wall crisp at the viewport: the stage moved, the nodes out of view culled, the layers
   * redrawn. During a gesture (`during`) the map layer draws its picture only: its hit canvas is
   * drawn once the gesture ends or the pointer is pressed, which saves a third of a redraw.
   */
  const apply = useCallback(
    (next: Viewport, during = false) => {
      showOnGrid(next);
      const konvaStage = stage.current;
      if (!konvaStage) return;
      konvaStage.content.style.transform = '';
      drawn.current = next;
      const layer = nodesLayer.current;
      // Konva would ask for a full redraw of every layer, hit canvases too, at each change below.
      withoutAutoDraw(() => {
        konvaStage.setAttrs(stageTransform(next));
        if (layer) cullNodes(layer, latest.current.extents, visibleRect(next, latest.current.size));
      });
      if (layer) setCulled(true);
      if (!during || !layer) {
        hitStale.current = false;
        konvaStage.batchDraw();
        return;
      }
      hitStale.current = true;
      for (const other of konvaStage.getLayers()) if (other !== layer) other.batchDraw();
      if (!sceneQueued.current) {
        sceneQueued.current = true;
        Konva.Util.requestAnimFrame(() => {
          sceneQueued.current = false;
          layer.drawScene();
        });
      }
    },
    [stage, nodesLayer, showOnGrid],
  );

  /**
   * A frame of a zoom or pan gesture: the wall as last drawn, moved and scaled by the compositor,
   * so a frame costs the same at 500 notes or 10,000. The wall is drawn crisp again when the
   * gesture settles, or sooner when the picture would blur or leave too much of the screen blank.
   */
  const move = useCallback(
    (next: Viewport) => {
      const konvaStage = stage.current;
      const from = drawn.current;
      if (!konvaStage || !from || !withinBitmapReach(from, next, latest.current.size)) {
        apply(next, true);
        return;
      }
      showOnGrid(next);
      konvaStage.content.style.transformOrigin = '0 0';
      konvaStage.content.style.transform = bitmapTransform(from, next);
    },
    [stage, apply, showOnGrid],
  );

  /**
   * Ends a gesture's moved drawing at once: a press on the wall must find the nodes where they
   * are drawn. While the drawing is only moved, the hit canvas (what finds the node under the
   * pointer) stays as it was drawn too, and Konva reads the pointer through the same move, so
   * hovering finds what is under the pointer without redrawing it; after a redraw during the
   * gesture, the hit canvas is brought up to date here.
   */
  const sharpen = useCallback(() => {
    const moved = drawn.current !== null && !sameViewport(drawn.current, live.current);
    if (moved) apply(live.current);
    // The picture is redrawn with the next frame; what the press about to be handled looks up, at once.
    if (moved || hitStale.current) stage.current?.drawHit();
    hitStale.current = false;
  }, [apply, stage, live]);

  const applied = useRef<{ viewport: Viewport; size: Size; extents: ReadonlyMap<Id, Rect> } | null>(null);
  useLayoutEffect(() => {
    const last = applied.current;
    applied.current = { viewport, size, extents };
    if (drawn.current && last && last.viewport === viewport) {
      // Only the map or the screen changed: redraw and cull for the view as it is now.
      if (last.size !== size || last.extents !== extents) apply(live.current);
      return;
    }
    // A viewport handed back at the end of a gesture is already drawn.
    if (drawn.current && sameViewport(viewport, drawn.current) && sameViewport(viewport, live.current)) return;
    // One set from outside (a key, a button) overrides a gesture still settling.
    if (settleTimer.current) clearTimeout(settleTimer.current);
    apply(viewport);
  }, [viewport, size, extents, apply, live]);

  const settle = useCallback(() => {
    if (settleTimer.current) clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(() => {
      sharpen();
      latest.current.onCommit(live.current);
    }, SETTLE_MS);
  }, [sharpen, live]);

  useEffect(
    () => () => {
      if (settleTimer.current) clearTimeout(settleTimer.current);
    },
    [],
  );

  const onWheel = useCallback(
    (event: Konva.KonvaEventObject<WheelEvent>) => {
      event.evt.preventDefault();
      // From the page, not the stage: while a gesture runs the stage still holds the viewport it was drawn at.
      const box = container.current?.getBoundingClientRect();
      if (!box) return;
      const pointer = { x: event.evt.clientX - box.left, y: event.evt.clientY - box.top };
      const intent = wheelIntent(event.evt);
      move(intent.action === 'zoom' ? zoomAt(live.current, pointer, intent.factor) : panBy(live.current, intent.dx, intent.dy));
      settle();
    },
    [move, settle, container, live],
  );

  /** Pans with the pointer until the button is released (space-drag, middle mouse). */
  const startPan = useCallback(
    (from: { clientX: number; clientY: number }) => {
      const start = live.current;
      const onMove = (event: PointerEvent) => move(panBy(start, event.clientX - from.clientX, event.clientY - from.clientY));
      const onUp = () => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        sharpen();
        latest.current.onCommit(live.current);
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
    },
    [move, sharpen, live],
  );

  return { onWheel, startPan, sharpen, culled };
}
