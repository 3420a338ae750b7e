import type Konva from 'konva';
import { inflate, intersects, type Rect } from '../../../shared/geometry/rect';
import type { Id } from '../../../shared/model/ids';

/**
 * Viewport culling: nodes wholly off screen are hidden, so a pan or zoom over a wall of
 * thousands of notes draws only the few hundred in view. A margin of half a screen keeps the
 * edges drawn as they come into view.
 */
export function cullNodes(layer: Konva.Layer, extents: ReadonlyMap<Id, Rect>, visible: Rect): void {
  const area = inflate(visible, Math.max(visible.width, visible.height) / 2);
  for (const shape of layer.getChildren()) {
    const extent = extents.get(shape.id());
    const show = extent === undefined || intersects(extent, area);
    if (shape.visible() !== show) shape.visible(show);
  }
}
