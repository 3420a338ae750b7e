import { Arrow, Line, Text } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import type { KindShapeProps } from './shape-props';
import { BODY_FONT_SIZE, CANVAS_FONT_FAMILY, INK, STROKE_WIDTH } from './shape-style';
import { SymbolCaption, symbolArea } from './SymbolCaption';

/** A FIFO lane: two rails with "FIFO" and the direction of flow between them, its limit beneath. */
export function FifoLaneShape({ node, selected, editing, issue, detail, settings, draggable, text }: KindShapeProps) {
  const { width: w, height: h } = node;
  const rail = { stroke: INK, strokeWidth: STROKE_WIDTH + 1, listening: false, perfectDrawEnabled: false };
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable} area={symbolArea(node, settings, text)}>
      <Line points={[0, 0, w, 0]} {...rail} />
      <Line points={[0, h, w, h]} {...rail} />
      <Text
        width={w * 0.62}
        height={h}
        text="FIFO"
        align="center"
        verticalAlign="middle"
        fontSize={Math.min(BODY_FONT_SIZE + 4, h * 0.5)}
        fontStyle="bold"
        fontFamily={CANVAS_FONT_FAMILY}
        fill={INK}
        listening={false}
      />
      <Arrow
        points={[w * 0.64, h / 2, w * 0.92, h / 2]}
        stroke={INK}
        fill={INK}
        strokeWidth={STROKE_WIDTH}
        pointerLength={10}
        pointerWidth={10}
        listening={false}
      />
      <SymbolCaption node={node} settings={settings} detail={detail} editing={editing} text={text} />
    </NodeFrame>
  );
}
