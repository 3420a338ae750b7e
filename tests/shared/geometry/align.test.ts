import { describe, expect, it } from 'vitest';
import { alignPositions, distributePositions } from '../../../shared/geometry/align';

const boxes = [
  { id: 'a', x: 0, y: 10, width: 100, height: 50 },
  { id: 'b', x: 300, y: 100, width: 50, height: 30 },
  { id: 'c', x: 120, y: 40, width: 60, height: 100 },
];

describe('alignPositions', () => {
  it('lines boxes up on an edge of the selection bounds', () => {
    expect(alignPositions(boxes, 'left').map((p) => p.x)).toEqual([0, 0, 0]);
    expect(alignPositions(boxes, 'right').map((p) => p.x)).toEqual([250, 300, 290]);
    expect(alignPositions(boxes, 'top').map((p) => p.y)).toEqual([10, 10, 10]);
    expect(alignPositions(boxes, 'bottom').map((p) => p.y)).toEqual([90, 110, 40]);
  });

  it('centres boxes on the middle of the selection bounds, keeping the other axis', () => {
    expect(alignPositions(boxes, 'centre')).toEqual([
      { id: 'a', x: 125, y: 10 },
      { id: 'b', x: 150, y: 100 },
      { id: 'c', x: 145, y: 40 },
    ]);
    expect(alignPositions(boxes, 'middle').map((p) => p.y + boxes.find((b) => b.id === p.id)!.height / 2)).toEqual([75, 75, 75]);
  });

  it('does nothing for fewer than two boxes', () => {
    expect(alignPositions(boxes.slice(0, 1), 'left')).toEqual([]);
  });
});

describe('distributePositions', () => {
  it('keeps the outer boxes and makes the gaps between neighbours equal', () => {
    const result = distributePositions(boxes, 'horizontal');
    const byId = new Map(result.map((p) => [p.id, p]));
    expect(byId.get('a')!.x).toBe(0);
    expect(byId.get('b')!.x).toBe(300);
    // Span 350, widths 210, so each of the two gaps is 70.
    expect(byId.get('c')!.x).toBe(170);
    expect(result.every((p) => p.y === boxes.find((b) => b.id === p.id)!.y)).toBe(true);
  });

  it('distributes vertically by the same rule', () => {
    const byId = new Map(distributePositions(boxes, 'vertical').map((p) => [p.id, p]));
    // Order by centre: a (35), c (90), b (115). Span 10..130 = 120, heights 180: gaps of -30.
    expect(byId.get('a')!.y).toBe(10);
    expect(byId.get('c')!.y).toBe(30);
    expect(byId.get('b')!.y).toBe(100);
  });

  it('needs three boxes to have anything to distribute', () => {
    expect(distributePositions(boxes.slice(0, 2), 'horizontal')).toEqual([]);
  });
});
