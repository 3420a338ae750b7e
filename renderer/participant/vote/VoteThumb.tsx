import { boundsOf, inflate } from '../../../shared/geometry/rect';
import type { MapNode } from '../../../shared/model/map-node';

/**
 * Where an item sits on the map, at a glance: every box of the map in grey and the item in colour.
 * A few rectangles of SVG rather than a drawing of the map per item, so a phone lists thirty items
 * without thirty canvases.
 */
export function VoteThumb({ nodes, nodeId }: { nodes: readonly MapNode[]; nodeId: string }) {
  const bounds = boundsOf(nodes);
  if (!bounds) return <span className="vote-thumb" aria-hidden="true" />;
  const frame = inflate(bounds, Math.max(bounds.width, bounds.height) * 0.04);
  return (
    <svg
      className="vote-thumb"
      viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
    >
      {[...nodes]
        .sort((a, b) => Number(a.id === nodeId) - Number(b.id === nodeId))
        .map((node) => (
          <rect
            key={node.id}
            x={node.x}
            y={node.y}
            width={node.width}
            height={node.height}
            fill={node.id === nodeId ? '#1f6feb' : '#d0d7de'}
            stroke={node.id === nodeId ? '#0a3069' : 'none'}
            strokeWidth={frame.width / 60}
          />
        ))}
    </svg>
  );
}
