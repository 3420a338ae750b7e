import type { ConnectorKind } from '../../../shared/model/connector';
import type { NodeKind } from '../../../shared/model/node-kinds';
import type { ActionId } from '../../map-actions/registry';

/** The palette, in the order a facilitator reaches for things, grouped as the notation groups them. */
export type PaletteItem = { kind: NodeKind; command?: ActionId };

export type PaletteSection = { title: string; items: PaletteItem[] };

export const PALETTE_SECTIONS: PaletteSection[] = [
  {
    title: 'Material flow',
    items: [
      { kind: 'process', command: 'add-process' },
      { kind: 'inventory', command: 'add-inventory' },
      { kind: 'supplier' },
      { kind: 'customer' },
      { kind: 'outside-source' },
      { kind: 'shipment' },
      { kind: 'supermarket' },
      { kind: 'fifo-lane' },
      { kind: 'safety-buffer' },
    ],
  },
  {
    title: 'Information',
    items: [{ kind: 'production-control' }, { kind: 'operator' }, { kind: 'go-see' }],
  },
  {
    title: 'Workshop',
    items: [{ kind: 'kaizen-burst', command: 'add-kaizen-burst' }, { kind: 'sticky-note', command: 'add-note' }, { kind: 'text', command: 'add-text' }],
  },
];

export const CONNECTOR_KIND_NAMES: Record<ConnectorKind, string> = {
  push: 'Push',
  pull: 'Pull',
  fifo: 'FIFO',
  'electronic-info': 'Electronic info',
  'manual-info': 'Manual info',
};
