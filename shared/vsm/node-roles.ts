import type { ConnectorKind } from '../model/connector';
import type { MapNode, ProcessNode, StockNode } from '../model/map-node';
import type { NodeKind } from '../model/node-kinds';
import { exhaustiveSwitchError } from '../util/exhaustive';

/**
 * What each kind of node is to the metrics. Steps (process boxes) take process and lead time;
 * stocks (inventory, supermarket, FIFO lane, safety buffer) are waits; boundaries (supplier,
 * customer, outside source) and transport (the truck) carry the flow without adding time, as in
 * Learning to See's ladder, which runs from raw material to shipping. Everything else is
 * information or annotation and is not part of the material flow.
 */
export type FlowRole = 'step' | 'stock' | 'boundary' | 'transport' | 'none';

export function flowRole(kind: NodeKind): FlowRole {
  switch (kind) {
    case 'process':
      return 'step';
    case 'inventory':
    case 'supermarket':
    case 'fifo-lane':
    case 'safety-buffer':
      return 'stock';
    case 'supplier':
    case 'customer':
    case 'outside-source':
      return 'boundary';
    case 'shipment':
      return 'transport';
    case 'production-control':
    case 'operator':
    case 'kaizen-burst':
    case 'go-see':
    case 'sticky-note':
    case 'text':
      return 'none';
    default:
      return exhaustiveSwitchError(kind, 'node kind');
  }
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
export const KIND_NAMES: Readonly<Record<NodeKind, string>> = {
  process: 'Process',
  inventory: 'Inventory',
  supplier: 'Supplier',
  customer: 'Customer',
  'outside-source': 'Outside source',
  supermarket: 'Supermarket',
  'fifo-lane': 'FIFO lane',
  'safety-buffer': 'Safety buffer',
  shipment: 'Shipment',
  'production-control': 'Production control',
  operator: 'Operator',
  'kaizen-burst': 'Kaizen burst',
  'go-see': 'Go see',
  'sticky-note': 'Sticky note',
  text: 'Text',
};

/** What a list shows for a node that something still refers to (a vote, an action) but that has left the map. */
export const REMOVED_NODE_LABEL = '(removed from the map)';

/** The name a facilitator knows a node by: the first line of its text, else its kind. */
export function nodeLabel(node: MapNode): string {
  const text = node.text.trim();
  const lineEnd = text.indexOf('\n');
  const firstLine = lineEnd === -1 ? text : text.slice(0, lineEnd).trim();
  return firstLine === '' ? KIND_NAMES[node.kind] : firstLine;
}
