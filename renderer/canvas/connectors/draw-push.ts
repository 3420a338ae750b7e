import type Konva from 'konva';
import type { Segment } from '../../../shared/geometry/connector-route';
import { direction, headCorners, polyline } from './canvas-paint';
import { HEAD_LENGTH, PUSH_BAND, PUSH_STRIPE } from './connector-style';

/**
 * The push arrow of Learning to See: a broad band striped black and white across, ending in a
 * wide head; material pushed to the next step whether it needs it or not.
 */
export function drawPush(context: Konva.Context, { start, end }: Segment, color: string): void {
  const dir = direction(start, end);
  const normal = { x: -dir.y, y: dir.x };
  const length = Math.hypot(end.x - start.x, end.y - start.y);
  // Between a box and the triangle beside it the arrow is short: a smaller head leaves a visible striped shaft.
  const headLength = Math.min(HEAD_LENGTH + 6, length * 0.4);
  const shaftLength = Math.max(0, length - headLength);
  const at = (along: number, side: number) => ({
    x: start.x + dir.x * along + (normal.x * side * PUSH_BAND) / 2,
    y: start.y + dir.y * along + (normal.y * side * PUSH_BAND) / 2,
  });
  context.setAttr('fillStyle', color);
  for (let along = 0; along < shaftLength; along += 2 * PUSH_STRIPE) {
    const to = Math.min(shaftLength, along + PUSH_STRIPE);
    polyline(context, [at(along, -1), at(to, -1), at(to, 1), at(along, 1)]);
    context.closePath();
    context.fill();
  }
  polyline(context, [at(0, -1), at(shaftLength, -1), at(shaftLength, 1), at(0, 1)]);
  context.closePath();
  context.setAttr('strokeStyle', color);
  context.setAttr('lineWidth', 2);
  context.stroke();
  polyline(context, headCorners(end, dir, headLength, PUSH_BAND * 2.2));
  context.closePath();
  context.setAttr('fillStyle', '#ffffff');
  context.fill();
  context.setAttr('lineJoin', 'miter');
  context.stroke();
}
