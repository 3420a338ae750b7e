import { Text } from 'react-konva';
import type { MapNode } from '../../../shared/model/map-node';
import type { Rect } from '../../../shared/geometry/rect';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { symbolDataLine } from './data-lines';
import { extentWith } from './extent';
import { NodeText } from './NodeText';
import { BODY_FONT_SIZE, CANVAS_FONT_FAMILY, INK, type Detail } from './shape-style';
import { CAPTION_MIN_WIDTH, DATA_LINE_HEIGHT, type TextLayout } from './text-layout';

type SymbolCaptionProps = { node: MapNode; settings: MapSettings; detail: Detail; editing: boolean; text: TextLayout };

/** Under a symbol: its data line in bold (a count, a limit), then its caption. */
export function SymbolCaption({ node, settings, detail, editing, text }: SymbolCaptionProps) {
  const dataLine = symbolDataLine(node, settings);
  return (
    <>
      <DataLine node={node} text={dataLine} detail={detail} />
      {!editing && (
        <NodeText text={node.text} placement={text(node, dataLine !== null)} detail={detail} />
      )}
    </>
  );
}

/** The bold line right under a symbol: a count, a limit, a frequency. */
export function DataLine({ node, text, detail }: { node: MapNode; text: string | null; detail: Detail }) {
  if (text === null || detail !== 'full') return null;
  const width = Math.max(node.width, CAPTION_MIN_WIDTH);
  return (
    <Text
      x={(node.width - width) / 2}
      y={node.height + 3}
      width={width}
      height={DATA_LINE_HEIGHT}
      text={text}
      align="center"
      fontSize={BODY_FONT_SIZE + 1}
      fontStyle="bold"
      fontFamily={CANVAS_FONT_FAMILY}
      fill={INK}
      wrap="none"
      ellipsis
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

/** The grab area of a symbol with text below it: the symbol, its data line and its caption. */
export function symbolArea(node: MapNode, settings: MapSettings, text: TextLayout): Rect {
  const extent = extentWith(node, settings, text);
  return { x: extent.x - node.x, y: 0, width: extent.width, height: extent.height };
}
