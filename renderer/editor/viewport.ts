import type { Point, Rect } from '../../shared/geometry/rect';

/** Where the canvas looks: the screen position of the map's origin and the zoom factor. */
export type Viewport = { x: number; y: number; scale: number };

export type Size = { width: number; height: number };

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

/** A Konva stage's position and zoom for a viewport, so every stage reads the viewport the same way. */
export function stageTransform(viewport: Viewport): { x: number; y: number; scaleX: number; scaleY: number } {
  return { x: viewport.x, y: viewport.y, scaleX: viewport.scale, scaleY: viewport.scale };
}

export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}

/** The part of the map a screen of `size` shows. */
export function visibleRect(viewport: Viewport, size: Size): Rect {
  return {
    x: -viewport.x / viewport.scale,
    y: -viewport.y / viewport.scale,
    width: size.width / viewport.scale,
    height: size.height / viewport.scale,
  };
}

/** The viewport that shows `content` whole and centred in a screen of `size`, never above `maxScale`. */
export function fitRect(content: Rect | null, size: Size, margin = 48, maxScale = 1): Viewport {
  if (!content || content.width <= 0 || content.height <= 0) return { x: size.width / 2, y: size.height / 2, scale: 1 };
  const scale = clampScale(Math.min(maxScale, (size.width - 2 * margin) / content.width, (size.height - 2 * margin) / content.height));
  return {
    scale,
    x: size.width / 2 - (content.x + content.width / 2) * scale,
    y: size.height / 2 - (content.y + content.height / 2) * scale,
  };
}

/** The smallest pan that brings `rect` wholly into view (with a margin), at the same zoom. */
export function revealRect(viewport: Viewport, size: Size, rect: Rect, margin = 48): Viewport {
  const shift = (start: number, length: number, screenStart: number, screenLength: number) => {
    if (start < screenStart + margin) return screenStart + margin - start;
    const overflow = start + length - (screenStart + screenLength - margin);
    return overflow > 0 ? -Math.min(overflow, start - screenStart - margin) : 0;
  };
  const left = rect.x * viewport.scale + viewport.x;
  const top = rect.y * viewport.scale + viewport.y;
  const dx = shift(left, rect.width * viewport.scale, 0, size.width);
  const dy = shift(top, rect.height * viewport.scale, 0, size.height);
  return dx === 0 && dy === 0 ? viewport : { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}
