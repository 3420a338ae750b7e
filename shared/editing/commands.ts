import type { NoteColor } from '../model/colors';
import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import { createNode, type NewNodeOptions } from '../model/node-factory';
import type { MapDocument } from '../model/vsm-map';
import type { MapChange } from './map-change';

/**
 * Editing commands: each turns an intent into the list of changes that carries it out. They
 * never mutate the document; applying the changes (and inverting them for undo) is
 * map-change.ts's job.
 */

export function topZ(doc: MapDocument): number {
  return doc.nodes.reduce((max, node) => Math.max(max, node.z), 0);
}

export function addNode(doc: MapDocument, options: Omit<NewNodeOptions, 'z'>): MapChange[] {
  return [{ op: 'putNode', node: createNode({ ...options, z: topZ(doc) + 1 }) }];
}

/** A putNode for every listed node that `update` changes; untouched nodes yield no change. */
export function updateNodes(doc: MapDocument, ids: readonly Id[], update: (node: MapNode) => MapNode): MapChange[] {
  const wanted = new Set(ids);
  const changes: MapChange[] = [];
  for (const node of doc.nodes) {
    if (!wanted.has(node.id)) continue;
    const next = update(node);
    if (next !== node) changes.push({ op: 'putNode', node: next });
  }
  return changes;
}

export type NodeMove = { id: Id; x: number; y: number };

export function moveNodes(doc: MapDocument, moves: readonly NodeMove[]): MapChange[] {
  const target = new Map(moves.map((move) => [move.id, move]));
  return updateNodes(doc, [...target.keys()], (node) => {
    const move = target.get(node.id);
    if (!move || (move.x === node.x && move.y === node.y)) return node;
    return { ...node, x: move.x, y: move.y };
  });
}

/** A node's text as stored: never ending in a line break (Enter ends an edit, so one typed last is a slip). */
export function storedText(text: string): string {
  return text.replace(/[\r\n]+$/, '');
}

export function editText(doc: MapDocument, id: Id, text: string): MapChange[] {
  const kept = storedText(text);
  return updateNodes(doc, [id], (node) => (node.text === kept ? node : { ...node, text: kept }));
}

export function recolorNodes(doc: MapDocument, ids: readonly Id[], color: NoteColor): MapChange[] {
  return updateNodes(doc, ids, (node) => (node.color === color ? node : { ...node, color }));
}

/**
 * Removes the listed nodes and connectors (a selection may hold both) and, first, every other
 * connector attached to a removed node.
 */
export function deleteNodes(doc: MapDocument, ids: readonly Id[]): MapChange[] {
  const doomed = new Set(ids);
  const connectorRemovals: MapChange[] = doc.connectors
    .filter((connector) => doomed.has(connector.id) || doomed.has(connector.fromId) || doomed.has(connector.toId))
    .map((connector) => ({ op: 'removeConnector', id: connector.id }));
  const nodeRemovals: MapChange[] = doc.nodes.filter((node) => doomed.has(node.id)).map((node) => ({ op: 'removeNode', id: node.id }));
  return [...connectorRemovals, ...nodeRemovals];
}
