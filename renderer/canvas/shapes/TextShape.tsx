import { Rect } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import { NodeText } from './NodeText';
import type { KindShapeProps } from './shape-props';
import { INK_MUTED } from './shape-style';

/** Free text on the wall; an empty one shows a faint outline so it can still be found and grabbed. */
export function TextShape({ node, selected, editing, issue, detail, draggable, text }: KindShapeProps) {
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable}>
      {node.text === '' && !editing && (
        <Rect width={node.width} height={node.height} stroke={INK_MUTED} strokeWidth={1} dash={[4, 4]} listening={false} />
      )}
      {!editing && <NodeText text={node.text} placement={text(node, false)} detail={detail} />}
    </NodeFrame>
  );
}
