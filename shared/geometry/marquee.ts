import { intersects, type Rect } from './rect';

/**
 * Marquee selection: dragging a box over empty canvas selects every item the box touches, as on
 * a whiteboard, so a box drawn loosely around a cluster of notes catches all of them.
 */
export function idsInMarquee<T extends Rect & { id: string }>(items: readonly T[], marquee: Rect): string[] {
  return items.filter((item) => intersects(item, marquee)).map((item) => item.id);
}
