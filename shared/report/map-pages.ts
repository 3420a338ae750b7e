import { intersects, type Rect } from '../geometry/rect';

/**
 * How a map goes onto paper so that its text stays legible and no node is cut in two.
 *
 * - A map is printed on one landscape page at the largest scale that fits, up to full size, as
 *   long as that scale keeps its data boxes' text (16 canvas units) at 6 points or more:
 *   MIN_PRINT_SCALE. Learning to See's 15-node current state is one page.
 * - Only a map that would print smaller is split: an overview of the whole map at the scale that
 *   fits, then the map in parts at one legible scale, in reading order. The cuts run through the
 *   empty space between nodes, never through a node (unless one node is wider or taller than a
 *   page, which no cut can keep whole), so each node is printed whole on exactly one part; the
 *   parts hold no overlap strip, since nothing straddles a cut.
 * - A part with no node on it is not printed (partsWithContent).
 *
 * All sizes are CSS pixels (1/96 inch) on paper and canvas units on the map.
 */
export type Size = { width: number; height: number };

export type MapPagePlan = {
  /** Paper pixels per canvas unit for the parts (or the single page). */
  scale: number;
  /** The map's area on each page, in reading order; one when the map fits. */
  parts: Rect[];
  columns: number;
  rows: number;
  /** Paper pixels per canvas unit of the overview page; null when the map fits on one page. */
  overviewScale: number | null;
};

/** 16-unit text at 6 pt: 16 × 0.5 paper pixels × 0.75 pt per pixel. */
export const MIN_PRINT_SCALE = 0.5;

export const MAX_PRINT_SCALE = 1;

type Span = { start: number; end: number };

/** The stretches of an axis that no node covers, between the merged spans of the nodes. */
function gapsBetween(from: number, to: number, spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const gaps: Span[] = [];
  let reached = from;
  for (const span of sorted) {
    if (span.start > reached) gaps.push({ start: reached, end: span.start });
    reached = Math.max(reached, span.end);
  }
  if (reached < to) gaps.push({ start: reached, end: to });
  return gaps;
}

/** Canvas units a cut keeps from the next node, for its outline and shadow. */
const CUT_CLEARANCE = 12;

/**
 * Cuts [from, to] into pieces no longer than `length`, each cut in a gap between `spans` (the
 * nodes along this axis), as far along as the page allows and just clear of the next node, so
 * the next piece has the most room; a forced cut at the page's edge only where no gap is in reach.
 */
export function cutBetween(from: number, to: number, length: number, spans: readonly Span[]): Span[] {
  const gaps = gapsBetween(from, to, spans);
  const pieces: Span[] = [];
  let start = from;
  while (to - start > length + 1e-9) {
    const limit = start + length;
    const cuts = gaps
      .filter((gap) => gap.start <= limit && gap.end > start)
      .map((gap) => Math.min(gap.end - Math.min(CUT_CLEARANCE, (gap.end - gap.start) / 2), limit))
      .filter((cut) => cut > start + 1e-9);
    const cut = cuts.length > 0 ? Math.max(...cuts) : limit;
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end: to });
  return pieces;
}

function grid(content: Rect, nodes: readonly Rect[], scale: number, area: Size): { columns: Span[]; rows: Span[] } {
  const columns = cutBetween(
    content.x,
    content.x + content.width,
    area.width / scale,
    nodes.map((node) => ({ start: node.x, end: node.x + node.width })),
  );
  const rows = cutBetween(
    content.y,
    content.y + content.height,
    area.height / scale,
    nodes.map((node) => ({ start: node.y, end: node.y + node.height })),
  );
  return { columns, rows };
}

export function planMapPages(
  content: Rect,
  area: Size,
  nodes: readonly Rect[] = [],
  minScale = MIN_PRINT_SCALE,
  maxScale = MAX_PRINT_SCALE,
): MapPagePlan {
  const width = Math.max(1, content.width);
  const height = Math.max(1, content.height);
  const fit = Math.min(area.width / width, area.height / height, maxScale);
  if (fit >= minScale) return { scale: fit, parts: [{ ...content }], columns: 1, rows: 1, overviewScale: null };

  // The largest scale, from the one that fills the fewest pages down to the floor, whose cuts
  // between nodes need no more pages than that.
  const fewest = Math.ceil((width * minScale) / area.width) * Math.ceil((height * minScale) / area.height);
  const widest = Math.min(
    maxScale,
    (Math.ceil((width * minScale) / area.width) * area.width) / width,
    (Math.ceil((height * minScale) / area.height) * area.height) / height,
  );
  let scale = minScale;
  for (let candidate = widest; candidate > minScale; candidate *= 0.97) {
    const { columns, rows } = grid(content, nodes, candidate, area);
    if (columns.length * rows.length <= fewest) {
      scale = candidate;
      break;
    }
  }
  const { columns, rows } = grid(content, nodes, scale, area);
  const parts = rows.flatMap((row) =>
    columns.map((column) => ({ x: column.start, y: row.start, width: column.end - column.start, height: row.end - row.start })),
  );
  return { scale, parts, columns: columns.length, rows: rows.length, overviewScale: fit };
}

/** The parts that show something: a part of a split map with no node in it is not printed. */
export function partsWithContent(parts: readonly Rect[], drawn: readonly Rect[]): Rect[] {
  return parts.filter((part) => drawn.some((rect) => intersects(part, rect)));
}

/**
 * Where a part's number goes on the overview: in the middle of the part, else the middle of its
 * top or bottom edge, else a corner, wherever no node is, so it never sits on a process name and
 * reads as its part's; a part with no free place gets its number just outside the picture, above
 * its column (the caller leaves that strip free). Sizes in canvas units.
 */
type PartLabel = { x: number; y: number; outside: boolean };

export function partLabelPlace(part: Rect, nodes: readonly Rect[], label: Size, bounds: Rect): PartLabel {
  const middle = { x: part.x + (part.width - label.width) / 2, y: part.y + (part.height - label.height) / 2 };
  const places = [
    middle,
    { x: middle.x, y: part.y },
    { x: middle.x, y: part.y + part.height - label.height },
    { x: part.x, y: part.y },
    { x: part.x + part.width - label.width, y: part.y },
    { x: part.x, y: part.y + part.height - label.height },
    { x: part.x + part.width - label.width, y: part.y + part.height - label.height },
  ];
  const free = places.find((corner) => {
    const box = { ...corner, ...label };
    const withinPicture =
      box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
    return withinPicture && !nodes.some((node) => intersects(box, node));
  });
  return free ? { ...free, outside: false } : { x: Math.max(bounds.x, part.x), y: bounds.y - label.height, outside: true };
}

/**
 * A PNG export's pixel ratio: the one asked for, unless the image would pass what a browser can
 * draw in one canvas (MAX_IMAGE_SIDE on a side, MAX_IMAGE_PIXELS in all), in which case the
 * largest ratio that fits; `reduced` says so, for the message.
 */
export const MAX_IMAGE_SIDE = 16_384;

export const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;

export function imagePixelRatio(content: Size, requested: number): { ratio: number; reduced: boolean } {
  const width = Math.max(1, content.width);
  const height = Math.max(1, content.height);
  const limit = Math.min(MAX_IMAGE_SIDE / width, MAX_IMAGE_SIDE / height, Math.sqrt(MAX_IMAGE_PIXELS / (width * height)));
  return limit >= requested ? { ratio: requested, reduced: false } : { ratio: Math.floor(limit * 100) / 100, reduced: true };
}
