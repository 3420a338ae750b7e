import Konva from 'konva';
import type { Guide } from '../../../shared/geometry/snapping';
import type { Point, Rect } from '../../../shared/geometry/rect';
import { SELECTION_COLOR } from '../shapes/shape-style';

/**
 * The marks a gesture draws while it lasts — the marquee, snap guides, the rubber band of a
 * connector being drawn — kept as a few Konva shapes owned here rather than React state, so a
 * pointer move redraws only this small layer.
 */
export type Overlay = {
  showMarquee: (rect: Rect) => void;
  showGuides: (guides: readonly Guide[]) => void;
  showRubberBand: (from: Point, to: Point) => void;
  clear: () => void;
  destroy: () => void;
};

const GUIDE_COLOR = '#e8590c';

export function createOverlay(layer: Konva.Layer): Overlay {
  const marquee = new Konva.Rect({
    name: 'marquee',
    fill: 'rgba(31, 111, 235, 0.08)',
    stroke: SELECTION_COLOR,
    strokeWidth: 1.5,
    strokeScaleEnabled: false,
    dash: [6, 4],
    visible: false,
    listening: false,
  });
  const rubberBand = new Konva.Arrow({
    name: 'rubber-band',
    points: [],
    stroke: SELECTION_COLOR,
    fill: SELECTION_COLOR,
    strokeWidth: 2.5,
    strokeScaleEnabled: false,
    dash: [8, 6],
    pointerLength: 12,
    pointerWidth: 12,
    visible: false,
    listening: false,
  });
  const guides = new Konva.Group({ name: 'snap-guides', listening: false });
  layer.add(marquee, rubberBand, guides);

  function redraw() {
    layer.batchDraw();
  }

  return {
    showMarquee(rect) {
      marquee.setAttrs({ ...rect, visible: true });
      redraw();
    },
    showGuides(list) {
      guides.destroyChildren();
      for (const guide of list) {
        const points =
          guide.orientation === 'vertical'
            ? [guide.position, guide.from, guide.position, guide.to]
            : [guide.from, guide.position, guide.to, guide.position];
        guides.add(new Konva.Line({ points, stroke: GUIDE_COLOR, strokeWidth: 1.5, strokeScaleEnabled: false, dash: [5, 4] }));
      }
      redraw();
    },
    showRubberBand(from, to) {
      rubberBand.setAttrs({ points: [from.x, from.y, to.x, to.y], visible: true });
      redraw();
    },
    clear() {
      marquee.visible(false);
      rubberBand.visible(false);
      guides.destroyChildren();
      redraw();
    },
    destroy() {
      marquee.destroy();
      rubberBand.destroy();
      guides.destroy();
    },
  };
}
