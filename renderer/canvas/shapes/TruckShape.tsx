import { Circle, Line, Rect } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import { NodeText } from './NodeText';
import type { KindShapeProps } from './shape-props';
import { INK, PAPER, STROKE_WIDTH } from './shape-style';
import { symbolDataLine } from './data-lines';
import { TRUCK_CARGO } from './text-layout';
import { DataLine, symbolArea } from './SymbolCaption';

/** A truck: its name on the cargo box, cab and wheels, and in bold beneath it how often it runs. */
export function TruckShape({ node, selected, editing, issue, detail, settings, draggable, caption, text }: KindShapeProps) {
  const { width: w, height: h } = node;
  const cargo = { width: w * TRUCK_CARGO.width, height: h * TRUCK_CARGO.height };
  const wheel = Math.min(h * 0.13, w * 0.09);
  const frequency = symbolDataLine(node, settings);
  const common = { stroke: INK, strokeWidth: STROKE_WIDTH, listening: false, perfectDrawEnabled: false };
  const place = text(node, false);
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable} area={symbolArea(node, settings, text)}>
      <Rect {...cargo} fill={PAPER} {...common} />
      <Line
        points={[cargo.width, cargo.height, cargo.width, h * 0.3, w * 0.86, h * 0.3, w, h * 0.52, w, cargo.height]}
        closed
        fill={PAPER}
        lineJoin="round"
        {...common}
      />
      <Line
        points={[cargo.width + w * 0.05, h * 0.36, w * 0.84, h * 0.36, w * 0.93, h * 0.5, cargo.width + w * 0.05, h * 0.5]}
        closed
        {...common}
        strokeWidth={1.5}
      />
      <Line points={[0, cargo.height, w, cargo.height]} {...common} />
      <Circle x={w * 0.2} y={h - wheel} radius={wheel} fill={INK} {...common} />
      <Circle x={w * 0.8} y={h - wheel} radius={wheel} fill={INK} {...common} />
      {!editing && <NodeText text={node.text || caption} placement={place} detail={detail} isName />}
      <DataLine node={node} text={frequency} detail={detail} />
    </NodeFrame>
  );
}
