import { describe, expect, it } from 'vitest';
import { buildSnapIndex, snapRect } from '../../../shared/geometry/snapping';

const neighbour = { x: 100, y: 100, width: 160, height: 90 };

describe('snapRect', () => {
  it("locks a box's left edge onto a neighbour's left edge within the threshold, with a guide spanning both", () => {
    const index = buildSnapIndex([neighbour]);
    const result = snapRect({ x: 104, y: 300, width: 80, height: 70 }, index, { threshold: 8, grid: null });
    expect(result.x).toBe(100);
    expect(result.y).toBe(300);
    expect(result.guides).toEqual([{ orientation: 'vertical', position: 100, from: 100, to: 370 }]);
  });

  it('locks centres: a box dragged under a process box lines up on its middle', () => {
    const index = buildSnapIndex([neighbour]);
    const result = snapRect({ x: 137, y: 400, width: 80, height: 70 }, index, { threshold: 8, grid: null });
    expect(result.x + 40).toBe(180);
  });

  it('locks onto the nearest of several lines, horizontally too', () => {
    const index = buildSnapIndex([neighbour, { x: 500, y: 103, width: 50, height: 50 }]);
    const result = snapRect({ x: 300, y: 101, width: 60, height: 60 }, index, { threshold: 8, grid: null });
    expect(result.y).toBe(100);
    expect(result.guides).toEqual([{ orientation: 'horizontal', position: 100, from: 100, to: 360 }]);
  });

  it('falls back to the grid where no neighbour is near, and draws no guide', () => {
    const index = buildSnapIndex([neighbour]);
    const result = snapRect({ x: 613, y: 587, width: 80, height: 70 }, index, { threshold: 8, grid: 20 });
    expect(result).toEqual({ x: 620, y: 580, guides: [] });
  });

  it('leaves the box where it is with neither grid nor neighbours in reach', () => {
    const result = snapRect({ x: 613, y: 587, width: 80, height: 70 }, buildSnapIndex([]), { threshold: 8, grid: null });
    expect(result).toEqual({ x: 613, y: 587, guides: [] });
  });

  it('stays quick on a map of thousands of boxes (the index is sorted, lookups are binary searches)', () => {
    const rects = Array.from({ length: 5000 }, (_, i) => ({ x: (i % 100) * 200, y: Math.floor(i / 100) * 150, width: 160, height: 120 }));
    const index = buildSnapIndex(rects);
    expect(index.xs).toHaveLength(15_000);
    const result = snapRect({ x: 1203, y: 2, width: 160, height: 120 }, index, { threshold: 8, grid: 20 });
    expect(result.x).toBe(1200);
    expect(result.y).toBe(0);
  });
});
