import type Konva from 'konva';
import { pointAlong, type Segment } from '../../../shared/geometry/connector-route';
import { direction, fillHead, polyline, strokeWith } from './canvas-paint';
import { FIFO_FONT, MATERIAL_WIDTH } from './connector-style';

/** First-in-first-out flow: a bold arrow with "FIFO" boxed on it. */
export function drawFifo(context: Konva.Context, segment: Segment, color: string): void {
  const { start, end } = segment;
  polyline(context, [start, end]);
  strokeWith(context, color, MATERIAL_WIDTH);
  fillHead(context, end, direction(start, end), color);
  const middle = pointAlong(start, end, 0.5);
  context.setAttr('font', FIFO_FONT);
  const width = context.measureText('FIFO').width + 12;
  context.setAttr('fillStyle', '#ffffff');
  context.fillRect(middle.x - width / 2, middle.y - 12, width, 24);
  context.setAttr('lineWidth', 2);
  context.strokeRect(middle.x - width / 2, middle.y - 12, width, 24);
  context.setAttr('fillStyle', color);
  context.setAttr('textAlign', 'center');
  context.setAttr('textBaseline', 'middle');
  context.fillText('FIFO', middle.x, middle.y + 1);
}
