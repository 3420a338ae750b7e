import type { ConnectorKind } from '../model/connector';
import type { Id } from '../model/ids';
import { ReworkPercentSchema } from '../model/quantities';
import type { MapDocument } from '../model/vsm-map';
import { InvalidEditError } from './commands-data';
import { translator } from '../i18n/i18n-instance';
import { refusalLanguage } from '../i18n/refusals';
import type { MapChange } from './map-change';

/** Commands on connectors: drawing one between two nodes, changing its kind or its label. */

export type NewConnector = { id: Id; kind: ConnectorKind; fromId: Id; toId: Id; label?: string };

/**
 * Joins two nodes. Nothing happens when either end is missing, both ends are the same node, or
 * the same two nodes are already joined in the same direction: a second arrow on top of the
 * first would only hide it.
 */
export function connectNodes(doc: MapDocument, { id, kind, fromId, toId, label = '' }: NewConnector): MapChange[] {
  if (fromId === toId) return [];
  const present = new Set(doc.nodes.map((node) => node.id));
  if (!present.has(fromId) || !present.has(toId)) return [];
  if (doc.connectors.some((connector) => connector.fromId === fromId && connector.toId === toId)) return [];
  return [{ op: 'putConnector', connector: { id, kind, fromId, toId, label, originId: null } }];
}

/** Connects the nodes one after another, in the order given: a, b, c gives a→b and b→c. */
export function connectInOrder(doc: MapDocument, nodeIds: readonly Id[], kind: ConnectorKind, newId: () => Id): MapChange[] {
  let current = doc;
  const changes: MapChange[] = [];
  for (let index = 1; index < nodeIds.length; index++) {
    const step = connectNodes(current, { id: newId(), kind, fromId: nodeIds[index - 1]!, toId: nodeIds[index]! });
    if (step[0]?.op === 'putConnector') current = { ...current, connectors: [...current.connectors, step[0].connector] };
    changes.push(...step);
  }
  return changes;
}

export function setConnectorKind(doc: MapDocument, ids: readonly Id[], kind: ConnectorKind): MapChange[] {
  const wanted = new Set(ids);
  return doc.connectors
    .filter((connector) => wanted.has(connector.id) && connector.kind !== kind)
    .map((connector) => ({ op: 'putConnector', connector: { ...connector, kind } }));
}

export function editConnectorLabel(doc: MapDocument, id: Id, label: string): MapChange[] {
  return doc.connectors
    .filter((connector) => connector.id === id && connector.label !== label)
    .map((connector) => ({ op: 'putConnector', connector: { ...connector, label } }));
}

/** Turns connectors round, for an arrow drawn the wrong way. */
export function reverseConnectors(doc: MapDocument, ids: readonly Id[]): MapChange[] {
  const wanted = new Set(ids);
  return doc.connectors
    .filter((connector) => wanted.has(connector.id))
    .map((connector) => ({ op: 'putConnector', connector: { ...connector, fromId: connector.toId, toId: connector.fromId } }));
}

/** "Sent back for rework must be below 100 %": the field's name as the inspector shows it, in the language of the screen. */
function reworkRateRefusal(problem = ''): string {
  return `${translator(refusalLanguage(), 'inspector')('fields.reworkRate.label')} ${problem}`.trim();
}

/**
 * Sets or clears (undefined) the share of items a rework arrow sends back, in percent. A rate
 * the model refuses (100 % or more, below zero) is an InvalidEditError and changes nothing.
 */
export function setReworkRate(doc: MapDocument, id: Id, rate: number | undefined): MapChange[] {
  if (rate !== undefined) {
    const parsed = ReworkPercentSchema.safeParse(rate);
    if (!parsed.success) throw new InvalidEditError(reworkRateRefusal(parsed.error.issues[0]?.message));
  }
  return doc.connectors
    .filter((connector) => connector.id === id && connector.reworkRate !== rate)
    .map((connector) => {
      const { reworkRate: _cleared, ...rest } = connector;
      return { op: 'putConnector', connector: rate === undefined ? rest : { ...rest, reworkRate: rate } };
    });
}
