import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode, editText, moveNodes } from '../../../shared/editing/commands';
import { deleteKeepingFlow } from '../../../shared/editing/commands-delete';
import type { MapChange } from '../../../shared/editing/map-change';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { arrow, exampleMap, plain, processBox } from '../../../shared/vsm/examples/example-builder';
import { EDITOR_MODES, type EditorMode } from '../../../renderer/editor/editor-state';
import { createMapEditor, type Autosave } from '../../../renderer/editor/map-editor';
import { createSaveQueue } from '../../../renderer/editor/save-queue';

function line(): MapDocument {
  return exampleMap(
    {
      id: 'm',
      name: 'Line',
      state: 'current',
      derivedFromMapId: null,
      settings: { demandPerPeriod: 400, workingDaysPerPeriod: 20, workingTimePerDay: 28_800 },
    },
    [
      plain('supplier', { id: 'S', text: 'Steel', x: 0, y: 0 }),
      processBox({ id: 'A', text: 'Stamping', x: 200, y: 0 }, { cycleTime: 10 }),
      processBox({ id: 'B', text: 'Weld', x: 400, y: 0 }, { cycleTime: 40 }),
      plain('customer', { id: 'E', text: 'Plant', x: 600, y: 0 }),
    ],
    [arrow('f1', 'push', 'S', 'A'), arrow('f2', 'push', 'A', 'B'), arrow('f3', 'push', 'B', 'E')],
  );
}

/** Records what the editor hands to autosave, in order. */
function recordingAutosave(): Autosave & { saved: MapChange[][] } {
  const saved: MapChange[][] = [];
  return { saved, enqueue: (changes) => void saved.push([...changes]), flush: () => Promise.resolve(), hasUnsaved: () => false };
}

const moveA = (doc: MapDocument) => moveNodes(doc, [{ id: 'A', x: 210, y: 20 }]);
const READ_ONLY_MODES = EDITOR_MODES.filter((mode) => mode !== 'editing');

describe('the editor core', () => {
  it('runs a command as one undoable step, saves it, and undoes and redoes it', () => {
    const autosave = recordingAutosave();
    const editor = createMapEditor(line(), autosave);
    expect(editor.execute('Move', moveA)).toBe(true);
    expect(editor.getState().doc.nodes.find((node) => node.id === 'A')).toMatchObject({ x: 210, y: 20 });
    expect(editor.getState().history.past.map((entry) => entry.label)).toEqual(['Move']);
    editor.undo();
    expect(editor.getState().doc.nodes.find((node) => node.id === 'A')).toMatchObject({ x: 200, y: 0 });
    editor.redo();
    expect(editor.getState().doc.nodes.find((node) => node.id === 'A')).toMatchObject({ x: 210, y: 20 });
    expect(autosave.saved).toHaveLength(3);
  });

  it('makes one undo step per command, however many changes it makes; a command that changes nothing makes none', () => {
    const editor = createMapEditor(line(), recordingAutosave());
    editor.execute('Delete', (doc) =>
      deleteKeepingFlow(
        doc,
        ['A', 'B'],
        (() => {
          let n = 0;
          return () => `new-${++n}`;
        })(),
      ),
    );
    expect(editor.getState().history.past).toHaveLength(1);
    expect(editor.execute('Nothing', () => [])).toBe(false);
    expect(editor.getState().history.past).toHaveLength(1);
    editor.undo();
    expect(
      editor
        .getState()
        .doc.nodes.map((node) => node.id)
        .sort(),
    ).toEqual(['A', 'B', 'E', 'S']);
  });

  it('saves drafts of typed text without an undo step or a change on screen', () => {
    const autosave = recordingAutosave();
    const editor = createMapEditor(line(), autosave);
    const before = editor.getState();
    const node = before.doc.nodes[1]!;
    editor.saveDraft([{ op: 'putNode', node: { ...node, text: 'Stamp' } }]);
    expect(editor.getState()).toBe(before);
    expect(autosave.saved).toHaveLength(1);
  });

  it('replaces its state whole on every update, keeping the parts that did not change', () => {
    const editor = createMapEditor(line(), recordingAutosave());
    const before = editor.getState();
    editor.select(['A']);
    const after = editor.getState();
    expect(after).not.toBe(before);
    expect(after.session).not.toBe(before.session);
    expect(after.doc).toBe(before.doc);
    editor.execute('Move', moveA);
    expect(editor.getState().session).toBe(after.session);
  });

  it('tells its subscribers about every update and stops when they unsubscribe', () => {
    const editor = createMapEditor(line(), recordingAutosave());
    const listener = vi.fn();
    const unsubscribe = editor.subscribe(listener);
    editor.select(['A']);
    editor.execute('Move', moveA);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    editor.select(['B']);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('selection', () => {
  it('lets go of deleted nodes, and of the text being edited, inside the editor', () => {
    const editor = createMapEditor(line(), recordingAutosave());
    editor.select(['A', 'B', 'f1']);
    editor.setEditingId('A');
    editor.execute('Delete', (doc) => deleteKeepingFlow(doc, ['A'], () => 'joined'));
    expect([...editor.getState().session.selection]).toEqual(['B']);
    expect(editor.getState().session.editingId).toBeNull();
  });

  it('lets go of a node an undo takes away', () => {
    const editor = createMapEditor(line(), recordingAutosave());
    editor.execute('Add', (doc) => addNode(doc, { id: 'N', kind: 'sticky-note', at: { x: 0, y: 300 } }));
    editor.select(['N', 'A']);
    editor.undo();
    expect([...editor.getState().session.selection]).toEqual(['A']);
  });

  it('lets go of nodes another window removed, and of everything a replaced document lacks', () => {
    const editor = createMapEditor(line(), recordingAutosave());
    editor.select(['A', 'B']);
    editor.applyExternal([
      { op: 'removeConnector', id: 'f1' },
      { op: 'removeConnector', id: 'f2' },
      { op: 'removeNode', id: 'A' },
    ]);
    expect([...editor.getState().session.selection]).toEqual(['B']);
    const replaced = line();
    replaced.nodes = replaced.nodes.filter((node) => node.id !== 'B');
    replaced.connectors = [];
    editor.replaceDocument(replaced);
    expect(editor.getState().session.selection.size).toBe(0);
  });

  it('never selects what is not on the map, and keeps the order nodes were selected in', () => {
    const editor = createMapEditor(line(), recordingAutosave());
    editor.select(['B', 'ghost']);
    editor.select(['A'], 'add');
    expect([...editor.getState().session.selection]).toEqual(['B', 'A']);
    editor.select(['B'], 'toggle');
    expect([...editor.getState().session.selection]).toEqual(['A']);
  });
});

describe('edits from elsewhere and a replaced document', () => {
  it('applies another window’s changes outside undo, without saving them, pruning the history they invalidate', () => {
    const autosave = recordingAutosave();
    const editor = createMapEditor(line(), autosave);
    editor.execute('Move', moveA);
    const node = editor.getState().doc.nodes.find((candidate) => candidate.id === 'A')!;
    editor.applyExternal([{ op: 'putNode', node: { ...node, text: 'Press' } }]);
    expect(editor.getState().doc.nodes.find((candidate) => candidate.id === 'A')?.text).toBe('Press');
    expect(editor.getState().history.past).toHaveLength(0);
    expect(autosave.saved).toHaveLength(1);
  });

  it('shows the disk’s map after a conflict or a restore: history cleared, nothing saved', () => {
    const autosave = recordingAutosave();
    const editor = createMapEditor(line(), autosave);
    editor.execute('Move', moveA);
    editor.replaceDocument(line());
    expect(editor.getState().history).toEqual({ past: [], future: [] });
    expect(editor.getState().doc.nodes.find((node) => node.id === 'A')).toMatchObject({ x: 200, y: 0 });
    expect(autosave.saved).toHaveLength(1);
  });
});

describe('modes', () => {
  it.each(READ_ONLY_MODES)('in %s, no edit reaches the document or the store, by any update kind', (mode: EditorMode) => {
    const autosave = recordingAutosave();
    const editor = createMapEditor(line(), autosave);
    editor.execute('Move', moveA);
    editor.setMode(mode);
    const before = editor.getState().doc;
    const history = editor.getState().history;
    expect(editor.execute('Move', moveA)).toBe(false);
    expect(editor.execute('Text', (doc) => editText(doc, 'B', 'Changed'))).toBe(false);
    editor.undo();
    editor.redo();
    editor.saveDraft([{ op: 'removeNode', id: 'E' }]);
    expect(editor.getState().doc).toBe(before);
    expect(editor.getState().history).toBe(history);
    expect(autosave.saved).toHaveLength(1);
  });

  it.each(READ_ONLY_MODES)('in %s, nothing can be typed into and the connect tool is put away', (mode: EditorMode) => {
    const editor = createMapEditor(line(), recordingAutosave());
    editor.setTool('connect');
    editor.setEditingId('A');
    editor.setMode(mode);
    expect(editor.getState().session).toMatchObject({ mode, tool: 'select', editingId: null });
    editor.setEditingId('B');
    editor.setTool('connect');
    expect(editor.getState().session).toMatchObject({ tool: 'select', editingId: null });
    expect(editor.canEdit()).toBe(false);
  });

  it('still selects, pans and shows other windows’ edits in a read-only mode', () => {
    const editor = createMapEditor(line(), recordingAutosave(), 'voting-turn');
    editor.select(['A']);
    editor.setViewport({ x: 10, y: 20, scale: 0.5 });
    editor.applyExternal([{ op: 'removeConnector', id: 'f3' }]);
    expect(editor.getState().session).toMatchObject({ selection: new Set(['A']), viewport: { x: 10, y: 20, scale: 0.5 } });
    expect(editor.getState().doc.connectors.map((connector) => connector.id)).toEqual(['f1', 'f2']);
  });

  it('edits again once the mode is back to editing', () => {
    const editor = createMapEditor(line(), recordingAutosave(), 'voting-turn');
    editor.setMode('editing');
    expect(editor.execute('Move', moveA)).toBe(true);
  });
});

describe('autosave through the editor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gathers the edits of a moment into one save of the fields they changed, and flush writes them at once', async () => {
    const writes: MapChange[][] = [];
    const queue = createSaveQueue({
      save: async ({ changes }) => (writes.push(changes), { ok: true, revision: writes.length }),
      onStatus: () => undefined,
      onRefused: () => undefined,
      delayMs: 250,
    });
    const editor = createMapEditor(line(), { ...queue, enqueue: (changes) => queue.enqueue(changes, 0) });
    editor.execute('Move', moveA);
    editor.execute('Text', (doc) => editText(doc, 'B', 'Weld cell'));
    expect(writes).toHaveLength(0);
    expect(editor.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.map((change) => change.op)).toEqual(['patchNode', 'patchNode']);

    editor.execute('Text', (doc) => editText(doc, 'B', 'Welding'));
    await editor.flush();
    expect(writes).toHaveLength(2);
    expect(editor.hasUnsaved()).toBe(false);
  });
});

describe('one edit, one transaction', () => {
  it('refuses an edit larger than one save may carry before it changes anything, and says why', () => {
    const autosave = recordingAutosave();
    const refused: string[] = [];
    const editor = createMapEditor(line(), autosave, 'editing', { maxChangesPerEdit: 2, onRefusedEdit: (message) => refused.push(message) });
    const before = editor.getState();
    const moveAll = (doc: MapDocument) =>
      moveNodes(
        doc,
        doc.nodes.map((node, index) => ({ id: node.id, x: 500 + index, y: 500 })),
      );
    expect(editor.execute('Move', moveAll)).toBe(false);
    expect(editor.getState()).toBe(before);
    expect(autosave.saved).toEqual([]);
    expect(refused).toEqual([
      `Not done: “Move” would change ${line().nodes.length} things at once, more than one edit may (2). Select fewer and do it in parts.`,
    ]);
    expect(editor.execute('Move', moveA)).toBe(true);
  });

  it('saves text being typed as the field it changes, and never as a node another window deleted', () => {
    const autosave = recordingAutosave();
    const editor = createMapEditor(line(), autosave);
    const node = editor.getState().doc.nodes.find((candidate) => candidate.id === 'A')!;
    editor.saveDraft([{ op: 'putNode', node: { ...node, text: 'Typed so far' } }]);
    expect(autosave.saved).toEqual([[{ op: 'patchNode', id: 'A', before: { text: node.text }, after: { text: 'Typed so far' } }]]);
    const attached = editor.getState().doc.connectors.filter((connector) => connector.fromId === 'A' || connector.toId === 'A');
    editor.applyExternal([...attached.map((connector): MapChange => ({ op: 'removeConnector', id: connector.id })), { op: 'removeNode', id: 'A' }]);
    editor.saveDraft([{ op: 'putNode', node: { ...node, text: 'Typed more' } }]);
    expect(autosave.saved).toHaveLength(1);
  });
});
