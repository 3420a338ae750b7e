import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNode, deleteNodes, editText, moveNodes } from '../../../shared/editing/commands';
import { applyExternalChanges } from '../../../shared/editing/external-changes';
import { commit, emptyHistory, redo, undo, type EditorState } from '../../../shared/editing/history';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { emptyDoc } from '../fixtures';

const start = (): EditorState => ({ doc: emptyDoc(), history: emptyHistory() });
const add = (id: string) => (doc: MapDocument) => addNode(doc, { id, kind: 'sticky-note', at: { x: 0, y: 0 }, text: id });
const park = (state: EditorState, id: string) => applyExternalChanges(state, [{ op: 'removeNode', id }]);
const ids = (state: EditorState) => state.doc.nodes.map((node) => node.id).sort();

function undoAll(state: EditorState): EditorState {
  let current = state;
  while (current.history.past.length > 0) current = undo(current).state;
  return current;
}

describe('changes from outside the undo history (parking lot moves)', () => {
  it('a note moved to the parking lot does not come back with map undo', () => {
    let state = commit(start(), 'Add', add('a')(emptyDoc())).state;
    state = commit(state, 'Add', add('b')(state.doc)).state;
    state = commit(state, 'Edit', editText(state.doc, 'a', 'Parked idea')).state;
    state = park(state, 'a');
    expect(ids(state)).toEqual(['b']);
    expect(ids(undoAll(state))).toEqual(['b']);
  });

  it('keeps the undo steps made after the note’s last edit, and forgets redo', () => {
    let state = commit(start(), 'Add', add('a')(emptyDoc())).state;
    state = commit(state, 'Add', add('b')(state.doc)).state;
    state = commit(state, 'Move', moveNodes(state.doc, [{ id: 'b', x: 50, y: 50 }])).state;
    state = commit(state, 'Add', add('c')(state.doc)).state;
    state = undo(state).state;
    state = park(state, 'a');
    expect(state.history.future).toEqual([]);
    expect(state.history.past.map((entry) => entry.label)).toEqual(['Add', 'Move']);
    state = undo(state).state;
    expect(state.doc.nodes.find((node) => node.id === 'b')).toMatchObject({ x: -80, y: -60 });
    expect(ids(undoAll(state))).toEqual([]);
  });

  it('a note put back from the parking lot is not removed by undoing older steps', () => {
    let state = commit(start(), 'Add', add('a')(emptyDoc())).state;
    state = commit(state, 'Add', add('b')(state.doc)).state;
    state = park(state, 'a');
    state = commit(state, 'Add', add('c')(state.doc)).state;
    state = applyExternalChanges(state, add('a')(state.doc));
    expect(ids(state)).toEqual(['a', 'b', 'c']);
    expect(ids(undoAll(state))).toEqual(['a']);
  });

  it('property: after any history and a park, undo and redo never fail and never bring the parked note back', () => {
    const step = fc.record({ action: fc.constantFrom('add', 'move', 'edit', 'delete', 'undo', 'redo'), id: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 30 }),
        fc.constantFrom('a', 'b', 'c'),
        fc.array(fc.boolean(), { maxLength: 40 }),
        (steps, parkId, walk) => {
          let state = start();
          for (const { action, id } of steps) {
            const present = state.doc.nodes.some((node) => node.id === id);
            if (action === 'undo') state = undo(state).state;
            else if (action === 'redo') state = redo(state).state;
            else if (action === 'add' && !present) state = commit(state, action, add(id)(state.doc)).state;
            else if (action === 'move' && present) state = commit(state, action, moveNodes(state.doc, [{ id, x: 9, y: 9 }])).state;
            else if (action === 'edit' && present) state = commit(state, action, editText(state.doc, id, 'x')).state;
            else if (action === 'delete' && present) state = commit(state, action, deleteNodes(state.doc, [id])).state;
          }
          if (!state.doc.nodes.some((node) => node.id === parkId)) return;
          state = park(state, parkId);
          for (const back of walk) {
            state = back ? undo(state).state : redo(state).state;
            expect(state.doc.nodes.some((node) => node.id === parkId)).toBe(false);
          }
        },
      ),
    );
  });
});
