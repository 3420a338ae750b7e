import type { MapNode } from './map-node';

/**
 * The canonical order of a map document's lists, so that two documents with the same content are
 * equal however they were made: connectors by id, nodes by stacking order.
 */
export function compareById(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The canonical order of a document's nodes: stacking order, ties broken by id. */
export function compareByStackingOrder(a: MapNode, b: MapNode): number {
  return a.z - b.z || compareById(a, b);
}
