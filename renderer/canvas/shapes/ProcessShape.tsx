import { Group, Rect, Text } from 'react-konva';
import { DATA_BOX_PADDING, DATA_BOX_ROW_HEIGHT, dataBoxHeight, processDataRows } from './data-lines';
import { fitText } from './fit-text';
import { NodeFrame } from './NodeFrame';
import { NodeText } from './NodeText';
import type { KindShapeProps } from './shape-props';
import { BODY_FONT_SIZE, CANVAS_FONT_FAMILY, drawsText, INK, PAPER, STROKE_WIDTH, SYMBOL_OUTLINE } from './shape-style';

/**
 * A process box with its data box beneath, listing the values that are set, as in Learning to
 * See. A name too long for the box even when set smaller (a cell merged from four stations)
 * makes the box taller and moves its data box down, rather than being cut off (fit-text.ts).
 */
export function ProcessShape({ node, selected, editing, issue, detail, settings, draggable, caption, text: layout }: KindShapeProps) {
  // Only process nodes are drawn with this shape (NODE_KIND_VIEWS); the check narrows the node to one.
  if (node.kind !== 'process') return null;
  const rows = processDataRows(node.process, settings);
  const boxHeight = dataBoxHeight(rows.length);
  const name = node.text || caption;
  const placement = layout(node, false);
  const overflow = detail.level === 'full' ? Math.max(0, fitText(name, placement, 'bold').height - placement.height) : 0;
  const height = node.height + overflow;
  const text = {
    y: DATA_BOX_PADDING,
    height: boxHeight - 2 * DATA_BOX_PADDING,
    fontSize: BODY_FONT_SIZE,
    fontFamily: CANVAS_FONT_FAMILY,
    fill: INK,
    lineHeight: DATA_BOX_ROW_HEIGHT / BODY_FONT_SIZE,
    wrap: 'none' as const,
    listening: false,
    perfectDrawEnabled: false,
  };
  return (
    <NodeFrame
      node={node}
      selected={selected}
      issue={issue}
      draggable={draggable}
      area={{ x: 0, y: 0, width: node.width, height: height + boxHeight }}
    >
      <Rect width={node.width} height={height} {...SYMBOL_OUTLINE} lineJoin="miter" />
      {!editing && <NodeText text={name} placement={{ ...placement, height: placement.height + overflow }} detail={detail} isName />}
      {rows.length > 0 && (
        <Group y={height} listening={false}>
          <Rect width={node.width} height={boxHeight} fill={PAPER} stroke={INK} strokeWidth={STROKE_WIDTH} perfectDrawEnabled={false} />
          {drawsText(detail, false) && (
            <>
              <Text {...text} x={8} width={node.width - 16} text={rows.map((row) => row.label).join('\n')} />
              <Text {...text} x={8} width={node.width - 16} align="right" fontStyle="bold" text={rows.map((row) => row.value).join('\n')} ellipsis />
            </>
          )}
        </Group>
      )}
    </NodeFrame>
  );
}
