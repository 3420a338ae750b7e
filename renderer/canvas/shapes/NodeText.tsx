import { Text } from 'react-konva';
import type { Detail } from './shape-style';
import { CANVAS_FONT_FAMILY, drawsText, INK, LINE_HEIGHT, nameFontSize } from './shape-style';
import { fitText, grownNameSize } from './fit-text';
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

/**
 * Text inside a placement box: wrapped at word boundaries, set smaller or let grow when it does
 * not fit, never cut off (fit-text.ts). Zoomed out below the small print, a name is drawn larger
 * than its own size so it stays readable (shape-style.ts), a step smaller where that keeps a word
 * of it whole; at that size it may end in "…", and zooming in shows it whole.
 */
export function NodeText({ text, placement, detail, isName = false, fill = INK, fontStyle }: NodeTextProps) {
  if (!drawsText(detail, isName) || text === '') return null;
  const style = fontStyle ?? (placement.bold ? 'bold' : 'normal');
  const grownSize = isName ? nameFontSize(placement.fontSize, detail) : placement.fontSize;
  const shared = {
    text,
    fontStyle: style,
    fontFamily: CANVAS_FONT_FAMILY,
    fill,
    align: placement.align,
    verticalAlign: placement.verticalAlign,
    lineHeight: LINE_HEIGHT,
    wrap: 'word',
    listening: false,
    perfectDrawEnabled: false,
  } as const;
  if (grownSize > placement.fontSize) {
    const spread = placement.width * GROWN_NAME_SPREAD;
    const width = placement.width + 2 * spread;
    return (
      <Text
        {...shared}
        x={placement.x - spread}
        y={placement.y}
        width={width}
        height={placement.height}
        padding={GROWN_NAME_PADDING}
        fontSize={grownNameSize(text, width - 2 * GROWN_NAME_PADDING, style, grownSize, placement.fontSize)}
        ellipsis
      />
    );
  }
  const fitted = fitText(text, placement, style);
  return (
    <Text
      {...shared}
      x={placement.x}
      y={fitted.y}
      width={placement.width}
      height={fitted.height}
      padding={placement.padding}
      fontSize={fitted.fontSize}
    />
  );
}
