import { exhaustiveSwitchError } from '../util/exhaustive';
import { boundsOf, type Rect } from './rect';

/**
 * Align and distribute, as in any drawing tool: alignment lines the boxes up on an edge or centre
 * of the selection's bounds; distribution keeps the outermost two where they are and spaces the
 * others so the gaps between neighbours are equal.
 */
export const ALIGN_EDGES = ['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const;

export type AlignEdge = (typeof ALIGN_EDGES)[number];

export const DISTRIBUTE_AXES = ['horizontal', 'vertical'] as const;

export type DistributeAxis = (typeof DISTRIBUTE_AXES)[number];

export type Placed = Rect & { id: string };

export type Position = { id: string; x: number; y: number };

export function alignPositions(items: readonly Placed[], edge: AlignEdge): Position[] {
  const bounds = boundsOf(items);
  if (!bounds || items.length < 2) return [];
  return items.map((item) => {
    switch (edge) {
      case 'left':
        return { id: item.id, x: bounds.x, y: item.y };
      case 'centre':
        return { id: item.id, x: bounds.x + (bounds.width - item.width) / 2, y: item.y };
      case 'right':
        return { id: item.id, x: bounds.x + bounds.width - item.width, y: item.y };
      case 'top':
        return { id: item.id, x: item.x, y: bounds.y };
      case 'middle':
        return { id: item.id, x: item.x, y: bounds.y + (bounds.height - item.height) / 2 };
      case 'bottom':
        return { id: item.id, x: item.x, y: bounds.y + bounds.height - item.height };
      default:
        return exhaustiveSwitchError(edge, 'align edge');
    }
  });
}

export function distributePositions(items: readonly Placed[], axis: DistributeAxis): Position[] {
  if (items.length < 3) return [];
  const horizontal = axis === 'horizontal';
  const start = (rect: Rect) => (horizontal ? rect.x : rect.y);
  const size = (rect: Rect) => (horizontal ? rect.width : rect.height);
  const ordered = [...items].sort((a, b) => start(a) + size(a) / 2 - (start(b) + size(b) / 2));
  const first = ordered[0]!;
  const last = ordered.at(-1)!;
  const span = start(last) + size(last) - start(first);
  const occupied = ordered.reduce((total, item) => total + size(item), 0);
  const gap = (span - occupied) / (ordered.length - 1);
  let cursor = start(first);
  return ordered.map((item) => {
    const position = horizontal ? { id: item.id, x: cursor, y: item.y } : { id: item.id, x: item.x, y: cursor };
    cursor += size(item) + gap;
    return position;
  });
}
