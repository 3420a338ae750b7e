import { memo } from 'react';
import { useSelected } from '../selection-source';
import { captionOf, NODE_KIND_VIEWS } from './node-kind-views';
import type { ShapeProps } from './shape-props';

/** Draws a node as its kind's notation symbol (NODE_KIND_VIEWS), marked when it is selected. */
export const NodeShape = memo(function NodeShape(props: Omit<ShapeProps, 'selected'>) {
  const { Shape, text } = NODE_KIND_VIEWS[props.node.kind];
  const selected = useSelected(props.node.id);
  return <Shape {...props} selected={selected} caption={captionOf(props.node.kind)} text={text} />;
});
