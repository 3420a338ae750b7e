import type { ConnectorKind } from '../../../shared/model/connector';
import type { NodeKind } from '../../../shared/model/node-kinds';
import type { MapCommand } from '../keyboard-shortcuts';

/** The palette, in the order a facilitator reaches for things, grouped as the notation groups them. */
export type PaletteItem = { kind: NodeKind; name: string; command?: MapCommand };

export type PaletteSection = { title: string; items: PaletteItem[] };

export const NODE_KIND_NAMES: Record<NodeKind, string> = {
  process: 'Process',
  inventory: 'Inventory',
  supplier: 'Supplier',
  customer: 'Customer',
  'outside-source': 'Outside source',
  supermarket: 'Supermarket',
  'fifo-lane': 'FIFO lane',
  'safety-buffer': 'Safety buffer',
  shipment: 'Truck',
  'production-control': 'Production control',
  operator: 'Operator',
  'kaizen-burst': 'Kaizen burst',
  'go-see': 'Go see',
  'sticky-note': 'Sticky note',
  text: 'Text',
};

export const PALETTE_SECTIONS: PaletteSection[] = [
  {
    title: 'Material flow',
    items: [
      { kind: 'process', name: NODE_KIND_NAMES.process, command: 'add-process' },
      { kind: 'inventory', name: NODE_KIND_NAMES.inventory, command: 'add-inventory' },
      { kind: 'supplier', name: NODE_KIND_NAMES.supplier },
      { kind: 'customer', name: NODE_KIND_NAMES.customer },
      { kind: 'outside-source', name: NODE_KIND_NAMES['outside-source'] },
      { kind: 'shipment', name: NODE_KIND_NAMES.shipment },
      { kind: 'supermarket', name: NODE_KIND_NAMES.supermarket },
      { kind: 'fifo-lane', name: NODE_KIND_NAMES['fifo-lane'] },
      { kind: 'safety-buffer', name: NODE_KIND_NAMES['safety-buffer'] },
    ],
  },
  {
    title: 'Information',
    items: [
      { kind: 'production-control', name: NODE_KIND_NAMES['production-control'] },
      { kind: 'operator', name: NODE_KIND_NAMES.operator },
      { kind: 'go-see', name: NODE_KIND_NAMES['go-see'] },
    ],
  },
  {
    title: 'Workshop',
    items: [
      { kind: 'kaizen-burst', name: NODE_KIND_NAMES['kaizen-burst'], command: 'add-kaizen-burst' },
      { kind: 'sticky-note', name: NODE_KIND_NAMES['sticky-note'], command: 'add-note' },
      { kind: 'text', name: NODE_KIND_NAMES.text, command: 'add-text' },
    ],
  },
];

export const CONNECTOR_KIND_NAMES: Record<ConnectorKind, string> = {
  push: 'Push',
  pull: 'Pull',
  fifo: 'FIFO',
  'electronic-info': 'Electronic info',
  'manual-info': 'Manual info',
};
