import type { MapChange } from '../editing/map-change';
import type { MapDocument } from '../model/vsm-map';

/**
 * The part of another writer's committed changes that this window does not show yet. A window
 * may already show some of them: the parking lot moves a note on screen before its own call is
 * committed and fed back. Removing what is gone, or putting what is there as it is, is skipped,
 * so applying a commit twice changes nothing.
 */
export function changesNotShown(doc: MapDocument, changes: readonly MapChange[]): MapChange[] {
  const nodes = new Map(doc.nodes.map((node) => [node.id, JSON.stringify(node)]));
  const connectors = new Map(doc.connectors.map((connector) => [connector.id, JSON.stringify(connector)]));
  const result: MapChange[] = [];
  for (const change of changes) {
    if (change.op === 'removeNode' && !nodes.has(change.id)) continue;
    if (change.op === 'removeConnector' && !connectors.has(change.id)) continue;
    if (change.op === 'putNode' && nodes.get(change.node.id) === JSON.stringify(change.node)) continue;
    if (change.op === 'putConnector' && connectors.get(change.connector.id) === JSON.stringify(change.connector)) continue;
    if (change.op === 'removeNode') nodes.delete(change.id);
    if (change.op === 'removeConnector') connectors.delete(change.id);
    if (change.op === 'putNode') nodes.set(change.node.id, JSON.stringify(change.node));
    if (change.op === 'putConnector') connectors.set(change.connector.id, JSON.stringify(change.connector));
    result.push(change);
  }
  return result;
}
