import { uiText } from '../../ui-text/ui-text';
import type { ConnectorKind } from '../../../shared/model/connector';
import { NODE_KINDS, type NodeKind } from '../../../shared/model/node-kinds';
import { isOneOf } from '../../../shared/util/is-one-of';
import { NODE_KIND_VIEWS, PALETTE_SECTION_TITLES } from '../../canvas/shapes/node-kind-views';
import type { ActionId } from '../../map-actions/registry';

/** The palette, in the order a facilitator reaches for things, grouped as the notation groups them (NODE_KIND_VIEWS). */
export type PaletteItem = { kind: NodeKind; command?: ActionId };

/** Each palette section's key in the map catalogue. */
const PALETTE_SECTION_KEYS = {
  'Material flow': 'materialFlow',
  Information: 'information',
  Workshop: 'workshop',
} as const satisfies Record<(typeof PALETTE_SECTION_TITLES)[number], string>;

export type PaletteSection = { key: (typeof PALETTE_SECTION_KEYS)[keyof typeof PALETTE_SECTION_KEYS]; items: PaletteItem[] };

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
  key: PALETTE_SECTION_KEYS[title],
  items: kindsInPaletteOrder.filter((kind) => NODE_KIND_VIEWS[kind].palette === title).map((kind) => ({ kind, command: PALETTE_COMMANDS[kind] })),
}));

/** What each kind of arrow is called, in the palette and the inspector. */
export function connectorKindName(kind: ConnectorKind): string {
  return uiText(`map:connectorKinds.${kind}`);
}
