import { boundsOf, centre, containsPoint, type Point, type Rect } from '../geometry/rect';
import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import type { MapDocument } from '../model/vsm-map';
import { copyFragment, type MapFragment } from './clipboard';
import { topZ } from './commands';
import type { MapChange } from './map-change';

/**
 * Paste, duplicate and "start from a worked example" all place a fragment on a map: every node
 * and connector gets a fresh id (so the same fragment can be placed twice, or on the map it
 * came from), the nodes keep their layout and stack above everything already there, and no
 * lineage is carried over — a copy is a new thing on the wall, not a derivation.
 */
export type Placement = { changes: MapChange[]; nodeIds: Id[] };

function withoutLineage(node: MapNode, id: Id, offset: Point, z: number): MapNode {
  const { mergedOriginIds: _dropped, ...rest } = node;
  return { ...rest, id, x: node.x + offset.x, y: node.y + offset.y, z, originId: null };
}

export function placeFragment(doc: MapDocument, fragment: MapFragment, offset: Point, newId: () => Id): Placement {
  const ids = new Map(fragment.nodes.map((node) => [node.id, newId()]));
  const base = topZ(doc) + 1;
  const nodes = fragment.nodes.map((node, index) => withoutLineage(node, ids.get(node.id)!, offset, base + index));
  const changes: MapChange[] = nodes.map((node) => ({ op: 'putNode', node }));
  for (const connector of fragment.connectors) {
    const fromId = ids.get(connector.fromId);
    const toId = ids.get(connector.toId);
    if (!fromId || !toId) continue;
    changes.push({ op: 'putConnector', connector: { ...connector, id: newId(), fromId, toId, originId: null } });
  }
  return { changes, nodeIds: nodes.map((node) => node.id) };
}

/** The part of the map on screen, and its middle. */
export type PasteView = { visible: Rect; middle: Point };

/**
 * How far to shift a pasted fragment. Where it was copied from is in view: each paste of the same
 * copy lands a step further down and right (`repeat` counts them from 1), so the copies do not
 * hide each other. Else (another map, or scrolled away) it lands in the middle of the view.
 */
export function pasteOffset(fragment: MapFragment, view: PasteView, repeat: number, step = 24): Point {
  const bounds = boundsOf(fragment.nodes);
  if (!bounds) return { x: 0, y: 0 };
  const middle = centre(bounds);
  if (containsPoint(view.visible, middle)) return { x: step * repeat, y: step * repeat };
  return { x: Math.round(view.middle.x - middle.x), y: Math.round(view.middle.y - middle.y) };
}

/** Copies of the listed nodes (and the connectors between them), a step down and right. */
export function duplicateNodes(doc: MapDocument, ids: Iterable<Id>, newId: () => Id, step = 24): Placement {
  const fragment = copyFragment(doc, ids);
  return fragment ? placeFragment(doc, fragment, { x: step, y: step }, newId) : { changes: [], nodeIds: [] };
}

/** Puts a worked example's nodes, connectors and settings onto a map, as one undoable step. */
export function placeExample(doc: MapDocument, example: MapDocument, newId: () => Id): Placement {
  const fragment = copyFragment(
    example,
    example.nodes.map((node) => node.id),
  );
  const placed = fragment ? placeFragment(doc, fragment, { x: 0, y: 0 }, newId) : { changes: [], nodeIds: [] };
  const { settings } = example.map;
  const sameSettings = JSON.stringify(settings) === JSON.stringify(doc.map.settings);
  return { changes: sameSettings ? placed.changes : [...placed.changes, { op: 'setSettings', settings }], nodeIds: placed.nodeIds };
}
