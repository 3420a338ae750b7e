import type { ConnectorKind } from '../../../shared/model/connector';
import { NODE_KINDS, type NodeKind } from '../../../shared/model/node-kinds';
import { isOneOf } from '../../../shared/util/is-one-of';
import { NODE_KIND_VIEWS, PALETTE_SECTION_TITLES } from '../../canvas/shapes/node-kind-views';
import type { ActionId } from '../../map-actions/registry';

/** The palette, in the order a facilitator reaches for things, grouped as the notation groups them (NODE_KIND_VIEWS). */
export type PaletteItem = { kind: NodeKind; command?: ActionId };

export type PaletteSection = { title: string; items: PaletteItem[] };

/** The kinds that also have a key of their own. */
const PALETTE_COMMANDS: Partial<Record<NodeKind, ActionId>> = {
  process: 'add-process',
  inventory: 'add-inventory',
  'kaizen-burst': 'add-kaizen-burst',
  'sticky-note': 'add-note',
  text: 'add-text',
};

const kindsInPaletteOrder = Object.keys(NODE_KIND_VIEWS).filter((kind) => isOneOf(NODE_KINDS, kind));

export const PALETTE_SECTIONS: PaletteSection[] = PALETTE_SECTION_TITLES.map((title) => ({
  title,
  items: kindsInPaletteOrder.filter((kind) => NODE_KIND_VIEWS[kind].palette === title).map((kind) => ({ kind, command: PALETTE_COMMANDS[kind] })),
}));

export const CONNECTOR_KIND_NAMES: Record<ConnectorKind, string> = {
  push: 'Push',
  pull: 'Pull',
  fifo: 'FIFO',
  'electronic-info': 'Electronic info',
  'manual-info': 'Manual info',
};
