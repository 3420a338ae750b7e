import { Circle, Line } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import type { KindShapeProps } from './shape-props';
import { INK, STROKE_WIDTH } from './shape-style';
import { SymbolCaption, symbolArea } from './SymbolCaption';

/** "Go see" scheduling: a pair of glasses. */
export function GoSeeShape({ node, selected, editing, issue, detail, settings, draggable, text }: KindShapeProps) {
  const { width: w, height: h } = node;
  const radius = Math.min(w * 0.2, h * 0.34);
  const lensY = h * 0.58;
  const common = { stroke: INK, strokeWidth: STROKE_WIDTH + 1, listening: false, perfectDrawEnabled: false };
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable} area={symbolArea(node, settings, text)}>
      <Circle x={w * 0.3} y={lensY} radius={radius} {...common} />
      <Circle x={w * 0.7} y={lensY} radius={radius} {...common} />
      <Line points={[w * 0.3 + radius, lensY, w / 2, lensY - radius * 0.5, w * 0.7 - radius, lensY]} tension={0.5} {...common} />
      <Line points={[w * 0.3 - radius, lensY, w * 0.02, h * 0.12]} {...common} />
      <Line points={[w * 0.7 + radius, lensY, w * 0.98, h * 0.12]} {...common} />
      <SymbolCaption node={node} settings={settings} detail={detail} editing={editing} text={text} />
    </NodeFrame>
  );
}
