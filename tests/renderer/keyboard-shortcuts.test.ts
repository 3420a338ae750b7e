import { describe, expect, it } from 'vitest';
import { commandForKey, SHORTCUTS, type KeyLike } from '../../renderer/map/keyboard-shortcuts';

const key = (overrides: Partial<KeyLike>): KeyLike => ({ key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...overrides });

describe('commandForKey', () => {
  it('maps the edit keys with Ctrl or Cmd', () => {
    expect(commandForKey(key({ key: 'z', ctrlKey: true }))).toBe('undo');
    expect(commandForKey(key({ key: 'Z', metaKey: true, shiftKey: true }))).toBe('redo');
    expect(commandForKey(key({ key: 'd', ctrlKey: true }))).toBe('duplicate');
    expect(commandForKey(key({ key: '0', ctrlKey: true }))).toBe('zoom-reset');
  });

  it('leaves copy, cut and paste to the browser, which raises clipboard events for them', () => {
    for (const letter of ['c', 'x', 'v']) expect(commandForKey(key({ key: letter, ctrlKey: true }))).toBeNull();
  });

  it('adds symbols with single letters, but not with Shift held', () => {
    expect(commandForKey(key({ key: 'p', code: 'KeyP' }))).toBe('add-process');
    expect(commandForKey(key({ key: 'P', code: 'KeyP', shiftKey: true }))).toBeNull();
    expect(commandForKey(key({ key: 'c', code: 'KeyC' }))).toBe('connect-tool');
    expect(commandForKey(key({ key: 'a', code: 'KeyA' }))).toBe('add-text');
    expect(commandForKey(key({ key: 't', code: 'KeyT' }))).toBeNull();
  });

  it('aligns with Alt+Shift and the physical key, whatever character the layout makes of it, leaving Alt alone to the timer', () => {
    expect(commandForKey(key({ key: 'Ò', code: 'KeyL', altKey: true, shiftKey: true }))).toBe('align-left');
    expect(commandForKey(key({ key: '◊', code: 'KeyV', altKey: true, shiftKey: true }))).toBe('distribute-vertical');
    expect(commandForKey(key({ key: '®', code: 'KeyR', altKey: true }))).toBeNull();
  });

  it('zooms to fit and to the selection with Shift+1 and Shift+2 on any layout', () => {
    expect(commandForKey(key({ key: '!', code: 'Digit1', shiftKey: true }))).toBe('zoom-fit');
    expect(commandForKey(key({ key: '"', code: 'Digit2', shiftKey: true }))).toBe('zoom-selection');
  });

  it('opens the shortcut sheet with ? and presents with F5', () => {
    expect(commandForKey(key({ key: '?', code: 'Slash', shiftKey: true }))).toBe('shortcuts');
    expect(commandForKey(key({ key: 'F5', code: 'F5' }))).toBe('present');
  });

  it('documents every command', () => {
    for (const shortcut of Object.values(SHORTCUTS)) {
      expect(shortcut.keys).not.toBe('');
      expect(shortcut.description).not.toBe('');
    }
  });
});
