import { DEFAULT_NOTE_COLOR, type NoteColor } from './colors';
import type { Id } from './ids';
import { isOneOf } from '../util/is-one-of';
import { STOCK_KINDS, type MapNode } from './map-node';
import { NODE_KIND_SPECS } from './node-kind-specs';
import type { NodeKind } from './node-kinds';

/** The size a node of each kind is drawn at when first placed, in canvas units. */
export function defaultSize(kind: NodeKind): { width: number; height: number } {
  return { ...NODE_KIND_SPECS[kind].size };
}

export type NewNodeOptions = {
  id: Id;
  kind: NodeKind;
  /** The centre of the new node. */
  at: { x: number; y: number };
  z: number;
  text?: string;
  color?: NoteColor;
};

/** A node of the given kind with its empty data box (see NODE_KIND_SPECS' `data`), centred on `at`. */
export function createNode({ id, kind, at, z, text = '', color = DEFAULT_NOTE_COLOR }: NewNodeOptions): MapNode {
  const { width, height } = defaultSize(kind);
  const base = { id, x: at.x - width / 2, y: at.y - height / 2, width, height, z, text, color, originId: null };
  if (kind === 'process') return { ...base, kind, process: {} };
  if (isOneOf(STOCK_KINDS, kind)) return { ...base, kind, inventory: {} };
  if (kind === 'shipment') return { ...base, kind, shipment: {} };
  return { ...base, kind };
}
