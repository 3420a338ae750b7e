import { Text } from 'react-konva';
import type { Detail } from './shape-style';
import { CANVAS_FONT_FAMILY, INK, LINE_HEIGHT } from './shape-style';
import type { TextPlacement } from './text-layout';

type NodeTextProps = {
  text: string;
  placement: TextPlacement;
  detail: Detail;
  fill?: string;
  fontStyle?: string;
};

/** Text inside a placement box: wrapped at word boundaries, ending in an ellipsis when it does not fit. */
export function NodeText({ text, placement, detail, fill = INK, fontStyle }: NodeTextProps) {
  if (detail !== 'full' || text === '') return null;
  return (
    <Text
      x={placement.x}
      y={placement.y}
      width={placement.width}
      height={placement.height}
      padding={placement.padding}
      text={text}
      fontSize={placement.fontSize}
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
