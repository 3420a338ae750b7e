import { z } from 'zod';
import { compareById, compareByStackingOrder } from '../model/document-order';
import { ConnectorSchema, type Connector } from '../model/connector';
import { IdSchema } from '../model/ids';
import { MapNodeSchema, type MapNode } from '../model/map-node';
import { MapSettingsSchema, type MapDocument } from '../model/vsm-map';
import { exhaustiveSwitchError } from '../util/exhaustive';

/**
 * Every edit of a map is a list of these changes. The same list is applied to the document in
 * the renderer, inverted for undo, and sent to the store to be saved, so that what the user
 * sees, what undo restores and what is on disk cannot drift apart.
 *
 * Changes are explicit: removing a node that still has connectors is an error, not a cascade,
 * so every change has an exact inverse.
 */
export const MapChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('putNode'), node: MapNodeSchema }),
  z.object({ op: z.literal('removeNode'), id: IdSchema }),
  z.object({ op: z.literal('putConnector'), connector: ConnectorSchema }),
  z.object({ op: z.literal('removeConnector'), id: IdSchema }),
  z.object({ op: z.literal('setSettings'), settings: MapSettingsSchema }),
]);

export type MapChange = z.infer<typeof MapChangeSchema>;

export class MapChangeError extends Error {
  override name = 'MapChangeError';
}

/** Applies changes in order and returns the new document with the changes that undo them. */
export function applyChangesWithInverse(
  doc: MapDocument,
  changes: readonly MapChange[],
): { doc: MapDocument; inverse: MapChange[] } {
  const nodes = new Map(doc.nodes.map((node) => [node.id, node]));
  const connectors = new Map(doc.connectors.map((connector) => [connector.id, connector]));
  let settings = doc.map.settings;
  const inverse: MapChange[] = [];
  let nodesTouched = false;
  let connectorsTouched = false;

  for (const change of changes) {
    switch (change.op) {
      case 'putNode': {
        const before = nodes.get(change.node.id);
        inverse.push(before ? { op: 'putNode', node: before } : { op: 'removeNode', id: change.node.id });
        nodes.set(change.node.id, change.node);
        nodesTouched = true;
        break;
      }
      case 'removeNode': {
        const before = nodes.get(change.id);
        if (!before) throw new MapChangeError(`Cannot remove node ${change.id}: it is not on the map`);
        const attached = findAttachedConnector(connectors, change.id);
        if (attached) {
          throw new MapChangeError(`Cannot remove node ${change.id}: connector ${attached.id} still attaches to it`);
        }
        inverse.push({ op: 'putNode', node: before });
        nodes.delete(change.id);
        nodesTouched = true;
        break;
      }
      case 'putConnector': {
        const { connector } = change;
        for (const end of [connector.fromId, connector.toId]) {
          if (!nodes.has(end)) {
            throw new MapChangeError(`Cannot connect to node ${end}: it is not on the map`);
          }
        }
        if (connector.fromId === connector.toId) {
          throw new MapChangeError('A connector must join two different nodes');
        }
        const before = connectors.get(connector.id);
        inverse.push(before ? { op: 'putConnector', connector: before } : { op: 'removeConnector', id: connector.id });
        connectors.set(connector.id, connector);
        connectorsTouched = true;
        break;
      }
      case 'removeConnector': {
        const before = connectors.get(change.id);
        if (!before) throw new MapChangeError(`Cannot remove connector ${change.id}: it is not on the map`);
        inverse.push({ op: 'putConnector', connector: before });
        connectors.delete(change.id);
        connectorsTouched = true;
        break;
      }
      case 'setSettings':
        inverse.push({ op: 'setSettings', settings });
        settings = change.settings;
        break;
      default:
        exhaustiveSwitchError(change, 'map change');
    }
  }

  const next: MapDocument = {
    map: settings === doc.map.settings ? doc.map : { ...doc.map, settings },
    nodes: nodesTouched ? [...nodes.values()].sort(compareByStackingOrder) : doc.nodes,
    connectors: connectorsTouched ? [...connectors.values()].sort(compareById) : doc.connectors,
  };
  return { doc: next, inverse: inverse.reverse() };
}

export function applyChanges(doc: MapDocument, changes: readonly MapChange[]): MapDocument {
  return applyChangesWithInverse(doc, changes).doc;
}

function findAttachedConnector(connectors: Map<string, Connector>, nodeId: string): Connector | undefined {
  for (const connector of connectors.values()) {
    if (connector.fromId === nodeId || connector.toId === nodeId) return connector;
  }
  return undefined;
}
