import { centre, intersects, type Point, type Rect } from './rect';

type Size = { width: number; height: number };

/** Room kept clear around a new node, so it does not touch its neighbours either. */
const MARGIN = 12;

function boxAround(point: Point, size: Size, margin: number): Rect {
  return {
    x: point.x - size.width / 2 - margin,
    y: point.y - size.height / 2 - margin,
    width: size.width + 2 * margin,
    height: size.height + 2 * margin,
  };
}

/**
 * Where to put a new node of `size` asked for at `wanted` (the middle of the view, or beside the
 * selected node): there if it covers nothing, else the nearest spot on a `step` grid around it
 * where it covers nothing, so a note added while the room talks never hides a process box or
 * its data. `rects` are what the nodes already draw. Where every spot within `rings` steps is
 * taken, it falls back to stepping down and to the right past nodes centred on the spot, so
 * that adding several symbols in a row still fans them out instead of stacking them invisibly.
 */
export function freeSpot(rects: readonly Rect[], wanted: Point, size: Size, step = 32, rings = 12): Point {
  const near = rects.filter((rect) => intersects(rect, boxAround(wanted, size, rings * step + MARGIN)));
  const covers = (point: Point) => near.some((rect) => intersects(rect, boxAround(point, size, MARGIN)));
  const offsets: Array<{ dx: number; dy: number }> = [];
  for (let dy = -rings; dy <= rings; dy++) for (let dx = -rings; dx <= rings; dx++) offsets.push({ dx, dy });
  offsets.sort((a, b) => a.dx ** 2 + a.dy ** 2 - (b.dx ** 2 + b.dy ** 2) || a.dy - b.dy || a.dx - b.dx);
  for (const { dx, dy } of offsets) {
    const point = { x: wanted.x + dx * step, y: wanted.y + dy * step };
    if (!covers(point)) return point;
  }
  const taken = (point: Point) =>
    rects.some((rect) => {
      const middle = centre(rect);
      return Math.abs(middle.x - point.x) < step / 2 && Math.abs(middle.y - point.y) < step / 2;
    });
  let point = wanted;
  for (let attempt = 0; attempt < 40 && taken(point); attempt++) point = { x: point.x + step, y: point.y + step };
  return point;
}

/**
 * The centre for a new box of `size` to the right of `anchor`, middles level, `gap` apart: a
 * value stream is drawn left to right, so adding the next symbol while one is selected
 * continues the row.
 */
export function besideRight(anchor: Rect, size: Size, gap = 48): Point {
  return { x: anchor.x + anchor.width + gap + size.width / 2, y: anchor.y + anchor.height / 2 };
}
