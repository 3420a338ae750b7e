import { boundsOf, inflate, intersects, type Rect } from '../../shared/geometry/rect';
import type { MapNode } from '../../shared/model/map-node';
import type { NodeKind } from '../../shared/model/node-kinds';
import type { MapSettings } from '../../shared/model/vsm-map';
import { nodeExtent } from './shapes/node-extent';
import { fitRect, type Size, type Viewport } from '../editor/viewport';

/**
 * What "zoom to fit" shows: the value stream — the flow, its symbols and the notes that sit
 * beside them — not a sticky note or a word of text left far out on the wall, which would shrink
 * the whole map to make room for empty space. A map of notes only fits all of them. The screen's
 * margin is smaller on a small screen, where every pixel of the map counts.
 */
const LOOSE_KINDS: ReadonlySet<NodeKind> = new Set(['sticky-note', 'text']);

/** A loose note this close to the value stream (canvas units) belongs to its picture. */
const NEARBY = 240;

const SMALL_SCREEN_WIDTH = 1000;

export function valueStreamBounds(nodes: readonly MapNode[], settings: Pick<MapSettings, 'workingTimePerDay'>): Rect | null {
  const extentOf = (node: MapNode) => nodeExtent(node, settings);
  const symbols = boundsOf(nodes.filter((node) => !LOOSE_KINDS.has(node.kind)).map(extentOf));
  if (!symbols) return boundsOf(nodes.map(extentOf));
  const near = inflate(symbols, NEARBY);
  const notesBeside = nodes
    .filter((node) => LOOSE_KINDS.has(node.kind))
    .map(extentOf)
    .filter((extent) => intersects(extent, near));
  return boundsOf([symbols, ...notesBeside]);
}

export function fitMargin(size: Size): number {
  return size.width < SMALL_SCREEN_WIDTH ? 24 : 48;
}

/** The viewport that shows the map's value stream whole on a screen of `size`, or null for an empty map. */
export function fitValueStream(
  nodes: readonly MapNode[],
  settings: Pick<MapSettings, 'workingTimePerDay'>,
  size: Size,
  maxScale = 1,
): Viewport | null {
  const bounds = valueStreamBounds(nodes, settings);
  return bounds ? fitRect(bounds, size, fitMargin(size), maxScale) : null;
}
