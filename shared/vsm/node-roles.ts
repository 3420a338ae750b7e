import type { ConnectorKind } from '../model/connector';
import type { MapNode, ProcessNode, StockNode } from '../model/map-node';
import { NODE_KIND_SPECS, type FlowRole } from '../model/node-kind-specs';
import type { NodeKind } from '../model/node-kinds';
import { exhaustiveSwitchError } from '../util/exhaustive';

/** What a node of this kind is to the metrics: a step, a stock, a boundary, transport or none (see NODE_KIND_SPECS). */
export function flowRole(kind: NodeKind): FlowRole {
  return NODE_KIND_SPECS[kind].flowRole;
}

export function isProcessNode(node: MapNode): node is ProcessNode {
  return node.kind === 'process';
}

export function isStockNode(node: MapNode): node is StockNode {
  return flowRole(node.kind) === 'stock';
}

/** Push, pull and FIFO arrows move material and make up the value stream; information flows do not. */
export function isMaterialFlow(kind: ConnectorKind): boolean {
  switch (kind) {
    case 'push':
    case 'pull':
    case 'fifo':
      return true;
    case 'electronic-info':
    case 'manual-info':
      return false;
    default:
      return exhaustiveSwitchError(kind, 'connector kind');
  }
}

/** What each kind is called, in the palette, the inspector and wherever a node has no text of its own. */
export function kindName(kind: NodeKind): string {
  return NODE_KIND_SPECS[kind].name;
}

/** What a list shows for a node that something still refers to (a vote, an action) but that has left the map. */
export const REMOVED_NODE_LABEL = '(removed from the map)';

/** The name a facilitator knows a node by: the first line of its text, else its kind. */
export function nodeLabel(node: MapNode): string {
  const text = node.text.trim();
  const lineEnd = text.indexOf('\n');
  const firstLine = lineEnd === -1 ? text : text.slice(0, lineEnd).trim();
  return firstLine === '' ? kindName(node.kind) : firstLine;
}
