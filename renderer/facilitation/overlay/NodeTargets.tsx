import type Konva from 'konva';
import { useState } from 'react';
import { Group, Rect } from 'react-konva';
import type { MapNode } from '../../../shared/model/map-node';

type NodeTargetsProps = {
  nodes: readonly MapNode[];
  /** `taking` is true for Shift+click: take back instead of add. */
  onPick: (nodeId: string, taking: boolean) => void;
  color: string;
};

function setCursor(event: Konva.KonvaEventObject<MouseEvent>, cursor: string): void {
  const container = event.target.getStage()?.container();
  if (container) container.style.cursor = cursor;
}

/**
 * Click targets laid over chosen nodes, above the map: while the room votes, or while the
 * facilitator picks a note for the parking lot, a click on one of these nodes means that and
 * nothing else (no drag, no selection). The node under the pointer is outlined.
 */
export function NodeTargets({ nodes, onPick, color }: NodeTargetsProps) {
  const [hovered, setHovered] = useState<string | null>(null);
  return (
    <Group name="node-targets">
      {nodes.map((node) => (
        <Rect
          key={node.id}
          name="node-target"
          id={`target-${node.id}`}
          x={node.x - 4}
          y={node.y - 4}
          width={node.width + 8}
          height={node.height + 8}
          cornerRadius={6}
          fill="rgba(255,255,255,0.001)"
          stroke={color}
          strokeWidth={hovered === node.id ? 4 : 2}
          dash={hovered === node.id ? undefined : [8, 6]}
          opacity={hovered === node.id ? 1 : 0.7}
          onMouseEnter={(event) => {
            setHovered(node.id);
            setCursor(event, 'pointer');
          }}
          onMouseLeave={(event) => {
            setHovered((current) => (current === node.id ? null : current));
            setCursor(event, '');
          }}
          onMouseDown={(event) => {
            event.cancelBubble = true;
          }}
          onDblClick={(event) => {
            // Two quick dots are a double-click, which on the bare canvas would add a note.
            event.cancelBubble = true;
          }}
          onClick={(event) => onPick(node.id, event.evt.shiftKey)}
          onTap={() => onPick(node.id, false)}
        />
      ))}
    </Group>
  );
}
