import { describe, expect, it } from 'vitest';
import { bitmapTransform, withinBitmapReach } from '../../../../renderer/canvas/interaction/bitmap-gesture';
import { panBy, toCanvasPoint, zoomAt, type Viewport } from '../../../../renderer/editor/viewport';

const screen = { width: 1600, height: 900 };
const drawn: Viewport = { x: 120, y: -40, scale: 0.5 };

/** Where a point of the drawing (in canvas pixels) shows on screen under a CSS transform "translate(x, y) scale(s)". */
function shownAt(transform: string, point: { x: number; y: number }) {
  const [, x, y, s] = /translate\((.+)px, (.+)px\) scale\((.+)\)/.exec(transform)!.map(Number) as [number, number, number, number];
  return { x: x + point.x * s, y: y + point.y * s };
}

describe('a gesture shown as the last drawing moved and scaled', () => {
  it('puts every map point where the new viewport shows it', () => {
    const next = panBy(zoomAt(drawn, { x: 700, y: 300 }, 1.7), 35, -12);
    const transform = bitmapTransform(drawn, next);
    for (const pixel of [
      { x: 0, y: 0 },
      { x: 700, y: 300 },
      { x: 1600, y: 900 },
    ]) {
      const mapPoint = toCanvasPoint(drawn, pixel);
      const expected = { x: next.x + mapPoint.x * next.scale, y: next.y + mapPoint.y * next.scale };
      const shown = shownAt(transform, pixel);
      expect(shown.x).toBeCloseTo(expected.x, 6);
      expect(shown.y).toBeCloseTo(expected.y, 6);
    }
  });

  it('leaves the drawing as it is when nothing moved', () => {
    expect(bitmapTransform(drawn, drawn)).toBe('translate(0px, 0px) scale(1)');
  });

  it('keeps moving the drawing for a few wheel notches either way and a short pan', () => {
    expect(withinBitmapReach(drawn, zoomAt(drawn, { x: 800, y: 450 }, 2), screen)).toBe(true);
    expect(withinBitmapReach(drawn, zoomAt(drawn, { x: 0, y: 0 }, 2.4), screen)).toBe(true);
    expect(withinBitmapReach(drawn, zoomAt(drawn, { x: 800, y: 450 }, 0.8), screen)).toBe(true);
    expect(withinBitmapReach(drawn, panBy(drawn, 300, -200), screen)).toBe(true);
  });

  it('asks for the wall to be drawn again once the drawing would blur or leave much of the screen blank', () => {
    expect(withinBitmapReach(drawn, zoomAt(drawn, { x: 800, y: 450 }, 3), screen)).toBe(false);
    expect(withinBitmapReach(drawn, zoomAt(drawn, { x: 800, y: 450 }, 0.7), screen)).toBe(false);
    expect(withinBitmapReach(drawn, zoomAt(drawn, { x: 0, y: 450 }, 0.8), screen)).toBe(true);
    expect(withinBitmapReach(drawn, zoomAt(drawn, { x: 0, y: 450 }, 0.7), screen)).toBe(false);
    expect(withinBitmapReach(drawn, panBy(drawn, 500, 0), screen)).toBe(false);
    expect(withinBitmapReach(drawn, panBy(drawn, 0, -300), screen)).toBe(false);
  });
});
