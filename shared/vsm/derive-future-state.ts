import { compareById, compareByStackingOrder } from '../model/document-order';
import { newId as randomId, type Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import { MapNameSchema, type MapDocument } from '../model/vsm-map';

/**
 * The starting point of a future-state map: a copy of the current map with fresh ids, in which
 * every node and connector records the one it was copied from in `originId`. Merges recorded in
 * the current map (`mergedOriginIds`) point into an older map, so the copy drops them: its
 * lineage points into the current map only. The copy is in the store's order (nodes by stacking
 * order, connectors by id). Ids and the clock can be supplied for repeatable
 * results.
 */
export type DeriveOptions = { newId?: () => Id; now?: string; name?: string };

const SUFFIX = ' (future state)';

function futureName(currentName: string): string {
  const maxLength = MapNameSchema.maxLength ?? 120;
  return `${currentName.slice(0, maxLength - SUFFIX.length)}${SUFFIX}`;
}

function copyNode(node: MapNode, id: Id): MapNode {
  const { mergedOriginIds: _olderLineage, ...rest } = node;
  return { ...rest, id, originId: node.id };
}

export function deriveFutureState(current: MapDocument, options: DeriveOptions = {}): MapDocument {
  const nextId = options.newId ?? randomId;
  const now = options.now ?? new Date().toISOString();
  const mapId = nextId();
  const idFor = new Map(current.nodes.map((node) => [node.id, nextId()]));
  const copiedId = (id: Id): Id => idFor.get(id) ?? id;

  return {
    map: {
      ...current.map,
      id: mapId,
      name: options.name ?? futureName(current.map.name),
      state: 'future',
      derivedFromMapId: current.map.id,
      settings: { ...current.map.settings },
      revision: 0,
      createdAt: now,
      updatedAt: now,
    },
    nodes: current.nodes.map((node) => copyNode(node, copiedId(node.id))).sort(compareByStackingOrder),
    connectors: current.connectors
      .map((connector) => ({
        ...connector,
        id: nextId(),
        fromId: copiedId(connector.fromId),
        toId: copiedId(connector.toId),
        originId: connector.id,
      }))
      .sort(compareById),
  };
}
