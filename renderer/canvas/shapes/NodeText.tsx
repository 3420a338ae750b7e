import { Text } from 'react-konva';
import type { Detail } from './shape-style';
import { CANVAS_FONT_FAMILY, drawsText, INK, LINE_HEIGHT, nameFontSize } from './shape-style';
import type { TextPlacement } from './text-layout';

type NodeTextProps = {
  text: string;
  placement: TextPlacement;
  detail: Detail;
  /** A symbol's name, kept (and grown) when the wall is zoomed out; otherwise small print, dropped first. */
  isName?: boolean;
  fill?: string;
  fontStyle?: string;
};

/** A grown name may reach this share of its box's width past each side, into the gap beside the symbol. */
const GROWN_NAME_SPREAD = 0.1;
const GROWN_NAME_PADDING = 2;

/** Text inside a placement box: wrapped at word boundaries, ending in an ellipsis when it does not fit. */
export function NodeText({ text, placement, detail, isName = false, fill = INK, fontStyle }: NodeTextProps) {
  if (!drawsText(detail, isName) || text === '') return null;
  const fontSize = isName ? nameFontSize(placement.fontSize, detail) : placement.fontSize;
  const grown = fontSize > placement.fontSize;
  const spread = grown ? placement.width * GROWN_NAME_SPREAD : 0;
  return (
    <Text
      x={placement.x - spread}
      y={placement.y}
      width={placement.width + 2 * spread}
      height={placement.height}
      padding={grown ? GROWN_NAME_PADDING : placement.padding}
      text={text}
      fontSize={fontSize}
      fontStyle={fontStyle ?? (placement.bold ? 'bold' : 'normal')}
      fontFamily={CANVAS_FONT_FAMILY}
      fill={fill}
      align={placement.align}
      verticalAlign={placement.verticalAlign}
      lineHeight={LINE_HEIGHT}
      wrap="word"
      ellipsis
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}
