import { Line } from 'react-konva';
import { NodeFrame } from './NodeFrame';
import { fitText } from './fit-text';
import { NodeText } from './NodeText';
import type { KindShapeProps } from './shape-props';
import { INK, KAIZEN_FILL, KAIZEN_STROKE } from './shape-style';

const SPIKES = 11;

/** The starburst's outline: spikes alternating with notches around an ellipse filling the box. */
export function starburstPoints(width: number, height: number): number[] {
  const points: number[] = [];
  for (let index = 0; index < SPIKES * 2; index++) {
    const angle = (Math.PI * index) / SPIKES - Math.PI / 2;
    const reach = index % 2 === 0 ? 1 : 0.74 + 0.06 * ((index >> 1) % 2);
    points.push(width / 2 + Math.cos(angle) * (width / 2) * reach, height / 2 + Math.sin(angle) * (height / 2) * reach);
  }
  return points;
}

/**
 * A kaizen burst: where the room wants to improve, in a red-orange starburst with its text inside.
 * Text too long for the burst, even set smaller, makes the burst grow about its centre to hold
 * it (fit-text.ts), so its words are never cut off nor spill over its spikes.
 */
export function KaizenBurstShape({ node, selected, editing, issue, detail, draggable, caption, text: layout }: KindShapeProps) {
  const text = node.text || caption;
  const placement = layout(node, false);
  const grow = detail === 'full' ? Math.max(1, fitText(text, placement, 'bold').height / placement.height) : 1;
  const [width, height] = [node.width * grow, node.height * grow];
  return (
    <NodeFrame node={node} selected={selected} issue={issue} draggable={draggable}>
      <Line
        x={(node.width - width) / 2}
        y={(node.height - height) / 2}
        points={starburstPoints(width, height)}
        closed
        fill={KAIZEN_FILL}
        stroke={KAIZEN_STROKE}
        strokeWidth={3}
        lineJoin="miter"
        listening={false}
        perfectDrawEnabled={false}
      />
      {!editing && <NodeText text={text} placement={placement} detail={detail} fill={INK} />}
    </NodeFrame>
  );
}
