import { memo } from 'react';
import { captionOf, NODE_KIND_VIEWS } from './node-kind-views';
import type { ShapeProps } from './shape-props';

/** Draws a node as its kind's notation symbol (NODE_KIND_VIEWS). */
export const NodeShape = memo(function NodeShape(props: ShapeProps) {
  const { Shape, text } = NODE_KIND_VIEWS[props.node.kind];
  return <Shape {...props} caption={captionOf(props.node.kind)} text={text} />;
});
