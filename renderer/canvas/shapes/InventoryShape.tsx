import { Line, Text } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import type { KindShapeProps } from './shape-props';
import { CANVAS_FONT_FAMILY, INK, SYMBOL_OUTLINE } from './shape-style';
import { SymbolCaption, symbolArea } from './SymbolCaption';

/** The inventory triangle with its "I", the count beneath it and the caption. */
export function InventoryShape({ node, selected, editing, issue, detail, settings, draggable, text }: KindShapeProps) {
  const { width, height } = node;
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable} area={symbolArea(node, settings, text)}>
      <Line points={[width / 2, 0, width, height, 0, height]} closed {...SYMBOL_OUTLINE} />
      <Text
        y={height * 0.36}
        width={width}
        height={height * 0.6}
        text="I"
        align="center"
        verticalAlign="middle"
        fontSize={Math.min(width, height) * 0.42}
        fontStyle="bold"
        fontFamily={CANVAS_FONT_FAMILY}
        fill={INK}
        listening={false}
      />
      <SymbolCaption node={node} settings={settings} detail={detail} editing={editing} text={text} />
    </NodeFrame>
  );
}
