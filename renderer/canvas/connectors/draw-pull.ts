import type Konva from 'konva';
import { arcControlPoint, quadraticPoint, type Segment } from '../../../shared/geometry/connector-route';
import { direction, fillHead, strokeWith } from './canvas-paint';
import { MATERIAL_WIDTH, PULL_BEND } from './connector-style';

/**
 * Pull (withdrawal): a curved arrow, the book's sign that the next step takes what it needs
 * from a supermarket rather than being pushed to.
 */
export function drawPull(context: Konva.Context, segment: Segment, color: string): void {
  const { start, end } = segment;
  const control = arcControlPoint(segment, PULL_BEND);
  context.beginPath();
  context.moveTo(start.x, start.y);
  context.quadraticCurveTo(control.x, control.y, end.x, end.y);
  strokeWith(context, color, MATERIAL_WIDTH);
  fillHead(context, end, direction(quadraticPoint(start, control, end, 0.9), end), color);
}
