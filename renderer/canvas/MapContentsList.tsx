import { memo } from 'react';
import type { MapNode } from '../../shared/model/map-node';

/**
 * The canvas is a picture to assistive technology; this visually hidden list says what is on
 * it, in stacking order, so a screen reader (and an end-to-end test) can read the map.
 */
export const MapContentsList = memo(function MapContentsList({ nodes }: { nodes: readonly MapNode[] }) {
  return (
    <ul className="visually-hidden" aria-label="Map contents">
      {nodes.map((node) => (
        <li key={node.id} data-node-id={node.id} data-kind={node.kind} data-color={node.color}>
          {node.text || `(empty ${node.kind.replace('-', ' ')})`}
        </li>
      ))}
    </ul>
  );
});
