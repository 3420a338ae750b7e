import { Rect } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import { NodeText } from './NodeText';
import type { ShapeProps } from './shape-props';
import { NOTE_FILL } from './shape-style';
import { textPlacement } from './text-layout';

/**
 * A paper sticky note: a coloured square with wrapped text, set smaller when full (fit-text.ts).
 * No shadow: on a map of thousands of notes, shadows cost more than all the rest of the drawing.
 */
export function StickyNoteShape({ node, selected, editing, issue, detail, draggable }: ShapeProps) {
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable} ownHitArea>
      <Rect
        width={node.width}
        height={node.height}
        fill={NOTE_FILL[node.color]}
        stroke="rgba(0,0,0,0.22)"
        strokeWidth={1}
        cornerRadius={2}
        perfectDrawEnabled={false}
      />
      {!editing && <NodeText text={node.text} placement={textPlacement(node, false)} detail={detail} />}
    </NodeFrame>
  );
}
