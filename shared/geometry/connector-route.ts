import { centre, type Point, type Rect } from './rect';

/**
 * Where a connector runs: along the line between the centres of the two boxes it joins, from
 * the point where that line leaves the first box to where it enters the second, each pulled back
 * by a small gap so the arrowhead does not touch the outline. Because the ends are worked out
 * from the boxes every time, a connector follows its nodes wherever they move.
 */
export type Segment = { start: Point; end: Point };

/**
 * A node's box as a connector sees it. `below` is what hangs under the box (a process's data
 * box): a connector attaches to the box's sides, but one leaving or arriving through the
 * bottom starts below the hanging part instead of running across it.
 */
export type AnchorBox = Rect & { below?: number };

/** Where the ray from the rectangle's centre towards `toward` crosses its border. */
export function borderPoint(rect: Rect, toward: Point): Point {
  const c = centre(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scaleX = dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy);
  const t = Math.min(scaleX, scaleY);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** The point a fraction `t` of the way from `a` to `b`. */
export function pointAlong(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** The point `by` units from `from` towards `to` (or `to` itself when they are closer). */
export function stepTowards(from: Point, to: Point, by: number): Point {
  const length = distance(from, to);
  return length <= by ? to : pointAlong(from, to, by / length);
}

function belowHanging(box: AnchorBox, point: Point): Point {
  const onBottom = Math.abs(point.y - (box.y + box.height)) < 1e-9;
  return onBottom && box.below ? { x: point.x, y: point.y + box.below } : point;
}

/** The connector's visible run between two boxes, or null when the boxes overlap so far that no run is left. */
export function connectorSegment(from: AnchorBox, to: AnchorBox, gap = 6): Segment | null {
  const fromCentre = centre(from);
  const toCentre = centre(to);
  const leaving = belowHanging(from, borderPoint(from, toCentre));
  const entering = belowHanging(to, borderPoint(to, fromCentre));
  const run = distance(leaving, entering);
  const direction = { x: toCentre.x - fromCentre.x, y: toCentre.y - fromCentre.y };
  const forwards = direction.x * (entering.x - leaving.x) + direction.y * (entering.y - leaving.y) > 0;
  if (!forwards || run <= 2 * gap) return null;
  return { start: stepTowards(leaving, entering, gap), end: stepTowards(entering, leaving, gap) };
}

/** A unit vector at right angles to the segment, to the left of its direction of travel. */
export function normalOf({ start, end }: Segment): Point {
  const length = distance(start, end) || 1;
  return { x: -(end.y - start.y) / length, y: (end.x - start.x) / length };
}

/**
 * A lightning-bolt line for electronic information: straight at both ends, with a Z in the
 * middle whose legs stand out `amplitude` units either side over a run of `span` units, the
 * same size on a short arrow as on a long one (but never more than half the arrow).
 */
export function zigzagPoints(segment: Segment, amplitude: number, span = 6 * amplitude): Point[] {
  const { start, end } = segment;
  const length = distance(start, end) || 1;
  const half = Math.min(span, length / 2) / 2 / length;
  const normal = normalOf(segment);
  const at = (t: number, side: number) => {
    const p = pointAlong(start, end, t);
    return { x: p.x + normal.x * amplitude * side, y: p.y + normal.y * amplitude * side };
  };
  return [start, at(0.5 - half, 0), at(0.5 + half * 0.35, 1), at(0.5 - half * 0.35, -1), at(0.5 + half, 0), end];
}

/** The control point of a gentle arc over the segment, bowing `bend` of its length to the left. */
export function arcControlPoint(segment: Segment, bend: number): Point {
  const mid = pointAlong(segment.start, segment.end, 0.5);
  const normal = normalOf(segment);
  const length = distance(segment.start, segment.end);
  return { x: mid.x + normal.x * length * bend, y: mid.y + normal.y * length * bend };
}

/** The point at `t` on the quadratic curve from `a` through control `c` to `b`. */
export function quadraticPoint(a: Point, c: Point, b: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}
