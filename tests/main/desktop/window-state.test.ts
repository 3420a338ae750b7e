import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DisplayInfo } from '../../../main/electron/projector-placement';
import { readWindowState, restoreWindowState, WINDOW_STATE_FILE, writeWindowState, type WindowState } from '../../../main/desktop/window-state';
import { useTempDir } from '../../support/temp-dir';

function display(id: number, x: number, width: number, height: number): DisplayInfo {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

const laptop = display(1, 0, 1440, 900);
const projector = display(2, 1440, 1920, 1080);
const minimum = { width: 900, height: 600 };

const saved = (overrides: Partial<WindowState> = {}): WindowState => ({
  bounds: { x: 1600, y: 100, width: 1400, height: 800 },
  displayId: 2,
  maximized: false,
  fullScreen: false,
  ...overrides,
});

describe('restoring the main window’s place', () => {
  it('puts the window back where it was, on the display it was on', () => {
    expect(restoreWindowState(saved(), [laptop, projector], minimum)).toEqual({
      bounds: { x: 1600, y: 100, width: 1400, height: 800 },
      maximized: false,
      fullScreen: false,
    });
    expect(restoreWindowState(saved({ maximized: true }), [laptop, projector], minimum)?.maximized).toBe(true);
  });

  it('opens as on a first start when the display is gone (the projector was unplugged)', () => {
    expect(restoreWindowState(saved(), [laptop], minimum)).toBeNull();
    expect(restoreWindowState(null, [laptop], minimum)).toBeNull();
  });

  it('opens as on a first start when the title bar would be off the display, out of reach', () => {
    expect(restoreWindowState(saved({ displayId: 1, bounds: { x: 1400, y: 100, width: 1000, height: 700 } }), [laptop], minimum)).toBeNull();
    expect(restoreWindowState(saved({ displayId: 1, bounds: { x: 100, y: -300, width: 1000, height: 700 } }), [laptop], minimum)).toBeNull();
    expect(restoreWindowState(saved({ displayId: 1, bounds: { x: 100, y: 880, width: 1000, height: 700 } }), [laptop], minimum)).toBeNull();
  });

  it('keeps a window hanging partly off the edge while its title bar can be grabbed', () => {
    const partly = saved({ displayId: 1, bounds: { x: 1000, y: 50, width: 1000, height: 700 } });
    expect(restoreWindowState(partly, [laptop], minimum)?.bounds).toEqual({ x: 1000, y: 50, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display now is, but never below the minimum size', () => {
    const large = saved({ displayId: 1, bounds: { x: 0, y: 0, width: 2500, height: 1400 } });
    expect(restoreWindowState(large, [laptop], minimum)?.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 860 });
    const tiny = display(3, 0, 800, 500);
    expect(restoreWindowState(saved({ displayId: 3, bounds: { x: 0, y: 0, width: 1000, height: 700 } }), [tiny], minimum)?.bounds).toEqual({
      x: 0,
      y: 0,
      width: 900,
      height: 600,
    });
  });
});

describe('the window-state file', () => {
  const tempDir = useTempDir();

  it('is written and read back', () => {
    const dir = tempDir();
    writeWindowState(dir, saved());
    expect(readWindowState(dir)).toEqual(saved());
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('is ignored when missing, damaged or not a window state', () => {
    const dir = tempDir();
    expect(readWindowState(dir)).toBeNull();
    fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), '{"bounds": ');
    expect(readWindowState(dir)).toBeNull();
    fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), JSON.stringify({ ...saved(), bounds: { x: 0, y: 0, width: -5, height: 10 } }));
    expect(readWindowState(dir)).toBeNull();
  });

  it('refuses to write a state that is not one, leaving the saved one as it was', () => {
    const dir = tempDir();
    writeWindowState(dir, saved());
    expect(() => writeWindowState(dir, { ...saved(), displayId: Number.NaN })).toThrow();
    expect(readWindowState(dir)).toEqual(saved());
  });
});
