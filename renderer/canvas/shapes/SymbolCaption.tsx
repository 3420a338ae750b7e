import { Text } from 'react-konva';
import type { MapNode } from '../../../shared/model/map-node';
import type { Rect } from '../../../shared/geometry/rect';
import type { MapSettings } from '../../../shared/model/vsm-map';
import { symbolDataLine } from './data-lines';
import { extentWith } from './extent';
import { NodeText } from './NodeText';
import { BODY_FONT_SIZE, CANVAS_FONT_FAMILY, drawsText, INK, nameFontSize, type Detail } from './shape-style';
import { CAPTION_MIN_WIDTH, DATA_LINE_HEIGHT, type TextLayout } from './text-layout';

type SymbolCaptionProps = { node: MapNode; settings: MapSettings; detail: Detail; editing: boolean; text: TextLayout };

/** Under a symbol: its data line in bold (a count, a limit), then its caption. */
export function SymbolCaption({ node, settings, detail, editing, text }: SymbolCaptionProps) {
  const dataLine = symbolDataLine(node, settings);
  return (
    <>
      <DataLine node={node} text={dataLine} detail={detail} />
      {!editing && <NodeText text={node.text} placement={text(node, dataLine !== null)} detail={detail} />}
    </>
  );
}

const DATA_LINE_FONT_SIZE = BODY_FONT_SIZE + 1;
/** How many characters of a grown data line ("18,400 pcs") fit its width. */
const GROWN_LINE_CHARACTERS = 6.5;

/** The bold line right under a symbol: a count, a limit, a frequency. Read like a name: kept, and grown, when zoomed out. */
export function DataLine({ node, text, detail }: { node: MapNode; text: string | null; detail: Detail }) {
  if (text === null || !drawsText(detail, true)) return null;
  const fontSize = nameFontSize(DATA_LINE_FONT_SIZE, detail);
  // A grown line may spread wider than its caption would, into the gaps beside the symbol: a count is read whole or not at all.
  const width = Math.max(node.width, CAPTION_MIN_WIDTH, fontSize * GROWN_LINE_CHARACTERS);
  return (
    <Text
      x={(node.width - width) / 2}
      y={node.height + 3}
      width={width}
      height={Math.max(DATA_LINE_HEIGHT, fontSize * 1.3)}
      text={text}
      align="center"
      fontSize={fontSize}
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
