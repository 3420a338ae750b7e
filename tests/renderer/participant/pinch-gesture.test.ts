import { describe, expect, it } from 'vitest';
import { toCanvasPoint, MAX_SCALE } from '../../../renderer/editor/viewport';
import { beginGesture, moveGesture } from '../../../renderer/participant/map/pinch-gesture';

const start = { x: 10, y: 20, scale: 0.5 };

describe('the map under the fingers', () => {
  it('follows one finger as a drag, at the same zoom', () => {
    const gesture = beginGesture(start, [{ x: 100, y: 100 }])!;
    expect(moveGesture(gesture, [{ x: 130, y: 90 }])).toEqual({ x: 40, y: 10, scale: 0.5 });
  });

  it('zooms by how far two fingers spread, keeping the map point between them where it was', () => {
    const fingers = [
      { x: 100, y: 200 },
      { x: 200, y: 200 },
    ];
    const gesture = beginGesture(start, fingers)!;
    const under = toCanvasPoint(start, { x: 150, y: 200 });
    const after = moveGesture(gesture, [
      { x: 50, y: 200 },
      { x: 250, y: 200 },
    ]);
    expect(after.scale).toBeCloseTo(1);
    expect(toCanvasPoint(after, { x: 150, y: 200 })).toEqual(under);
  });

  it('pans and zooms at once when the pinch moves', () => {
    const gesture = beginGesture(start, [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ])!;
    const under = toCanvasPoint(start, { x: 50, y: 0 });
    const after = moveGesture(gesture, [
      { x: 100, y: 100 },
      { x: 150, y: 100 },
    ]);
    expect(after.scale).toBeCloseTo(0.25);
    const now = toCanvasPoint(after, { x: 125, y: 100 });
    expect(now.x).toBeCloseTo(under.x);
    expect(now.y).toBeCloseTo(under.y);
  });

  it('stops at the canvas zoom limit however far the fingers spread', () => {
    const gesture = beginGesture(start, [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
    ])!;
    expect(
      moveGesture(gesture, [
        { x: 0, y: 0 },
        { x: 1000, y: 0 },
      ]).scale,
    ).toBe(MAX_SCALE);
  });

  it('has nothing to follow without a finger', () => {
    expect(beginGesture(start, [])).toBeNull();
  });
});
