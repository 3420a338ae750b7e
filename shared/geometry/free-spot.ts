import { centre, type Point, type Rect } from './rect';

/**
 * Where to put a new node asked for at `wanted` (the middle of the view): there, unless a node
 * already sits centred on that spot, in which case a step down and to the right, and so on, so
 * that adding several symbols in a row fans them out instead of stacking them invisibly.
 */
export function freeSpot(rects: readonly Rect[], wanted: Point, step = 32, tries = 40): Point {
  const taken = (point: Point) =>
    rects.some((rect) => {
      const middle = centre(rect);
      return Math.abs(middle.x - point.x) < step / 2 && Math.abs(middle.y - point.y) < step / 2;
    });
  let point = wanted;
  for (let attempt = 0; attempt < tries && taken(point); attempt++) point = { x: point.x + step, y: point.y + step };
  return point;
}

/**
 * The centre for a new box of `size` to the right of `anchor`, middles level, `gap` apart: a
 * value stream is drawn left to right, so adding the next symbol while one is selected
 * continues the row.
 */
export function besideRight(anchor: Rect, size: { width: number; height: number }, gap = 48): Point {
  return { x: anchor.x + anchor.width + gap + size.width / 2, y: anchor.y + anchor.height / 2 };
}
