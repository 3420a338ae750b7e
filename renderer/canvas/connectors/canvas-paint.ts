import type Konva from 'konva';
import type { Point } from '../../../shared/geometry/rect';
import { HEAD_LENGTH, HEAD_WIDTH } from './connector-style';

/** Small drawing helpers shared by the connector kinds. */
export function polyline(context: Konva.Context, points: readonly Point[]): void {
  context.beginPath();
  points.forEach((point, index) => (index === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y)));
}

export function strokeWith(context: Konva.Context, color: string, width: number): void {
  context.setAttr('strokeStyle', color);
  context.setAttr('lineWidth', width);
  context.setAttr('lineJoin', 'round');
  context.setAttr('lineCap', 'round');
  context.stroke();
}

/** A unit vector pointing from `from` to `to`. */
export function direction(from: Point, to: Point): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
}

/** The corners of an arrowhead whose tip is at `tip`, pointing along `dir`. */
export function headCorners(tip: Point, dir: Point, length = HEAD_LENGTH, width = HEAD_WIDTH): Point[] {
  const base = { x: tip.x - dir.x * length, y: tip.y - dir.y * length };
  const normal = { x: -dir.y, y: dir.x };
  return [
    tip,
    { x: base.x + (normal.x * width) / 2, y: base.y + (normal.y * width) / 2 },
    { x: base.x - (normal.x * width) / 2, y: base.y - (normal.y * width) / 2 },
  ];
}

export function fillHead(context: Konva.Context, tip: Point, dir: Point, color: string, length = HEAD_LENGTH, width = HEAD_WIDTH): void {
  polyline(context, headCorners(tip, dir, length, width));
  context.closePath();
  context.setAttr('fillStyle', color);
  context.fill();
}
