import { z } from 'zod';
import { compareById, compareByStackingOrder } from '../model/document-order';
import { ConnectorSchema, type Connector } from '../model/connector';
import { IdSchema } from '../model/ids';
import { MapNodeSchema } from '../model/map-node';
import { MapSettingsSchema, type MapDocument } from '../model/vsm-map';
import { exhaustiveSwitchError } from '../util/exhaustive';
import { apiRefusalWords as words } from '../i18n/refusals';
import {
  applyFieldPatch,
  diffFields,
  FieldPatchError,
  firstUnknownField,
  FieldValuesSchema,
  invertFieldPatch,
  isEmptyPatch,
  type FieldPatch,
} from './field-patch';

/**
 * Every edit of a map is a list of these changes. The same list is applied to the document in
 * the renderer, inverted for undo, and sent to the store to be saved, so that what the user
 * sees, what undo restores and what is on disk cannot drift apart.
 *
 * Changes are explicit: removing a node that still has connectors is an error, not a cascade,
 * so every change has an exact inverse.
 *
 * A change to something already on the map is a patch of the fields it changed (`patchNode`,
 * `patchConnector`, `patchSettings`, see field-patch.ts): commit turns whole puts into patches
 * (`asFieldPatches`), so what is saved says which fields an edit changed and the store can
 * rebase it over another window's edit of other fields.
 */
const PatchFields = { before: FieldValuesSchema, after: FieldValuesSchema };

export const MapChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('putNode'), node: MapNodeSchema }),
  z.object({ op: z.literal('patchNode'), id: IdSchema, ...PatchFields }),
  z.object({ op: z.literal('removeNode'), id: IdSchema }),
  z.object({ op: z.literal('putConnector'), connector: ConnectorSchema }),
  z.object({ op: z.literal('patchConnector'), id: IdSchema, ...PatchFields }),
  z.object({ op: z.literal('removeConnector'), id: IdSchema }),
  z.object({ op: z.literal('setSettings'), settings: MapSettingsSchema }),
  z.object({ op: z.literal('patchSettings'), ...PatchFields }),
]);

export type MapChange = z.infer<typeof MapChangeSchema>;

export class MapChangeError extends Error {
  override name = 'MapChangeError';
}

/** Applies changes in order and returns the new document with the changes that undo them. */
export function applyChangesWithInverse(doc: MapDocument, changes: readonly MapChange[]): { doc: MapDocument; inverse: MapChange[] } {
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
      case 'patchNode': {
        const before = nodes.get(change.id);
        if (!before) throw new MapChangeError(words()('map.nodeNotThere', { id: change.id }));
        inverse.push({ op: 'patchNode', id: change.id, ...invertFieldPatch(change) });
        nodes.set(change.id, applyCheckedPatch(before, change, MapNodeSchema, { kind: 'node', id: change.id }));
        nodesTouched = true;
        break;
      }
      case 'removeNode': {
        const before = nodes.get(change.id);
        if (!before) throw new MapChangeError(words()('map.nodeNotThereToRemove', { id: change.id }));
        const attached = findAttachedConnector(connectors, change.id);
        if (attached) {
          throw new MapChangeError(words()('map.nodeStillAttached', { id: change.id, connector: attached.id }));
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
            throw new MapChangeError(words()('map.endNotThere', { id: end }));
          }
        }
        if (connector.fromId === connector.toId) {
          throw new MapChangeError(words()('map.sameEnds'));
        }
        const before = connectors.get(connector.id);
        inverse.push(before ? { op: 'putConnector', connector: before } : { op: 'removeConnector', id: connector.id });
        connectors.set(connector.id, connector);
        connectorsTouched = true;
        break;
      }
      case 'patchConnector': {
        const before = connectors.get(change.id);
        if (!before) throw new MapChangeError(words()('map.connectorNotThere', { id: change.id }));
        const after = applyCheckedPatch(before, change, ConnectorSchema, { kind: 'connector', id: change.id });
        for (const end of [after.fromId, after.toId]) {
          if (!nodes.has(end)) throw new MapChangeError(words()('map.endNotThere', { id: end }));
        }
        if (after.fromId === after.toId) throw new MapChangeError(words()('map.sameEnds'));
        inverse.push({ op: 'patchConnector', id: change.id, ...invertFieldPatch(change) });
        connectors.set(change.id, after);
        connectorsTouched = true;
        break;
      }
      case 'removeConnector': {
        const before = connectors.get(change.id);
        if (!before) throw new MapChangeError(words()('map.connectorNotThereToRemove', { id: change.id }));
        inverse.push({ op: 'putConnector', connector: before });
        connectors.delete(change.id);
        connectorsTouched = true;
        break;
      }
      case 'setSettings':
        inverse.push({ op: 'setSettings', settings });
        settings = change.settings;
        break;
      case 'patchSettings':
        inverse.push({ op: 'patchSettings', ...invertFieldPatch(change) });
        settings = applyCheckedPatch(settings, change, MapSettingsSchema, { kind: 'settings' });
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

/**
 * The same edit with every put of a node or connector already on the map, and every settings
 * change, turned into a patch of just the fields it changes; puts that change nothing are dropped.
 */
export function asFieldPatches(doc: MapDocument, changes: readonly MapChange[]): MapChange[] {
  const nodes = new Map(doc.nodes.map((node) => [node.id, node]));
  const connectors = new Map(doc.connectors.map((connector) => [connector.id, connector]));
  let settings = doc.map.settings;
  const result: MapChange[] = [];
  for (const change of changes) {
    switch (change.op) {
      case 'putNode': {
        const before = nodes.get(change.node.id);
        nodes.set(change.node.id, change.node);
        if (!before) result.push(change);
        else pushPatch(result, diffFields(before, change.node), (patch) => ({ op: 'patchNode', id: change.node.id, ...patch }));
        break;
      }
      case 'putConnector': {
        const before = connectors.get(change.connector.id);
        connectors.set(change.connector.id, change.connector);
        if (!before) result.push(change);
        else pushPatch(result, diffFields(before, change.connector), (patch) => ({ op: 'patchConnector', id: change.connector.id, ...patch }));
        break;
      }
      case 'setSettings':
        pushPatch(result, diffFields(settings, change.settings), (patch) => ({ op: 'patchSettings', ...patch }));
        settings = change.settings;
        break;
      case 'patchNode': {
        const before = nodes.get(change.id);
        if (before) nodes.set(change.id, applyFieldPatch(before, change));
        result.push(change);
        break;
      }
      case 'patchConnector': {
        const before = connectors.get(change.id);
        if (before) connectors.set(change.id, applyFieldPatch(before, change));
        result.push(change);
        break;
      }
      case 'patchSettings':
        settings = applyFieldPatch(settings, change);
        result.push(change);
        break;
      case 'removeNode':
        nodes.delete(change.id);
        result.push(change);
        break;
      case 'removeConnector':
        connectors.delete(change.id);
        result.push(change);
        break;
      default:
        exhaustiveSwitchError(change, 'map change');
    }
  }
  return result;
}

function pushPatch(into: MapChange[], patch: FieldPatch, toChange: (patch: FieldPatch) => MapChange): void {
  if (!isEmptyPatch(patch)) into.push(toChange(patch));
}

/** What a patch changes, named in a refusal only when there is one: a save patches many boxes and refuses few. */
type PatchTarget = { kind: 'node' | 'connector'; id: string } | { kind: 'settings' };

function targetWords(target: PatchTarget): string {
  switch (target.kind) {
    case 'node':
      return words()('map.node', { id: target.id });
    case 'connector':
      return words()('map.connector', { id: target.id });
    case 'settings':
      return words()('map.settings');
    default:
      return exhaustiveSwitchError(target, 'patch target');
  }
}

/** Applies a patch and checks that what it makes is still a valid node, connector or settings. */
export function applyCheckedPatch<T extends object>(target: T, patch: FieldPatch, schema: z.ZodType<T>, of: PatchTarget): T {
  const refused = (problem: string) => new MapChangeError(words()('map.cannotChange', { what: targetWords(of), problem }));
  let result: T;
  try {
    result = applyFieldPatch(target, patch);
  } catch (error) {
    if (error instanceof FieldPatchError) throw refused(error.message);
    throw error;
  }
  const check = schema.safeParse(result);
  if (!check.success) {
    const issue = check.error.issues[0];
    throw refused(issue ? `${issue.path.join('.')} ${issue.message}` : words()('map.notValid'));
  }
  const unknown = firstUnknownField(check.data, patch);
  if (unknown !== undefined) throw refused(words()('map.noField', { field: unknown }));
  return result;
}

function findAttachedConnector(connectors: Map<string, Connector>, nodeId: string): Connector | undefined {
  for (const connector of connectors.values()) {
    if (connector.fromId === nodeId || connector.toId === nodeId) return connector;
  }
  return undefined;
}
