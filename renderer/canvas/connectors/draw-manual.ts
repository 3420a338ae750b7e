import type Konva from 'konva';
import type { Segment } from '../../../shared/geometry/connector-route';
import { direction, fillHead, polyline, strokeWith } from './canvas-paint';
import { INFO_WIDTH } from './connector-style';

/** Manual information (a schedule on paper, a phone call): a plain thin arrow. */
export function drawManual(context: Konva.Context, { start, end }: Segment, color: string): void {
  polyline(context, [start, end]);
  strokeWith(context, color, INFO_WIDTH);
  fillHead(context, end, direction(start, end), color, 13, 11);
}
