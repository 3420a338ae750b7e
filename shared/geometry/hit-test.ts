import { containsPoint, type Point, type Rect } from './rect';

/** The topmost of `items` (given bottom to top, as a map stacks its nodes) that contains the point. */
export function topmostAt<T extends Rect>(items: readonly T[], point: Point): T | null {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index]!;
    if (containsPoint(item, point)) return item;
  }
  return null;
}
