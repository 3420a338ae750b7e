import { DEFAULT_NOTE_COLOR, type NoteColor } from './colors';
import type { Id } from './ids';
import type { MapNode } from './map-node';
import type { NodeKind } from './node-kinds';
import { exhaustiveSwitchError } from '../util/exhaustive';

type Size = { width: number; height: number };

/** The size a node of each kind is drawn at when first placed, in canvas units. */
export function defaultSize(kind: NodeKind): Size {
  switch (kind) {
    case 'process':
      return { width: 160, height: 90 };
    case 'inventory':
      return { width: 80, height: 70 };
    case 'supermarket':
      return { width: 90, height: 80 };
    case 'fifo-lane':
      return { width: 140, height: 50 };
    case 'safety-buffer':
      return { width: 70, height: 80 };
    case 'supplier':
    case 'customer':
    case 'outside-source':
      return { width: 150, height: 100 };
    case 'shipment':
      return { width: 120, height: 70 };
    case 'production-control':
      return { width: 180, height: 90 };
    case 'operator':
      return { width: 50, height: 60 };
    case 'kaizen-burst':
      return { width: 150, height: 110 };
    case 'go-see':
      return { width: 70, height: 50 };
    case 'sticky-note':
      return { width: 160, height: 120 };
    case 'text':
      return { width: 200, height: 40 };
    default:
      return exhaustiveSwitchError(kind, 'node kind');
  }
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

/** A node of the given kind with empty data, centred on `at`. */
export function createNode({ id, kind, at, z, text = '', color = DEFAULT_NOTE_COLOR }: NewNodeOptions): MapNode {
  const { width, height } = defaultSize(kind);
  const base = { id, x: at.x - width / 2, y: at.y - height / 2, width, height, z, text, color, originId: null };
  switch (kind) {
    case 'process':
      return { ...base, kind, process: {} };
    case 'inventory':
    case 'supermarket':
    case 'fifo-lane':
    case 'safety-buffer':
      return { ...base, kind, inventory: {} };
    case 'shipment':
      return { ...base, kind, shipment: {} };
    case 'supplier':
    case 'customer':
    case 'outside-source':
    case 'production-control':
    case 'operator':
    case 'kaizen-burst':
    case 'go-see':
    case 'sticky-note':
    case 'text':
      return { ...base, kind };
    default:
      return exhaustiveSwitchError(kind, 'node kind');
  }
}
