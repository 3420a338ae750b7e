import { Line, Rect } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import type { KindShapeProps } from './shape-props';
import { INK, PAPER, STROKE_WIDTH } from './shape-style';
import { SymbolCaption, symbolArea } from './SymbolCaption';

const BOXES = 3;

/** Buffer or safety stock: boxes stacked in an open-topped bay. */
export function SafetyBufferShape({ node, selected, editing, issue, detail, settings, draggable, text }: KindShapeProps) {
  const { width: w, height: h } = node;
  const box = { width: w * 0.56, height: (h * 0.9) / BOXES };
  const common = { stroke: INK, strokeWidth: STROKE_WIDTH, listening: false, perfectDrawEnabled: false };
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable} area={symbolArea(node, settings, text)}>
      <Line points={[0, h * 0.1, 0, h, w, h, w, h * 0.1]} {...common} strokeWidth={STROKE_WIDTH + 1} />
      {Array.from({ length: BOXES }, (_, index) => (
        <Rect key={index} x={(w - box.width) / 2} y={h - (index + 1) * box.height} {...box} fill={PAPER} {...common} />
      ))}
      <SymbolCaption node={node} settings={settings} detail={detail} editing={editing} text={text} />
    </NodeFrame>
  );
}
