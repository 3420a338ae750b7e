/** Where the canvas looks: the screen position of the map's origin and the zoom factor. */
export type Viewport = { x: number; y: number; scale: number };

export type Point = { x: number; y: number };

export type Rect = { x: number; y: number; width: number; height: number };

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 4;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function toCanvasPoint(viewport: Viewport, screen: Point): Point {
  return { x: (screen.x - viewport.x) / viewport.scale, y: (screen.y - viewport.y) / viewport.scale };
}

/** Zooms by `factor` keeping the map point under `anchor` (a screen point) where it is. */
export function zoomAt(viewport: Viewport, anchor: Point, factor: number): Viewport {
  const scale = clampScale(viewport.scale * factor);
  const focus = toCanvasPoint(viewport, anchor);
  return { scale, x: anchor.x - focus.x * scale, y: anchor.y - focus.y * scale };
}

/** The viewport that shows `content` whole and centred in a screen of `size`, never above `maxScale` (100 %). */
export function fitRect(content: Rect | null, size: { width: number; height: number }, margin = 48, maxScale = 1): Viewport {
  if (!content || content.width <= 0 || content.height <= 0) return { x: size.width / 2, y: size.height / 2, scale: 1 };
  const scale = clampScale(
    Math.min(maxScale, (size.width - 2 * margin) / content.width, (size.height - 2 * margin) / content.height),
  );
  return {
    scale,
    x: size.width / 2 - (content.x + content.width / 2) * scale,
    y: size.height / 2 - (content.y + content.height / 2) * scale,
  };
}

export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const rect of rects) {
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.width);
    bottom = Math.max(bottom, rect.y + rect.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
