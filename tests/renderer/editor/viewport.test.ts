import { describe, expect, it } from 'vitest';
import { fitRect, revealRect, toCanvasPoint, visibleRect, zoomAt } from '../../../renderer/editor/viewport';

const size = { width: 1000, height: 600 };

describe('viewport', () => {
  it('zooms about the pointer, keeping the map point under it in place', () => {
    const before = { x: 100, y: 50, scale: 1 };
    const anchor = { x: 400, y: 300 };
    const after = zoomAt(before, anchor, 2);
    expect(toCanvasPoint(after, anchor)).toEqual(toCanvasPoint(before, anchor));
    expect(after.scale).toBe(2);
  });

  it('fits content centred, never above the maximum zoom', () => {
    const view = fitRect({ x: 0, y: 0, width: 2000, height: 500 }, size, 0);
    expect(view.scale).toBe(0.5);
    expect(visibleRect(view, size)).toMatchObject({ y: -350, width: 2000, height: 1200 });
    expect(visibleRect(view, size).x).toBeCloseTo(0);
    expect(fitRect({ x: 0, y: 0, width: 10, height: 10 }, size, 0, 2).scale).toBe(2);
  });

  it('pans just enough to reveal a box off screen, and not at all for one in view', () => {
    const view = { x: 0, y: 0, scale: 1 };
    expect(revealRect(view, size, { x: 100, y: 100, width: 100, height: 100 })).toBe(view);
    const revealed = revealRect(view, size, { x: 1200, y: 100, width: 100, height: 100 }, 48);
    expect(revealed).toEqual({ x: -348, y: 0, scale: 1 });
    expect(revealRect(view, size, { x: -300, y: -20, width: 100, height: 100 }, 48)).toEqual({ x: 348, y: 68, scale: 1 });
  });
});
