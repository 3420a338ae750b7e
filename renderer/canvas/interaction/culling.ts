import type Konva from 'konva';
import { inflate, intersects, type Rect } from '../../../shared/geometry/rect';
import type { Id } from '../../../shared/model/ids';

/**
 * Viewport culling: nodes wholly off screen are hidden, so a redraw of a wall of thousands of
 * notes draws only the few hundred in view. The wall is culled again whenever it is drawn (a zoom
 * or pan gesture moves the last drawing until it settles), so the margin only has to hold what a
 * node draws past its extent (text grown to fit, a name grown when zoomed out): an eighth of a screen.
 */
export function cullNodes(layer: Konva.Layer, extents: ReadonlyMap<Id, Rect>, visible: Rect): void {
  const area = inflate(visible, Math.max(visible.width, visible.height) / 8);
  for (const shape of layer.getChildren()) {
    const extent = extents.get(shape.id());
    const show = extent === undefined || intersects(extent, area);
    if (shape.visible() !== show) shape.visible(show);
  }
}
