import { alignPositions, distributePositions, type AlignEdge, type DistributeAxis } from '../geometry/align';
import type { Rect } from '../geometry/rect';
import type { Id } from '../model/ids';
import { SizeSchema } from '../model/quantities';
import type { MapDocument } from '../model/vsm-map';
import { moveNodes, updateNodes } from './commands';
import type { MapChange } from './map-change';

/** Commands that place nodes relative to each other or change their size. */

function placed(doc: MapDocument, ids: readonly Id[]) {
  const wanted = new Set(ids);
  return doc.nodes.filter((node) => wanted.has(node.id));
}

export function alignNodes(doc: MapDocument, ids: readonly Id[], edge: AlignEdge): MapChange[] {
  return moveNodes(doc, alignPositions(placed(doc, ids), edge));
}

export function distributeNodes(doc: MapDocument, ids: readonly Id[], axis: DistributeAxis): MapChange[] {
  return moveNodes(doc, distributePositions(placed(doc, ids), axis));
}

/** The smallest a resized node may become, so it can still be seen and grabbed. */
export const MIN_NODE_SIZE = 20;

/** Moves and resizes one node to `rect`; sizes below the minimum are raised to it. */
export function resizeNode(doc: MapDocument, id: Id, rect: Rect): MapChange[] {
  const width = SizeSchema.parse(Math.max(MIN_NODE_SIZE, rect.width));
  const height = SizeSchema.parse(Math.max(MIN_NODE_SIZE, rect.height));
  return updateNodes(doc, [id], (node) =>
    node.x === rect.x && node.y === rect.y && node.width === width && node.height === height
      ? node
      : { ...node, x: rect.x, y: rect.y, width, height },
  );
}

/** Nudges the nodes by a fixed amount, as the arrow keys do. */
export function nudgeNodes(doc: MapDocument, ids: readonly Id[], dx: number, dy: number): MapChange[] {
  return moveNodes(
    doc,
    placed(doc, ids).map((node) => ({ id: node.id, x: node.x + dx, y: node.y + dy })),
  );
}

/** Puts the nodes above (or below) every other node, keeping their order among themselves. */
export function restackNodes(doc: MapDocument, ids: readonly Id[], to: 'front' | 'back'): MapChange[] {
  const moving = placed(doc, ids);
  if (moving.length === 0) return [];
  const wanted = new Set(ids);
  const others = doc.nodes.filter((node) => !wanted.has(node.id));
  const zs = others.map((node) => node.z);
  const start = to === 'front' ? Math.max(0, ...zs) + 1 : Math.min(0, ...zs) - moving.length;
  const target = new Map(moving.map((node, index) => [node.id, start + index]));
  return updateNodes(doc, ids, (node) => {
    const z = target.get(node.id)!;
    return node.z === z ? node : { ...node, z };
  });
}
