import type Konva from 'konva';
import { boundsOf, inflate, type Rect } from '../../../shared/geometry/rect';
import {
  arcControlPoint,
  connectorSegment,
  pointAlong,
  quadraticPoint,
  type AnchorBox,
  type Segment,
} from '../../../shared/geometry/connector-route';
import type { ConnectorKind } from '../../../shared/model/connector';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import { drawsText, INK, SELECTION_COLOR, type Detail } from '../shapes/shape-style';
import { polyline } from './canvas-paint';
import { LABEL_FONT, PULL_BEND } from './connector-style';
import { drawElectronic } from './draw-electronic';
import { drawFifo } from './draw-fifo';
import { drawManual } from './draw-manual';
import { drawPull } from './draw-pull';
import { drawPush } from './draw-push';

/**
 * A connector is one Konva shape whose attributes are the boxes it joins; it works out its
 * route each time it draws. A drag therefore moves a connector by updating two attributes,
 * without React, and the same code draws it at rest and in motion.
 */
export type ConnectorAttrs = {
  kind: ConnectorKind;
  fromBox: AnchorBox;
  toBox: AnchorBox;
  label: string;
  selected: boolean;
  detail: Detail;
};

/** Canvas units around a connector's boxes for its arrowheads and its label's height. */
const REACH_MARGIN = 40;

function attrsOf(shape: Konva.Node): ConnectorAttrs {
  return shape.getAttrs() as ConnectorAttrs;
}

function drawLabel(context: Konva.Context, segment: Segment, label: string, kind: ConnectorKind): void {
  const middle =
    kind === 'pull'
      ? quadraticPoint(segment.start, arcControlPoint(segment, PULL_BEND), segment.end, 0.5)
      : pointAlong(segment.start, segment.end, 0.5);
  context.setAttr('font', LABEL_FONT);
  const width = context.measureText(label).width + 10;
  const y = middle.y + (kind === 'fifo' ? 16 : 8);
  context.setAttr('fillStyle', 'rgba(255,255,255,0.92)');
  context.fillRect(middle.x - width / 2, y, width, 22);
  context.setAttr('fillStyle', INK);
  context.setAttr('textAlign', 'center');
  context.setAttr('textBaseline', 'middle');
  context.fillText(label, middle.x, y + 11);
}

/**
 * Where a connector can draw, in canvas units: the boxes it joins, widened by a pull arc's bend
 * (under a tenth of its span) and half its label (type of LABEL_FONT is under ten units a
 * letter), with room for arrowheads. Konva cannot know it: the route is worked out as it draws.
 */
export function connectorReach(shape: Konva.Node): Rect {
  const { fromBox, toBox, label } = attrsOf(shape);
  const joined = boundsOf([fromBox, toBox]) ?? fromBox;
  return inflate(joined, Math.hypot(joined.width, joined.height) * 0.1 + label.length * 5 + REACH_MARGIN);
}

export function drawConnector(context: Konva.Context, shape: Konva.Shape): void {
  const { kind, fromBox, toBox, label, selected, detail } = attrsOf(shape);
  const segment = connectorSegment(fromBox, toBox);
  if (!segment) return;
  const color = selected ? SELECTION_COLOR : INK;
  switch (kind) {
    case 'push':
      drawPush(context, segment, color);
      break;
    case 'pull':
      drawPull(context, segment, color);
      break;
    case 'fifo':
      drawFifo(context, segment, color);
      break;
    case 'electronic-info':
      drawElectronic(context, segment, color);
      break;
    case 'manual-info':
      drawManual(context, segment, color);
      break;
    default:
      exhaustiveSwitchError(kind, 'connector kind');
  }
  if (label && drawsText(detail, false)) drawLabel(context, segment, label, kind);
}

/** The band that catches the pointer: the route, stroked at the shape's hit width. */
export function hitConnector(context: Konva.Context, shape: Konva.Shape): void {
  const { kind, fromBox, toBox } = attrsOf(shape);
  const segment = connectorSegment(fromBox, toBox);
  if (!segment) return;
  if (kind === 'pull') {
    const control = arcControlPoint(segment, PULL_BEND);
    context.beginPath();
    context.moveTo(segment.start.x, segment.start.y);
    context.quadraticCurveTo(control.x, control.y, segment.end.x, segment.end.y);
  } else {
    polyline(context, [segment.start, segment.end]);
  }
  context.strokeShape(shape);
}
