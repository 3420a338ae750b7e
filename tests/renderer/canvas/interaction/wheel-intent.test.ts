import { describe, expect, it } from 'vitest';
import { wheelIntent } from '../../../../renderer/canvas/interaction/wheel-intent';

const wheel = { deltaX: 0, deltaY: 0, deltaMode: 0, ctrlKey: false, metaKey: false, shiftKey: false };

describe('wheelIntent', () => {
  it('zooms out on a mouse wheel notch down and in on a notch up', () => {
    const down = wheelIntent({ ...wheel, deltaY: 100 });
    const up = wheelIntent({ ...wheel, deltaY: -100 });
    expect(down.action).toBe('zoom');
    expect(up.action).toBe('zoom');
    if (down.action === 'zoom' && up.action === 'zoom') {
      expect(down.factor).toBeLessThan(1);
      expect(up.factor).toBeCloseTo(1 / down.factor, 10);
    }
  });

  it('zooms on a wheel that counts in lines', () => {
    expect(wheelIntent({ ...wheel, deltaY: 3, deltaMode: 1 }).action).toBe('zoom');
  });

  it('pans with a trackpad scroll, following the fingers', () => {
    expect(wheelIntent({ ...wheel, deltaX: 6, deltaY: 4 })).toEqual({ action: 'pan', dx: -6, dy: -4 });
    expect(wheelIntent({ ...wheel, deltaY: 12 })).toEqual({ action: 'pan', dx: -0, dy: -12 });
  });

  it('zooms on a pinch (control + wheel), however small the step', () => {
    const pinch = wheelIntent({ ...wheel, deltaY: -3, ctrlKey: true });
    expect(pinch.action).toBe('zoom');
    if (pinch.action === 'zoom') expect(pinch.factor).toBeGreaterThan(1);
  });

  it('pans sideways with shift held', () => {
    expect(wheelIntent({ ...wheel, deltaY: 100, shiftKey: true })).toEqual({ action: 'pan', dx: -100, dy: 0 });
  });
});
