import { describe, expect, it } from 'vitest';
import { readMenuState } from '../../../main/desktop/menu-state';

describe("a window's report of what it can run now", () => {
  it('is a list of known action ids, or null when the window shows no map', () => {
    expect(readMenuState(['undo', 'zoom-in'])).toEqual({ ok: true, available: ['undo', 'zoom-in'] });
    expect(readMenuState(null)).toEqual({ ok: true, available: null });
  });

  it('is ignored when it is anything else', () => {
    for (const report of [['undo', 'format-disk'], 'undo', [1], undefined, { undo: true }, Array(201).fill('undo')]) {
      expect(readMenuState(report)).toEqual({ ok: false });
    }
  });
});
