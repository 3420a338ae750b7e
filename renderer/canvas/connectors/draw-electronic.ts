import type Konva from 'konva';
import { zigzagPoints, type Segment } from '../../../shared/geometry/connector-route';
import { direction, fillHead, polyline, strokeWith } from './canvas-paint';
import { INFO_WIDTH, ZIGZAG_AMPLITUDE } from './connector-style';

/** Electronic information: a thin line with a lightning zig-zag. */
export function drawElectronic(context: Konva.Context, segment: Segment, color: string): void {
  const points = zigzagPoints(segment, ZIGZAG_AMPLITUDE);
  polyline(context, points);
  strokeWith(context, color, INFO_WIDTH);
  fillHead(context, segment.end, direction(segment.start, segment.end), color, 13, 11);
}
