import { describe, expect, it } from 'vitest';
import { chordAccelerator, menuAccelerator, menuPlatformOf } from '../../../main/menu/accelerators';
import { actionDescriptor } from '../../../shared/actions/map-action-descriptors';

describe('registry keys as Electron accelerators', () => {
  it.each([
    [{ key: 'z', mod: true }, 'CmdOrCtrl+Z'],
    [{ key: 'z', mod: true, shift: true }, 'CmdOrCtrl+Shift+Z'],
    [{ key: 'd', mod: true, shift: 'any' as const }, 'CmdOrCtrl+D'],
    [{ key: '+', shift: 'any' as const }, 'Plus'],
    [{ key: '-', shift: 'any' as const }, '-'],
    [{ key: '0', mod: true }, 'CmdOrCtrl+0'],
    [{ code: 'Digit1', shift: true }, 'Shift+1'],
    [{ code: 'KeyL', alt: true, shift: true }, 'Alt+Shift+L'],
    [{ code: 'ArrowUp', alt: true }, 'Alt+Up'],
    [{ key: 'ArrowLeft', shift: 'any' as const }, 'Left'],
    [{ key: ']', mod: true }, 'CmdOrCtrl+]'],
    [{ key: 'F5' }, 'F5'],
    [{ key: 'Delete' }, 'Delete'],
    [{ key: '?' }, '?'],
    [{ code: 'Space' }, 'Space'],
  ])('%o is %s', (chord, accelerator) => {
    expect(chordAccelerator(chord)).toBe(accelerator);
  });

  it('names no key Electron cannot name', () => {
    expect(chordAccelerator({ key: 'Dead' })).toBeNull();
    expect(chordAccelerator({ mod: true })).toBeNull();
  });

  it('only shows keys on Windows and Linux, where the page keeps running them', () => {
    expect(menuAccelerator(actionDescriptor('undo').keys, 'win32')).toEqual({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(menuAccelerator(actionDescriptor('delete').keys, 'linux')).toEqual({ accelerator: 'Delete', registerAccelerator: false });
  });

  it('on macOS shows Cmd and Alt keys and leaves plain keys to the page, so a letter typed in a field stays a letter', () => {
    expect(menuAccelerator(actionDescriptor('undo').keys, 'darwin')).toEqual({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: true });
    expect(menuAccelerator(actionDescriptor('delete').keys, 'darwin')).toBeNull();
    expect(menuAccelerator(actionDescriptor('zoom-in').keys, 'darwin')).toBeNull();
    expect(menuAccelerator(undefined, 'darwin')).toBeNull();
  });

  it('builds Linux’s menu on other Unixes', () => {
    expect(['darwin', 'win32', 'linux', 'freebsd'].map(menuPlatformOf)).toEqual(['darwin', 'win32', 'linux', 'linux']);
  });
});
