import type { Rect } from '../geometry/rect';

/**
 * Where the difference overlay's badges go, so that no two overlap and none sits on a node when
 * there is room elsewhere: each badge tries its preferred side of its mark (above, or below for a
 * removed node's ghost), then the other side, then further rows out on either side, and takes the
 * first place that is clear of the badges already placed and of every node; failing that, the
 * first clear of the badges alone. Marks are placed left to right, top to bottom. Sizes are in map
 * units at the current zoom, since a badge keeps its size on screen.
 */
export type BadgeRequest = { rect: Rect; width: number; height: number; prefer: 'above' | 'below' };

/** Map units between a badge and its mark, and between stacked badges. */
type BadgeSpacing = { gap: number };

const ROWS = 3;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function candidates(request: BadgeRequest, gap: number): Rect[] {
  const { rect, width, height, prefer } = request;
  const above = (row: number) => ({ x: rect.x - gap, y: rect.y - (row + 1) * (height + gap), width, height });
  const below = (row: number) => ({ x: rect.x - gap, y: rect.y + rect.height + gap + row * (height + gap), width, height });
  const places: Rect[] = [];
  for (let row = 0; row < ROWS; row += 1) {
    places.push(...(prefer === 'above' ? [above(row), below(row)] : [below(row), above(row)]));
  }
  return places;
}

/** Each request's badge rectangle, in the order given. */
export function placeBadges(requests: readonly BadgeRequest[], obstacles: readonly Rect[], { gap }: BadgeSpacing): Rect[] {
  const order = requests
    .map((request, index) => ({ request, index }))
    .sort((a, b) => a.request.rect.x - b.request.rect.x || a.request.rect.y - b.request.rect.y);
  const placed: Rect[] = [];
  const result: Rect[] = new Array<Rect>(requests.length);
  for (const { request, index } of order) {
    const options = candidates(request, gap);
    const clearOfBadges = options.filter((option) => !placed.some((badge) => overlaps(option, badge)));
    const chosen = clearOfBadges.find((option) => !obstacles.some((obstacle) => overlaps(option, obstacle))) ?? clearOfBadges[0] ?? options[0]!;
    placed.push(chosen);
    result[index] = chosen;
  }
  return result;
}
