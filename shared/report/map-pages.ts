import { intersects, type Rect } from '../geometry/rect';

/**
 * How a map goes onto paper so that its sticky notes stay legible. A map is printed at the
 * largest scale that fits the page, up to full size; a map that would have to shrink below
 * MIN_PRINT_SCALE to fit (where the canvas's smallest text, 15 units, would print under about
 * 6 points) is split instead: an overview of the whole map at the scale that fits, then the map
 * in parts, in reading order, each page holding one part at a common legible scale, with a strip
 * of overlap so nothing is lost at a cut, the parts centred on the map. All sizes are CSS pixels (1/96 inch) on paper and
 * canvas units on the map.
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

export const MIN_PRINT_SCALE = 0.55;

export const MAX_PRINT_SCALE = 1;

/** Paper pixels repeated at the joins of a split map: about 8 mm. */
export const PART_OVERLAP = 30;

function count(length: number, available: number, overlap: number): number {
  return Math.max(1, Math.ceil((length - overlap) / (available - overlap)));
}

export function planMapPages(content: Rect, area: Size, minScale = MIN_PRINT_SCALE, maxScale = MAX_PRINT_SCALE): MapPagePlan {
  const width = Math.max(1, content.width);
  const height = Math.max(1, content.height);
  const fit = Math.min(area.width / width, area.height / height, maxScale);
  if (fit >= minScale) return { scale: fit, parts: [{ ...content }], columns: 1, rows: 1, overviewScale: null };

  const columns = count(width * minScale, area.width, PART_OVERLAP);
  const rows = count(height * minScale, area.height, PART_OVERLAP);
  const scale = Math.min(
    maxScale,
    (columns * (area.width - PART_OVERLAP) + PART_OVERLAP) / width,
    (rows * (area.height - PART_OVERLAP) + PART_OVERLAP) / height,
  );
  const partWidth = area.width / scale;
  const partHeight = area.height / scale;
  const stepX = (area.width - PART_OVERLAP) / scale;
  const stepY = (area.height - PART_OVERLAP) / scale;
  // The parts together cover a little more than the map; that slack is shared on both sides.
  const left = content.x - ((columns - 1) * stepX + partWidth - width) / 2;
  const top = content.y - ((rows - 1) * stepY + partHeight - height) / 2;
  const parts: Rect[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      parts.push({ x: left + column * stepX, y: top + row * stepY, width: partWidth, height: partHeight });
    }
  }
  return { scale, parts, columns, rows, overviewScale: fit };
}

/** The parts that show something: a part of a split map with no node in it is not printed. */
export function partsWithContent(parts: readonly Rect[], drawn: readonly Rect[]): Rect[] {
  return parts.filter((part) => drawn.some((rect) => intersects(part, rect)));
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
