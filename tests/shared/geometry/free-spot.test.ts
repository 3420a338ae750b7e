import { describe, expect, it } from 'vitest';
import { besideRight, freeSpot } from '../../../shared/geometry/free-spot';
import { topmostAt } from '../../../shared/geometry/hit-test';

describe('freeSpot', () => {
  it('takes the wanted spot when it is free', () => {
    expect(freeSpot([{ x: 500, y: 500, width: 10, height: 10 }], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('steps down and right past nodes already centred there', () => {
    const rects = [
      { x: -50, y: -50, width: 100, height: 100 },
      { x: -18, y: -18, width: 100, height: 100 },
    ];
    expect(freeSpot(rects, { x: 0, y: 0 }, 32)).toEqual({ x: 64, y: 64 });
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
