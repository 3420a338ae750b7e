import { describe, expect, it } from 'vitest';
import { besideRight, freeSpot } from '../../../shared/geometry/free-spot';
import { topmostAt } from '../../../shared/geometry/hit-test';
import { intersects, type Rect } from '../../../shared/geometry/rect';

describe('freeSpot', () => {
  const note = { width: 100, height: 100 };
  const clear = (point: { x: number; y: number }, rects: readonly Rect[]) =>
    rects.every((rect) => !intersects(rect, { x: point.x - 50, y: point.y - 50, width: 100, height: 100 }));

  it('takes the wanted spot when it is free', () => {
    expect(freeSpot([{ x: 500, y: 500, width: 10, height: 10 }], { x: 0, y: 0 }, note)).toEqual({ x: 0, y: 0 });
  });

  it('moves a new node off a box it would cover, not just off its centre, to the nearest free spot', () => {
    // A process box with its data box, whose top-left corner is near the wanted spot.
    const process = [{ x: 20, y: 10, width: 160, height: 200 }];
    const spot = freeSpot(process, { x: 0, y: 0 }, note, 32);
    expect(clear(spot, process)).toBe(true);
    expect(Math.hypot(spot.x, spot.y)).toBeLessThanOrEqual(32 * 3);
  });

  it('fans out several nodes added one after another at the same spot', () => {
    const placed: Rect[] = [];
    for (let count = 0; count < 5; count++) {
      const spot = freeSpot(placed, { x: 0, y: 0 }, note);
      expect(clear(spot, placed)).toBe(true);
      placed.push({ x: spot.x - 50, y: spot.y - 50, width: 100, height: 100 });
    }
  });

  it('where everything around is taken, still steps past nodes centred on the spot', () => {
    const wall = [
      { x: -5_000, y: -5_000, width: 10_000, height: 10_000 },
      { x: -50, y: -50, width: 100, height: 100 },
    ];
    expect(freeSpot(wall, { x: 0, y: 0 }, note, 32)).toEqual({ x: 32, y: 32 });
  });
});

describe('besideRight', () => {
  it('continues a row: the next box sits right of the anchor, middles level', () => {
    expect(besideRight({ x: 0, y: 0, width: 160, height: 90 }, { width: 80, height: 70 }, 40)).toEqual({ x: 240, y: 45 });
  });
});

describe('topmostAt', () => {
  it('finds the last (topmost) item under the point', () => {
    const items = [
      { id: 'under', x: 0, y: 0, width: 100, height: 100 },
      { id: 'over', x: 50, y: 50, width: 100, height: 100 },
    ];
    expect(topmostAt(items, { x: 75, y: 75 })?.id).toBe('over');
    expect(topmostAt(items, { x: 10, y: 10 })?.id).toBe('under');
    expect(topmostAt(items, { x: 500, y: 10 })).toBeNull();
  });
});
