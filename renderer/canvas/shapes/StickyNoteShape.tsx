import { Rect } from 'react-konva';
import { fitText } from './fit-text';
import { NodeFrame } from './NodeFrame';
import { NodeText } from './NodeText';
import type { KindShapeProps } from './shape-props';
import { NOTE_FILL } from './shape-style';

/**
 * A paper sticky note: a coloured square with wrapped text, set smaller when full and, when even
 * that does not hold it, a longer sheet, so that no word is cut off (fit-text.ts).
 * No shadow: on a map of thousands of notes, shadows cost more than all the rest of the drawing.
 * Zoomed out below the small print, the corners are square: rounded by 2 units they would be
 * rounded by less than a pixel, and a plain rectangle is the cheaper path to draw thousands of.
 */
export function StickyNoteShape({ node, selected, editing, issue, detail, draggable, text }: KindShapeProps) {
  const placement = text(node, false);
  const overflow = detail.level === 'full' && node.text !== '' ? Math.max(0, fitText(node.text, placement, 'normal').height - placement.height) : 0;
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable} ownHitArea>
      <Rect
        width={node.width}
        height={node.height + overflow}
        fill={NOTE_FILL[node.color]}
        stroke="rgba(0,0,0,0.22)"
        strokeWidth={1}
        cornerRadius={detail.level === 'full' ? 2 : 0}
        perfectDrawEnabled={false}
      />
      {!editing && <NodeText text={node.text} placement={{ ...placement, height: placement.height + overflow }} detail={detail} />}
    </NodeFrame>
  );
}
