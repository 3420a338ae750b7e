import Konva from 'konva';
import type { NodeMove } from '../../../shared/editing/commands';
import type { AnchorBox } from '../../../shared/geometry/connector-route';
import { boundsOf, translate, type Point, type Rect } from '../../../shared/geometry/rect';
import { snapRect, type Guide, type SnapIndex } from '../../../shared/geometry/snapping';
import type { Id } from '../../../shared/model/ids';

/**
 * One drag of one or more nodes, done the Konva way for speed: at the start the dragged nodes,
 * and the connectors attached to them, move from the map's layer to the interaction layer
 * (under its handles and guides), so each pointer move redraws that layer's few shapes and not
 * the thousands of notes left behind; at the end they go back to their places in the stacking
 * order and the whole move becomes one undoable step. Konva looks nothing up under the pointer
 * while a drag runs, so the map's layer redraws only its picture when the nodes leave it, and its
 * hit canvas (the other half of a redraw) when they land.
 */
export type DragLayers = { map: Konva.Layer; drag: Konva.Layer };

export type Snapping = { index: SnapIndex; threshold: number; grid: number | null };

export type DragSession = {
  /** Lines the nodes up after Konva has moved the grabbed one under the pointer; returns the snap guides. */
  move: (snapping: Snapping | null) => Guide[];
  /** Puts everything back in its layer and says where each node ended up. */
  end: () => NodeMove[];
  /** Takes the nodes back to where the drag began (Escape), so that ending it moves nothing. */
  cancel: () => void;
};

type Lifted = { shape: Konva.Node; index: number };

/**
 * The dragged nodes and the connectors attached to them, in one pass over the layer's thousands
 * of shapes that reads their attributes directly (Konva's accessors cost more than the test).
 */
function lift(layer: Konva.Layer, ids: ReadonlySet<Id>): { nodes: Lifted[]; connectors: Lifted[] } {
  const nodes: Lifted[] = [];
  const connectors: Lifted[] = [];
  layer.getChildren().forEach((shape, index) => {
    const attrs: Record<string, unknown> = shape.getAttrs();
    const holds = (attr: string) => typeof attrs[attr] === 'string' && ids.has(attrs[attr]);
    if (holds('id')) nodes.push({ shape, index });
    else if (holds('fromId') || holds('toId')) connectors.push({ shape, index });
  });
  return { nodes, connectors };
}

function putBack(lifted: readonly Lifted[], layer: Konva.Layer) {
  for (const { shape, index } of [...lifted].sort((a, b) => a.index - b.index)) {
    shape.moveTo(layer);
    shape.zIndex(Math.min(index, layer.getChildren().length - 1));
  }
}

export function startDragSession(
  grabbed: Konva.Node,
  ids: ReadonlySet<Id>,
  boxes: ReadonlyMap<Id, Rect>,
  anchors: ReadonlyMap<Id, AnchorBox>,
  layers: DragLayers,
): DragSession {
  const { nodes, connectors } = lift(layers.map, ids);
  const starts = new Map<Konva.Node, Point>(nodes.map(({ shape }) => [shape, shape.position()]));
  const grabbedStart = starts.get(grabbed) ?? grabbed.position();
  const movingBoxes = [...ids].flatMap((id) => boxes.get(id) ?? []);
  const startBounds = boundsOf(movingBoxes);

  [...nodes, ...connectors].forEach(({ shape }, index) => {
    shape.moveTo(layers.drag);
    shape.zIndex(index);
  });
  const map = layers.map;
  Konva.Util.requestAnimFrame(() => map.drawScene());

  let delta: Point = { x: 0, y: 0 };

  function anchorOf(id: Id): AnchorBox | undefined {
    const anchor = anchors.get(id);
    return anchor && ids.has(id) ? translate(anchor, delta.x, delta.y) : anchor;
  }

  function place() {
    for (const [shape, start] of starts) shape.position({ x: start.x + delta.x, y: start.y + delta.y });
    for (const { shape } of connectors) {
      shape.setAttrs({ fromBox: anchorOf(String(shape.getAttr('fromId'))), toBox: anchorOf(String(shape.getAttr('toId'))) });
    }
  }

  return {
    move(snapping) {
      const at = grabbed.position();
      delta = { x: at.x - grabbedStart.x, y: at.y - grabbedStart.y };
      let guides: Guide[] = [];
      if (snapping && startBounds) {
        const moved = translate(startBounds, delta.x, delta.y);
        const snapped = snapRect(moved, snapping.index, snapping);
        delta = { x: delta.x + snapped.x - moved.x, y: delta.y + snapped.y - moved.y };
        guides = snapped.guides;
      }
      place();
      return guides;
    },
    cancel() {
      delta = { x: 0, y: 0 };
      place();
      layers.drag.batchDraw();
    },
    end() {
      putBack([...nodes, ...connectors], layers.map);
      layers.map.batchDraw();
      layers.drag.batchDraw();
      return nodes.map(({ shape }) => ({ id: shape.id(), x: shape.x(), y: shape.y() }));
    },
  };
}
