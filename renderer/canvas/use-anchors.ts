import { useMemo, useRef } from 'react';
import type { AnchorBox } from '../../shared/geometry/connector-route';
import type { Id } from '../../shared/model/ids';
import type { MapNode } from '../../shared/model/map-node';
import type { MapSettings } from '../../shared/model/vsm-map';
import { anchorBox } from './shapes/node-extent';

/**
 * Each node's anchor box, kept per node object: an edit gives new boxes only to the nodes it
 * changed, so the memoised connectors of every other node are not drawn again.
 */
export function useAnchors(nodes: readonly MapNode[], settings: MapSettings): ReadonlyMap<Id, AnchorBox> {
  const cache = useRef<{ settings: MapSettings; boxes: WeakMap<MapNode, AnchorBox> } | null>(null);
  return useMemo(() => {
    if (cache.current?.settings !== settings) cache.current = { settings, boxes: new WeakMap() };
    const { boxes } = cache.current;
    return new Map(
      nodes.map((node) => {
        let box = boxes.get(node);
        if (!box) {
          box = anchorBox(node, settings);
          boxes.set(node, box);
        }
        return [node.id, box];
      }),
    );
  }, [nodes, settings]);
}
