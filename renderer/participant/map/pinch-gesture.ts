import type { Point } from '../../../shared/geometry/rect';
import { clampScale, toCanvasPoint, type Viewport } from '../../editor/viewport';

/**
 * One or two fingers on the map: one drags it, two pinch it. The map point first touched stays
 * under the fingers (under their midpoint for a pinch), so the map follows the hand the way a
 * photo does; the gesture always starts from where the fingers are now, so lifting or adding a
 * finger midway never makes the map jump.
 */
export type Gesture = { start: Viewport; anchor: Point; spread: number };

function midpoint(points: readonly Point[]): Point {
  const sum = points.reduce((total, point) => ({ x: total.x + point.x, y: total.y + point.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

function spreadOf(points: readonly Point[]): number {
  const [first, second] = points;
  return first && second ? Math.hypot(second.x - first.x, second.y - first.y) : 0;
}

export function beginGesture(viewport: Viewport, fingers: readonly Point[]): Gesture | null {
  if (fingers.length === 0) return null;
  return { start: viewport, anchor: toCanvasPoint(viewport, midpoint(fingers)), spread: spreadOf(fingers) };
}

export function moveGesture(gesture: Gesture, fingers: readonly Point[]): Viewport {
  const centre = midpoint(fingers);
  const spread = spreadOf(fingers);
  const scale = gesture.spread > 0 && spread > 0 ? clampScale(gesture.start.scale * (spread / gesture.spread)) : gesture.start.scale;
  return { scale, x: centre.x - gesture.anchor.x * scale, y: centre.y - gesture.anchor.y * scale };
}
