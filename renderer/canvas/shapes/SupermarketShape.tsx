import { Line } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import type { KindShapeProps } from './shape-props';
import { INK, STROKE_WIDTH } from './shape-style';
import { SymbolCaption, symbolArea } from './SymbolCaption';

const SHELVES = 3;

/** The supermarket: shelves open to the left, closed at the back, the side parts are taken from. */
export function SupermarketShape({ node, selected, editing, issue, detail, settings, draggable, text }: KindShapeProps) {
  const { width: w, height: h } = node;
  const common = { stroke: INK, strokeWidth: STROKE_WIDTH + 1, lineCap: 'round' as const, listening: false, perfectDrawEnabled: false };
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable} area={symbolArea(node, settings, text)}>
      <Line points={[w, 0, w, h]} {...common} />
      {Array.from({ length: SHELVES + 1 }, (_, index) => (
        <Line key={index} points={[w * 0.08, (h * index) / SHELVES, w, (h * index) / SHELVES]} {...common} />
      ))}
      <SymbolCaption node={node} settings={settings} detail={detail} editing={editing} text={text} />
    </NodeFrame>
  );
}
