import type { Connector } from '../model/connector';
import type { Id } from '../model/ids';
import type { MapDocument } from '../model/vsm-map';
import { flowRole, isMaterialFlow } from '../vsm/node-roles';
import { deleteNodes } from './commands';
import type { MapChange } from './map-change';

/**
 * Deleting what the user selected, as the map's Delete key and Cut do. Removing an inventory
 * (or any stock) that sits in the material flow, one arrow in and one out, is how a future
 * state takes the wait out of the stream, not a wish to cut the stream in two: the step before
 * it is joined to the step after it, with the kind of the arrow that came in, so that the
 * totals keep following the whole value stream (merging steps treats the stock between them
 * the same way). A run of such stocks deleted together is bridged once. Anything else leaves
 * its arrows behind it, and undo brings back exactly what was there.
 */
export function deleteKeepingFlow(doc: MapDocument, ids: readonly Id[], newId: () => Id): MapChange[] {
  const removal = deleteNodes(doc, ids);
  const doomed = new Set(removal.flatMap((change) => (change.op === 'removeNode' ? [change.id] : [])));
  if (doomed.size === 0) return removal;
  const material = doc.connectors.filter((connector) => isMaterialFlow(connector.kind) && !ids.includes(connector.id));
  const kinds = new Map(doc.nodes.map((node) => [node.id, node.kind]));
  const into = (id: Id) => material.filter((connector) => connector.toId === id);
  const outOf = (id: Id) => material.filter((connector) => connector.fromId === id);
  const passesThrough = (id: Id) => {
    const kind = kinds.get(id);
    return doomed.has(id) && kind !== undefined && flowRole(kind) === 'stock' && into(id).length === 1 && outOf(id).length === 1;
  };

  const joined = new Set(doc.connectors.filter((c) => !doomed.has(c.fromId) && !doomed.has(c.toId)).map(ends));
  const bridges: MapChange[] = [];
  for (const incoming of material) {
    if (doomed.has(incoming.fromId) || !passesThrough(incoming.toId)) continue;
    const seen = new Set<Id>();
    let end = incoming.toId;
    while (passesThrough(end) && !seen.has(end)) {
      seen.add(end);
      end = outOf(end)[0]!.toId;
    }
    const bridge: Connector = { id: newId(), kind: incoming.kind, fromId: incoming.fromId, toId: end, label: '', originId: null };
    if (doomed.has(end) || end === incoming.fromId || joined.has(ends(bridge))) continue;
    joined.add(ends(bridge));
    bridges.push({ op: 'putConnector', connector: bridge });
  }
  return [...removal, ...bridges];
}

function ends(connector: Pick<Connector, 'fromId' | 'toId'>): string {
  return `${connector.fromId}\u0000${connector.toId}`;
}
