import { Line } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import { NodeText } from './NodeText';
import type { KindShapeProps } from './shape-props';
import { SYMBOL_OUTLINE } from './shape-style';
import { FACTORY_ROOF_SHARE } from './text-layout';

const TEETH = 3;

/** The outline of a factory with a sawtooth roof: supplier, customer and outside source alike. */
export function factoryOutline(width: number, height: number): number[] {
  const roof = height * FACTORY_ROOF_SHARE;
  const tooth = width / TEETH;
  const points = [0, height, 0, roof];
  for (let index = 0; index < TEETH; index++) {
    points.push(index * tooth, 0, (index + 1) * tooth, roof);
  }
  points.push(width, height);
  return points;
}

export function FactoryShape({ node, selected, editing, issue, detail, draggable, caption, text }: KindShapeProps) {
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable}>
      <Line points={factoryOutline(node.width, node.height)} closed {...SYMBOL_OUTLINE} />
      {!editing && <NodeText text={node.text || caption} placement={text(node, false)} detail={detail} isName />}
    </NodeFrame>
  );
}
