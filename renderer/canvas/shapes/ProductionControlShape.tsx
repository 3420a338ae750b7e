import { Rect } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import { NodeText } from './NodeText';
import type { KindShapeProps } from './shape-props';
import { SYMBOL_OUTLINE } from './shape-style';

/** Production control (or any scheduling department or system): a box named by its text. */
export function ProductionControlShape({ node, selected, editing, issue, detail, draggable, caption, text }: KindShapeProps) {
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable}>
      <Rect width={node.width} height={node.height} {...SYMBOL_OUTLINE} lineJoin="miter" />
      {!editing && <NodeText text={node.text || caption} placement={text(node, false)} detail={detail} />}
    </NodeFrame>
  );
}
