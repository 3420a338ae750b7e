import type { Size, Viewport } from '../../editor/viewport';

/**
 * A zoom or pan gesture shows the wall as last drawn, moved and scaled (use-viewport-control.ts):
 * where that drawing lands on screen, and how far it may be taken before the wall must be drawn
 * again.
 */

/** Zoomed in this far past the drawing, the bitmap blurs too much. */
const MAX_BITMAP_ZOOM_IN = 2.5;
/** Zoomed out or panned so that this share of the screen's width or height is not covered by the drawing, too much of it is blank. */
const MAX_BLANK_SHARE = 1 / 4;

export function withinBitmapReach(from: Viewport, next: Viewport, size: Size): boolean {
  const zoom = next.scale / from.scale;
  if (zoom > MAX_BITMAP_ZOOM_IN) return false;
  const { x, y } = bitmapOffset(from, next);
  const blank = (start: number, length: number) => Math.max(0, start) + Math.max(0, length - (start + length * zoom));
  return blank(x, size.width) <= size.width * MAX_BLANK_SHARE && blank(y, size.height) <= size.height * MAX_BLANK_SHARE;
}

/** Where the drawing's top-left corner lands on screen: a map point drawn at p shows at next.x + (p - from.x) * zoom. */
function bitmapOffset(from: Viewport, next: Viewport): { x: number; y: number } {
  const zoom = next.scale / from.scale;
  return { x: next.x - from.x * zoom, y: next.y - from.y * zoom };
}

/** The CSS transform (about the top-left corner) that shows a drawing made at `from` as the wall looks at `next`. */
export function bitmapTransform(from: Viewport, next: Viewport): string {
  const { x, y } = bitmapOffset(from, next);
  return `translate(${x}px, ${y}px) scale(${next.scale / from.scale})`;
}
