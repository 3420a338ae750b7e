import { describe, expect, it } from 'vitest';
import type { MapChange } from '../../../shared/editing/map-change';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { arrow, exampleMap, plain, processBox } from '../../../shared/vsm/examples/example-builder';
import { EDITOR_MODES, type EditorMode } from '../../../renderer/editor/editor-state';
import { createMapEditor } from '../../../renderer/editor/map-editor';
import { createActionHost } from '../../../renderer/map-actions/action-host';
import type { ActionInput } from '../../../renderer/map-actions/action-types';
import { chordsOverlap, type KeyLike } from '../../../shared/actions/key-chords';
import { ACTION_IDS, actionForKey, actionSpec, shortcutSheet, type ActionId } from '../../../renderer/map-actions/registry';

const key = (overrides: Partial<KeyLike>): KeyLike => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...overrides,
});
const READ_ONLY_MODES = EDITOR_MODES.filter((mode) => mode !== 'editing');

describe('the shortcut sheet', () => {
  it('shows every action that has keys, with its keys and what it does', () => {
    const rows = shortcutSheet().flatMap((section) => section.rows);
    const withKeys = ACTION_IDS.filter((id) => actionSpec(id).keys);
    expect(rows.map((row) => row.id).sort()).toEqual([...withKeys].sort());
    for (const row of rows) {
      expect(row.keys).not.toBe('');
      expect(row.description).not.toBe('');
    }
  });

  it('shows M for merging steps, the key that merges them', () => {
    const merge = shortcutSheet()
      .flatMap((section) => section.rows)
      .find((row) => row.id === 'merge');
    expect(merge?.keys).toBe('M');
    expect(actionForKey(key({ key: 'm', code: 'KeyM' }), 'editing')).toBe('merge');
  });
});

describe('the keys', () => {
  it.each(EDITOR_MODES)('binds no key twice in %s', (mode: EditorMode) => {
    const bound = ACTION_IDS.filter((id) => actionSpec(id).modes.includes(mode)).flatMap((id) =>
      (actionSpec(id).keys?.chords ?? []).map((chord) => ({ id, chord })),
    );
    const clashes = bound.flatMap((a, i) =>
      bound
        .slice(i + 1)
        .filter((b) => a.id !== b.id && chordsOverlap(a.chord, b.chord))
        .map((b) => `${a.id} / ${b.id}`),
    );
    expect(clashes).toEqual([]);
  });

  it('maps the edit keys with Ctrl or Cmd', () => {
    expect(actionForKey(key({ key: 'z', ctrlKey: true }), 'editing')).toBe('undo');
    expect(actionForKey(key({ key: 'Z', metaKey: true, shiftKey: true }), 'editing')).toBe('redo');
    expect(actionForKey(key({ key: 'd', ctrlKey: true }), 'editing')).toBe('duplicate');
    expect(actionForKey(key({ key: '0', ctrlKey: true }), 'editing')).toBe('zoom-reset');
  });

  it('leaves copy, cut and paste to the browser, which raises clipboard events for them', () => {
    for (const letter of ['c', 'x', 'v']) expect(actionForKey(key({ key: letter, ctrlKey: true }), 'editing')).toBeNull();
  });

  it('adds symbols with single letters, but not with Shift held', () => {
    expect(actionForKey(key({ key: 'p', code: 'KeyP' }), 'editing')).toBe('add-process');
    expect(actionForKey(key({ key: 'P', code: 'KeyP', shiftKey: true }), 'editing')).toBeNull();
    expect(actionForKey(key({ key: 'c', code: 'KeyC' }), 'editing')).toBe('connect-tool');
    expect(actionForKey(key({ key: 'a', code: 'KeyA' }), 'editing')).toBe('add-text');
  });

  it('aligns with Alt+Shift and the physical key, whatever character the layout makes of it', () => {
    expect(actionForKey(key({ key: 'Ò', code: 'KeyL', altKey: true, shiftKey: true }), 'editing')).toBe('align-left');
    expect(actionForKey(key({ key: '◊', code: 'KeyV', altKey: true, shiftKey: true }), 'editing')).toBe('distribute-vertical');
  });

  it('zooms to fit and to the selection with Shift+1 and Shift+2 on any layout; ? opens the sheet, F5 presents', () => {
    expect(actionForKey(key({ key: '!', code: 'Digit1', shiftKey: true }), 'editing')).toBe('zoom-fit');
    expect(actionForKey(key({ key: '"', code: 'Digit2', shiftKey: true }), 'editing')).toBe('zoom-selection');
    expect(actionForKey(key({ key: '?', code: 'Slash', shiftKey: true }), 'editing')).toBe('shortcuts');
    expect(actionForKey(key({ key: 'F5', code: 'F5' }), 'editing')).toBe('present');
  });

  it('gives the timer T and Alt with the physical key, never a key of the map', () => {
    const timerKeys: Array<[KeyLike, ActionId]> = [
      [key({ code: 'KeyT', key: 't' }), 'timer-toggle'],
      [key({ code: 'ArrowUp', key: 'ArrowUp', altKey: true }), 'timer-add-minute'],
      [key({ code: 'Equal', key: '≠', altKey: true }), 'timer-add-minute'],
      [key({ code: 'ArrowDown', key: 'ArrowDown', altKey: true }), 'timer-remove-minute'],
      [key({ code: 'Minus', key: '–', altKey: true }), 'timer-remove-minute'],
      [key({ code: 'KeyR', key: '®', altKey: true }), 'timer-reset'],
    ];
    for (const [event, id] of timerKeys) expect(actionForKey(event, 'editing')).toBe(id);
    for (const zoom of [key({ code: 'Equal', key: '+', shiftKey: true }), key({ code: 'Equal', key: '=' }), key({ code: 'Minus', key: '-' })]) {
      expect(actionForKey(zoom, 'editing')).toMatch(/^zoom-/);
    }
    expect(actionForKey(key({ code: 'KeyT', key: 'T', shiftKey: true }), 'editing')).toBeNull();
    expect(actionForKey(key({ code: 'KeyT', key: 't', ctrlKey: true }), 'editing')).toBeNull();
  });

  it('runs no editing key in a read-only mode, but still zooms and selects', () => {
    for (const mode of READ_ONLY_MODES) {
      expect(actionForKey(key({ key: 'Delete', code: 'Delete' }), mode)).toBeNull();
      expect(actionForKey(key({ key: 'p', code: 'KeyP' }), mode)).toBeNull();
      expect(actionForKey(key({ key: 'z', ctrlKey: true }), mode)).toBeNull();
      expect(actionForKey(key({ key: 'ArrowLeft', code: 'ArrowLeft' }), mode)).toBeNull();
      expect(actionForKey(key({ key: '+', code: 'Equal', shiftKey: true }), mode)).toBe('zoom-in');
      expect(actionForKey(key({ key: 'Escape', code: 'Escape' }), mode)).toBe('deselect');
    }
  });
});

function line(): MapDocument {
  return exampleMap(
    {
      id: 'm',
      name: 'Line',
      state: 'future',
      derivedFromMapId: null,
      settings: { demandPerPeriod: 400, workingDaysPerPeriod: 20, workingTimePerDay: 28_800 },
    },
    [
      processBox({ id: 'A', text: 'Stamping', x: 200, y: 0 }, { cycleTime: 10 }),
      processBox({ id: 'B', text: 'Weld', x: 400, y: 0 }, { cycleTime: 40 }),
      plain('customer', { id: 'E', text: 'Plant', x: 600, y: 0 }),
    ],
    [arrow('f1', 'push', 'A', 'B'), arrow('f2', 'push', 'B', 'E')],
  );
}

const INPUTS: ActionInput = { far: true, color: 'pink', nodeKind: 'process', connectorKind: 'pull', template: 'learning-to-see' };

describe('modes', () => {
  it('allows no action that edits the map in a read-only mode', () => {
    for (const id of ACTION_IDS) {
      const spec = actionSpec(id);
      if (spec.editsMap) expect({ id, modes: spec.modes }).toEqual({ id, modes: ['editing'] });
    }
  });

  it.each(READ_ONLY_MODES)('in %s, no action of the registry, from any route, changes the map or reaches the store', (mode: EditorMode) => {
    const saved: MapChange[][] = [];
    const editor = createMapEditor(line(), {
      enqueue: (changes) => void saved.push([...changes]),
      flush: () => Promise.resolve(),
      hasUnsaved: () => false,
    });
    const before = editor.getState().doc;
    const host = createActionHost(editor);
    for (const id of ACTION_IDS) {
      // Leaving a presentation is allowed (F5, Esc); what is tested is each action run in the mode.
      editor.setMode(mode);
      editor.select(['A', 'B']);
      host.run(id, INPUTS);
    }
    expect(editor.getState().doc).toBe(before);
    expect(saved).toEqual([]);
  });

  it('the same actions do edit while editing (so the test above can fail)', () => {
    const saved: MapChange[][] = [];
    const editor = createMapEditor(line(), {
      enqueue: (changes) => void saved.push([...changes]),
      flush: () => Promise.resolve(),
      hasUnsaved: () => false,
    });
    const host = createActionHost(editor);
    editor.select(['A', 'B']);
    expect(host.run('merge')).toBe(true);
    editor.select(['E']);
    expect(host.run('delete')).toBe(true);
    expect(saved).toHaveLength(2);
  });
});
