import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../shared/facilitation/timer';
import { commandForKey, type KeyLike } from '../../renderer/map/keyboard-shortcuts';
import { timerCommandFor, timerShortcutForKey } from '../../renderer/facilitation/timer/timer-shortcuts';

function key(code: string, keyName: string, mods: Partial<KeyLike> = {}): KeyLike {
  return { key: keyName, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

describe('timer keyboard shortcuts', () => {
  const timerKeys: [KeyLike, string][] = [
    [key('KeyT', 't'), 'toggle'],
    [key('ArrowUp', 'ArrowUp', { altKey: true }), 'add-minute'],
    [key('Equal', '≠', { altKey: true }), 'add-minute'],
    [key('ArrowDown', 'ArrowDown', { altKey: true }), 'remove-minute'],
    [key('Minus', '–', { altKey: true }), 'remove-minute'],
    [key('KeyR', '®', { altKey: true }), 'reset'],
  ];

  it('maps T and the Alt combinations to timer commands, by physical key', () => {
    for (const [event, shortcut] of timerKeys) expect(timerShortcutForKey(event)).toBe(shortcut);
    expect(timerCommandFor('add-minute')).toEqual({ type: 'adjust', deltaMs: MINUTE_MS });
    expect(timerCommandFor('remove-minute')).toEqual({ type: 'adjust', deltaMs: -MINUTE_MS });
  });

  it('never takes a key the map uses: no timer key is a map command, and the map’s zoom keys are not timer keys', () => {
    for (const [event] of timerKeys) expect(commandForKey(event)).toBeNull();
    for (const zoom of [key('Equal', '+', { shiftKey: true }), key('Equal', '='), key('Minus', '-'), key('Minus', '_', { shiftKey: true })]) {
      expect(commandForKey(zoom)).not.toBeNull();
      expect(timerShortcutForKey(zoom)).toBeNull();
    }
    expect(timerShortcutForKey(key('KeyT', 'T', { shiftKey: true }))).toBeNull();
    expect(timerShortcutForKey(key('KeyT', 't', { ctrlKey: true }))).toBeNull();
  });
});
