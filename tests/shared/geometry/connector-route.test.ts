import { describe, expect, it } from 'vitest';
import { arcControlPoint, borderPoint, connectorSegment, quadraticPoint, zigzagPoints } from '../../../shared/geometry/connector-route';
import { idsInMarquee } from '../../../shared/geometry/marquee';
import { boundsOf, rectFromCorners } from '../../../shared/geometry/rect';

const left = { x: 0, y: 0, width: 100, height: 60 };
const rightBox = { x: 300, y: 0, width: 100, height: 60 };

describe('connector routing', () => {
  it('finds where the line from the centre leaves the box', () => {
    expect(borderPoint(left, { x: 500, y: 30 })).toEqual({ x: 100, y: 30 });
    expect(borderPoint(left, { x: 50, y: -100 })).toEqual({ x: 50, y: 0 });
    expect(borderPoint(left, { x: 150, y: 130 })).toEqual({ x: 80, y: 60 });
  });

  it('runs from the side of one box to the side of the other, a gap short of each', () => {
    expect(connectorSegment(left, rightBox, 6)).toEqual({ start: { x: 106, y: 30 }, end: { x: 294, y: 30 } });
  });

  it('follows the boxes: moving the target moves the end', () => {
    const below = { x: 0, y: 300, width: 100, height: 60 };
    expect(connectorSegment(left, below, 0)).toEqual({ start: { x: 50, y: 60 }, end: { x: 50, y: 300 } });
  });

  it('leaves through the bottom below a hanging data box, but through the sides at the box itself', () => {
    const process = { x: 0, y: 0, width: 100, height: 60, below: 80 };
    expect(connectorSegment(process, { x: 0, y: 400, width: 100, height: 60 }, 0)?.start).toEqual({ x: 50, y: 140 });
    expect(connectorSegment(process, rightBox, 0)?.start).toEqual({ x: 100, y: 30 });
  });

  it('gives no run for overlapping boxes', () => {
    expect(connectorSegment(left, { x: 20, y: 10, width: 100, height: 60 })).toBeNull();
  });

  it('bends a lightning bolt out to both sides of a horizontal line and ends where the line ends', () => {
    const points = zigzagPoints({ start: { x: 0, y: 0 }, end: { x: 100, y: 0 } }, 10);
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(points.at(-1)).toEqual({ x: 100, y: 0 });
    expect(Math.max(...points.map((p) => p.y))).toBe(10);
    expect(Math.min(...points.map((p) => p.y))).toBe(-10);
  });

  it('keeps the bolt the same size on a long arrow, centred on the middle', () => {
    const points = zigzagPoints({ start: { x: 0, y: 0 }, end: { x: 1000, y: 0 } }, 10, 60);
    expect(points[1]!.x).toBeCloseTo(470);
    expect(points[4]!.x).toBeCloseTo(530);
  });

  it('bows an arc to the left of travel, passing its control point half-way', () => {
    const segment = { start: { x: 0, y: 0 }, end: { x: 100, y: 0 } };
    const control = arcControlPoint(segment, 0.2);
    expect(control).toEqual({ x: 50, y: 20 });
    expect(quadraticPoint(segment.start, control, segment.end, 0.5)).toEqual({ x: 50, y: 10 });
  });
});

describe('marquee and bounds', () => {
  it('selects everything the box touches, whichever way it was dragged', () => {
    const items = [
      { id: 'inside', x: 10, y: 10, width: 20, height: 20 },
      { id: 'straddling', x: 90, y: 90, width: 40, height: 40 },
      { id: 'outside', x: 200, y: 200, width: 20, height: 20 },
    ];
    expect(idsInMarquee(items, rectFromCorners({ x: 100, y: 100 }, { x: 0, y: 0 }))).toEqual(['inside', 'straddling']);
  });

  it('bounds every rectangle, or none', () => {
    expect(boundsOf([left, rightBox])).toEqual({ x: 0, y: 0, width: 400, height: 60 });
    expect(boundsOf([])).toBeNull();
  });
});
