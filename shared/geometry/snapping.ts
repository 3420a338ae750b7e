import type { Rect } from './rect';

/**
 * Snapping while dragging: a moved box's left, centre and right (top, middle, bottom) lock onto
 * the same lines of the boxes around it when they come within `threshold`, and a guide is drawn
 * along the line; where no neighbour is close, the box's corner snaps to the grid instead. The
 * index is built once per drag, so each pointer move costs two binary searches however large
 * the map.
 */
export type SnapLine = { value: number; from: number; to: number };

/** Candidate lines sorted by value: `xs` are vertical lines, `ys` horizontal ones. */
export type SnapIndex = { xs: SnapLine[]; ys: SnapLine[] };

export type Guide = { orientation: 'vertical' | 'horizontal'; position: number; from: number; to: number };

export type SnapOptions = {
  /** How close, in canvas units, a line must come to catch. */
  threshold: number;
  /** The grid pitch to fall back on, or null for none. */
  grid: number | null;
};

export type SnapResult = { x: number; y: number; guides: Guide[] };

const byValue = (a: SnapLine, b: SnapLine) => a.value - b.value;

export function buildSnapIndex(rects: readonly Rect[]): SnapIndex {
  const xs: SnapLine[] = [];
  const ys: SnapLine[] = [];
  for (const rect of rects) {
    const vertical = { from: rect.y, to: rect.y + rect.height };
    const horizontal = { from: rect.x, to: rect.x + rect.width };
    for (const fraction of [0, 0.5, 1]) {
      xs.push({ value: rect.x + rect.width * fraction, ...vertical });
      ys.push({ value: rect.y + rect.height * fraction, ...horizontal });
    }
  }
  return { xs: xs.sort(byValue), ys: ys.sort(byValue) };
}

/** The index of the first line whose value is at least `value`. */
function lowerBound(lines: readonly SnapLine[], value: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (lines[mid]!.value < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function nearestLine(lines: readonly SnapLine[], value: number, threshold: number): SnapLine | null {
  const index = lowerBound(lines, value);
  let best: SnapLine | null = null;
  for (const candidate of [lines[index - 1], lines[index]]) {
    if (!candidate || Math.abs(candidate.value - value) > threshold) continue;
    if (!best || Math.abs(candidate.value - value) < Math.abs(best.value - value)) best = candidate;
  }
  return best;
}

type AxisSnap = { delta: number; line: number; span: [number, number] } | null;

/** The smallest move that puts one of the box's three lines on an indexed line, with the guide's extent. */
function snapAxis(lines: readonly SnapLine[], start: number, size: number, across: [number, number], threshold: number): AxisSnap {
  let best: { delta: number; value: number } | null = null;
  for (const offset of [0, size / 2, size]) {
    const hit = nearestLine(lines, start + offset, threshold);
    if (!hit) continue;
    const delta = hit.value - (start + offset);
    if (!best || Math.abs(delta) < Math.abs(best.delta)) best = { delta, value: hit.value };
  }
  if (!best) return null;
  let from = across[0];
  let to = across[1];
  for (let index = lowerBound(lines, best.value); index < lines.length && lines[index]!.value === best.value; index++) {
    from = Math.min(from, lines[index]!.from);
    to = Math.max(to, lines[index]!.to);
  }
  return { delta: best.delta, line: best.value, span: [from, to] };
}

function toGrid(value: number, grid: number | null): number {
  return grid ? Math.round(value / grid) * grid : value;
}

export function snapRect(moving: Rect, index: SnapIndex, { threshold, grid }: SnapOptions): SnapResult {
  const vertical = snapAxis(index.xs, moving.x, moving.width, [moving.y, moving.y + moving.height], threshold);
  const horizontal = snapAxis(index.ys, moving.y, moving.height, [moving.x, moving.x + moving.width], threshold);
  const guides: Guide[] = [];
  if (vertical) guides.push({ orientation: 'vertical', position: vertical.line, from: vertical.span[0], to: vertical.span[1] });
  if (horizontal) guides.push({ orientation: 'horizontal', position: horizontal.line, from: horizontal.span[0], to: horizontal.span[1] });
  return {
    x: vertical ? moving.x + vertical.delta : toGrid(moving.x, grid),
    y: horizontal ? moving.y + horizontal.delta : toGrid(moving.y, grid),
    guides,
  };
}
