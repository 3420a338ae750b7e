import { useContext, type ReactNode } from 'react';
import { Circle, Group, Rect, Text } from 'react-konva';
import type { Rect as Box } from '../../../shared/geometry/rect';
import { NodeDragContext } from './node-drag-context';
import type { ShapeProps } from './shape-props';
import { CANVAS_FONT_FAMILY, ERROR_COLOR, SELECTION_COLOR, WARNING_COLOR } from './shape-style';
import { BadgeScaleContext } from './badge-scale';

type NodeFrameProps = Pick<ShapeProps, 'node' | 'selected' | 'issue' | 'draggable'> & {
  /** Where the node can be grabbed and what the selection outline surrounds, relative to the node; defaults to its box. */
  area?: Box;
  /** Set when a child shape is itself the grab area (a note's paper), saving one shape per node. */
  ownHitArea?: boolean;
  children: ReactNode;
};

const BADGE_RADIUS = 12;

/** An invisible rectangle exactly over a selected node's box, which the resize handles hold on to. */
export const NODE_BOX_NAME = 'node-box';

/**
 * The group every node is drawn in: placed at the node's corner, named so the stage can tell
 * which node a pointer event hit, with one invisible grab area, the selection outline and the
 * badge that marks the engine's findings.
 */
export function NodeFrame({ node, selected, issue, draggable, area, ownHitArea = false, children }: NodeFrameProps) {
  const box = area ?? { x: 0, y: 0, width: node.width, height: node.height };
  const drag = useContext(NodeDragContext);
  const badgeScale = useContext(BadgeScaleContext);
  return (
    <Group
      id={node.id}
      name="map-node"
      x={node.x}
      y={node.y}
      draggable={draggable && drag !== null}
      transformsEnabled="position"
      onDragStart={drag?.onDragStart}
      onDragMove={drag?.onDragMove}
      onDragEnd={drag?.onDragEnd}
    >
      {!ownHitArea && <Rect {...box} fill="transparent" perfectDrawEnabled={false} />}
      {children}
      {selected && <Rect name={NODE_BOX_NAME} width={node.width} height={node.height} listening={false} />}
      {selected && (
        <Rect
          x={box.x - 5}
          y={box.y - 5}
          width={box.width + 10}
          height={box.height + 10}
          stroke={SELECTION_COLOR}
          strokeWidth={3}
          strokeScaleEnabled={false}
          cornerRadius={4}
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {issue && (
        <Group x={node.width} y={0} scaleX={badgeScale} scaleY={badgeScale} listening={false} name="issue-badge">
          <Circle radius={BADGE_RADIUS} fill={issue === 'error' ? ERROR_COLOR : WARNING_COLOR} stroke="#ffffff" strokeWidth={2} />
          <Text
            x={-BADGE_RADIUS}
            y={-BADGE_RADIUS}
            width={2 * BADGE_RADIUS}
            height={2 * BADGE_RADIUS}
            text="!"
            align="center"
            verticalAlign="middle"
            fontSize={17}
            fontStyle="bold"
            fontFamily={CANVAS_FONT_FAMILY}
            fill="#ffffff"
          />
        </Group>
      )}
    </Group>
  );
}
