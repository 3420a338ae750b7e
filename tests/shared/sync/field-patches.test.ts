import { describe, expect, it } from 'vitest';
import { commit, emptyHistory, undo } from '../../../shared/editing/history';
import { applyChanges, applyChangesWithInverse, asFieldPatches, MapChangeError } from '../../../shared/editing/map-change';
import type { ProcessNode } from '../../../shared/model/map-node';
import { changesNotShown } from '../../../shared/sync/external-apply';
import { emptyDoc, note } from '../fixtures';

const step = { ...note('s'), kind: 'process', text: 'Weld', process: { cycleTime: 45, uptime: 90 } } as ProcessNode;
const doc = { ...emptyDoc(), nodes: [note('n', { text: 'Idea' }), step] };

describe('field patches', () => {
  it('turn a put of a node on the map into the fields it changes, figures inside the data box one by one', () => {
    const changes = asFieldPatches(doc, [{ op: 'putNode', node: { ...step, x: 40, process: { cycleTime: 50 } } }]);
    expect(changes).toEqual([
      { op: 'patchNode', id: 's', before: { x: 0, 'process.cycleTime': 45, 'process.uptime': 90 }, after: { x: 40, 'process.cycleTime': 50 } },
    ]);
    expect(applyChanges(doc, changes).nodes[1]).toEqual({ ...step, x: 40, process: { cycleTime: 50 } });
  });

  it('keep a put of a new node whole, and drop a put that changes nothing', () => {
    const added = note('new');
    expect(asFieldPatches(doc, [{ op: 'putNode', node: added }])).toEqual([{ op: 'putNode', node: added }]);
    expect(asFieldPatches(doc, [{ op: 'putNode', node: { ...step } }])).toEqual([]);
  });

  it('are undone exactly, and an edit committed through history is saved as patches', () => {
    const state = { doc, history: emptyHistory() };
    const moved = commit(state, 'Move', [{ op: 'putNode', node: { ...step, x: 80, y: 20 } }]);
    expect(moved.applied).toEqual([{ op: 'patchNode', id: 's', before: { x: 0, y: 0 }, after: { x: 80, y: 20 } }]);
    const back = undo(moved.state);
    expect(back.applied).toEqual([{ op: 'patchNode', id: 's', before: { x: 80, y: 20 }, after: { x: 0, y: 0 } }]);
    expect(back.state.doc).toEqual(doc);
  });

  it('are refused on a node that is not on the map, and when what they make is not a valid node', () => {
    expect(() => applyChanges(doc, [{ op: 'patchNode', id: 'ghost', before: {}, after: { x: 1 } }])).toThrow(MapChangeError);
    expect(() => applyChanges(doc, [{ op: 'patchNode', id: 's', before: {}, after: { color: 'plaid' } }])).toThrow(/color/);
    expect(() => applyChanges(doc, [{ op: 'patchNode', id: 's', before: {}, after: { id: 'other' } }])).toThrow(MapChangeError);
    const { doc: after, inverse } = applyChangesWithInverse(doc, [{ op: 'patchSettings', before: {}, after: { demandPerPeriod: 460 } }]);
    expect(after.map.settings).toEqual({ demandPerPeriod: 460 });
    expect(applyChanges(after, inverse).map.settings).toEqual({});
  });
});

describe('another window’s committed changes', () => {
  it('skip what this window already shows, so a commit applied twice changes nothing', () => {
    const changes = [
      { op: 'removeNode' as const, id: 'gone' },
      { op: 'putNode' as const, node: doc.nodes[0]! },
      { op: 'patchNode' as const, id: 's', before: {}, after: { x: 5 } },
    ];
    expect(changesNotShown(doc, changes)).toEqual([changes[2]]);
  });
});
