import { describe, expect, it } from 'vitest';
import { addNode, deleteNodes, editText, moveNodes, recolorNodes } from '../../../shared/editing/commands';
import { applyChanges, applyChangesWithInverse, MapChangeError } from '../../../shared/editing/map-change';
import { emptyDoc, note } from '../fixtures';

describe('applyChangesWithInverse', () => {
  it('adds, moves, edits, recolours and deletes a note, each undone exactly by its inverse', () => {
    let doc = emptyDoc();
    const steps = [
      (d: typeof doc) => addNode(d, { id: 'a', kind: 'sticky-note', at: { x: 100, y: 100 } }),
      (d: typeof doc) => moveNodes(d, [{ id: 'a', x: 300, y: 40 }]),
      (d: typeof doc) => editText(d, 'a', 'Waiting for approval'),
      (d: typeof doc) => recolorNodes(d, ['a'], 'pink'),
      (d: typeof doc) => deleteNodes(d, ['a']),
    ];
    for (const step of steps) {
      const before = doc;
      const { doc: after, inverse } = applyChangesWithInverse(before, step(before));
      expect(after).not.toEqual(before);
      expect(applyChanges(after, inverse)).toEqual(before);
      doc = after;
    }
    expect(doc.nodes).toEqual([]);
  });

  it('places a new note centred on the point, above every other node', () => {
    const doc = { ...emptyDoc(), nodes: [note('x', { z: 7 })] };
    const [change] = addNode(doc, { id: 'n', kind: 'sticky-note', at: { x: 100, y: 100 } });
    expect(change).toMatchObject({ op: 'putNode', node: { id: 'n', x: 20, y: 40, z: 8, color: 'yellow', text: '' } });
  });

  it('removes the connectors of a deleted node before the node, so the change list is valid', () => {
    const doc = {
      ...emptyDoc(),
      nodes: [note('a'), note('b')],
      connectors: [{ id: 'c', kind: 'push' as const, fromId: 'a', toId: 'b', label: '', originId: null }],
    };
    const changes = deleteNodes(doc, ['a']);
    expect(changes).toEqual([
      { op: 'removeConnector', id: 'c' },
      { op: 'removeNode', id: 'a' },
    ]);
    expect(applyChanges(doc, changes).nodes.map((n) => n.id)).toEqual(['b']);
  });

  it('refuses to remove a node a connector still attaches to', () => {
    const doc = {
      ...emptyDoc(),
      nodes: [note('a'), note('b')],
      connectors: [{ id: 'c', kind: 'push' as const, fromId: 'a', toId: 'b', label: '', originId: null }],
    };
    expect(() => applyChanges(doc, [{ op: 'removeNode', id: 'a' }])).toThrow(MapChangeError);
  });

  it('refuses a connector to a node that is not on the map', () => {
    const doc = { ...emptyDoc(), nodes: [note('a')] };
    const connector = { id: 'c', kind: 'pull' as const, fromId: 'a', toId: 'ghost', label: '', originId: null };
    expect(() => applyChanges(doc, [{ op: 'putConnector', connector }])).toThrow(/ghost/);
  });

  it('keeps nodes in stacking order whatever order they arrive in', () => {
    const doc = applyChanges(emptyDoc(), [
      { op: 'putNode', node: note('late', { z: 3 }) },
      { op: 'putNode', node: note('early', { z: 1 }) },
      { op: 'putNode', node: note('middle', { z: 2 }) },
    ]);
    expect(doc.nodes.map((n) => n.id)).toEqual(['early', 'middle', 'late']);
  });

  it('makes no change for a move to where the note already is', () => {
    const doc = { ...emptyDoc(), nodes: [note('a', { x: 5, y: 6 })] };
    expect(moveNodes(doc, [{ id: 'a', x: 5, y: 6 }])).toEqual([]);
  });
});
