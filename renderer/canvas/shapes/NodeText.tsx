import { Text } from 'react-konva';
import type { Detail } from './shape-style';
import { CANVAS_FONT_FAMILY, INK, LINE_HEIGHT } from './shape-style';
import { fitText } from './fit-text';
import type { TextPlacement } from './text-layout';

type NodeTextProps = {
  text: string;
  placement: TextPlacement;
  detail: Detail;
  fill?: string;
  fontStyle?: string;
};

/** Text inside a placement box: wrapped at word boundaries, set smaller or let grow when it does not fit, never cut off (fit-text.ts). */
export function NodeText({ text, placement, detail, fill = INK, fontStyle }: NodeTextProps) {
  if (detail !== 'full' || text === '') return null;
  const style = fontStyle ?? (placement.bold ? 'bold' : 'normal');
  const fitted = fitText(text, placement, style);
  return (
    <Text
      x={placement.x}
      y={fitted.y}
      width={placement.width}
      height={fitted.height}
      padding={placement.padding}
      text={text}
      fontSize={fitted.fontSize}
      fontStyle={style}
      fontFamily={CANVAS_FONT_FAMILY}
      fill={fill}
      align={placement.align}
      verticalAlign={placement.verticalAlign}
      lineHeight={LINE_HEIGHT}
      wrap="word"
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}
