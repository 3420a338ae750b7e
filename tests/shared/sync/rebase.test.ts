import { describe, expect, it } from 'vitest';
import { asFieldPatches, type MapChange } from '../../../shared/editing/map-change';
import type { Connector } from '../../../shared/model/connector';
import { describeConflicts, rebase } from '../../../shared/sync/rebase';
import { emptyDoc, note } from '../fixtures';

const doc = {
  ...emptyDoc(),
  nodes: [note('a', { text: 'Assembly' }), note('b', { text: 'Paint' }), note('c', { text: 'Pack' })],
};

/** The patch one window's edit makes, as commit makes it from a whole put. */
function edit(id: string, fields: Record<string, unknown>): MapChange[] {
  const node = doc.nodes.find((candidate) => candidate.id === id)!;
  return asFieldPatches(doc, [{ op: 'putNode', node: { ...node, ...fields } }]);
}

function arrow(id: string, fromId: string, toId: string): Connector {
  return { id, kind: 'push', fromId, toId, label: '', originId: null };
}

const names = (id: string) => doc.nodes.find((node) => node.id === id);

describe('rebasing a save over what other windows saved since its base', () => {
  it('keeps a save that touches other nodes, or other fields of the same node', () => {
    const theirs = [...edit('a', { x: 300, y: 40 }), ...edit('b', { color: 'pink' })];
    const mine = [...edit('a', { text: 'Final assembly' }), ...edit('c', { x: 10 })];
    expect(rebase(theirs, mine)).toEqual({ ok: true, changes: mine });
  });

  it('keeps a save that sets a field to the very value the other window set', () => {
    expect(rebase(edit('a', { color: 'green' }), edit('a', { color: 'green' }))).toMatchObject({ ok: true });
  });

  it('refuses the same field of the same node changed to different values, and names the box and the field', () => {
    const result = rebase(edit('a', { text: 'Weld' }), edit('a', { text: 'Final assembly' }));
    expect(result).toEqual({ ok: false, conflicts: [{ kind: 'same-field', target: { type: 'node', id: 'a' }, field: 'text' }] });
    if (result.ok) return;
    expect(describeConflicts(result.conflicts, names)).toBe('Another window changed the text of “Assembly” at the same time, to something else.');
  });

  it('tells data box figures apart: two windows filling in different figures of one step both stay', () => {
    const step = note('s', { kind: 'process', process: {} } as never);
    const stepDoc = { ...emptyDoc(), nodes: [step] };
    const theirs = asFieldPatches(stepDoc, [{ op: 'putNode', node: { ...step, process: { cycleTime: 45 } } as typeof step }]);
    const mine = asFieldPatches(stepDoc, [{ op: 'putNode', node: { ...step, process: { uptime: 85 } } as typeof step }]);
    expect(rebase(theirs, mine)).toEqual({ ok: true, changes: mine });
    const clash = asFieldPatches(stepDoc, [{ op: 'putNode', node: { ...step, process: { cycleTime: 50 } } as typeof step }]);
    expect(rebase(theirs, clash)).toMatchObject({ ok: false, conflicts: [{ field: 'process.cycleTime' }] });
  });

  it('refuses an edit of a node the other window deleted, and a deletion of a node the other changed', () => {
    expect(rebase([{ op: 'removeNode', id: 'a' }], edit('a', { color: 'pink' }))).toEqual({
      ok: false,
      conflicts: [{ kind: 'edited-deleted', target: { type: 'node', id: 'a' } }],
    });
    expect(rebase(edit('a', { color: 'pink' }), [{ op: 'removeNode', id: 'a' }])).toEqual({
      ok: false,
      conflicts: [{ kind: 'deleted-edited', target: { type: 'node', id: 'a' } }],
    });
  });

  it('refuses a connector to a node the other window removed, and removing a node the other connected', () => {
    expect(rebase([{ op: 'removeNode', id: 'b' }], [{ op: 'putConnector', connector: arrow('k', 'a', 'b') }])).toEqual({
      ok: false,
      conflicts: [{ kind: 'connected-deleted', nodeId: 'b' }],
    });
    expect(rebase([{ op: 'putConnector', connector: arrow('k', 'a', 'b') }], [{ op: 'removeNode', id: 'b' }])).toEqual({
      ok: false,
      conflicts: [{ kind: 'deleted-connected', nodeId: 'b' }],
    });
  });

  it('drops a removal the other window (or this one, in a save whose answer was lost) already made', () => {
    const mine: MapChange[] = [{ op: 'removeConnector', id: 'k' }, { op: 'removeNode', id: 'a' }, ...edit('b', { x: 5 })];
    expect(
      rebase(
        [
          { op: 'removeConnector', id: 'k' },
          { op: 'removeNode', id: 'a' },
        ],
        mine,
      ),
    ).toEqual({ ok: true, changes: edit('b', { x: 5 }) });
    expect(
      rebase([], mine, [
        { op: 'removeConnector', id: 'k' },
        { op: 'removeNode', id: 'a' },
      ]),
    ).toEqual({ ok: true, changes: edit('b', { x: 5 }) });
  });

  it('never counts the window’s own earlier saves as a clash', () => {
    expect(rebase([], edit('a', { x: 50 }), edit('a', { x: 20 }))).toEqual({ ok: true, changes: edit('a', { x: 50 }) });
  });

  it('treats a whole put by an older writer as setting every field', () => {
    const theirs: MapChange[] = [{ op: 'putNode', node: { ...doc.nodes[0]!, x: 99 } }];
    expect(rebase(theirs, edit('a', { x: 1 }))).toMatchObject({ ok: false, conflicts: [{ field: 'x' }] });
    expect(rebase(theirs, edit('a', { x: 99 }))).toMatchObject({ ok: true });
  });

  it('refuses the same map setting changed to different values, and keeps different ones', () => {
    const settings = (values: object): MapChange[] => asFieldPatches(doc, [{ op: 'setSettings', settings: values }]);
    expect(rebase(settings({ demandPerPeriod: 100 }), settings({ workingDaysPerPeriod: 20 }))).toMatchObject({ ok: true });
    const clash = rebase(settings({ demandPerPeriod: 100 }), settings({ demandPerPeriod: 120 }));
    expect(clash).toMatchObject({ ok: false });
    if (!clash.ok)
      expect(describeConflicts(clash.conflicts, names)).toBe(
        "Another window changed the demand per period of the map's settings at the same time, to something else.",
      );
  });

  it('counts the further clashes after the first', () => {
    const result = rebase([...edit('a', { x: 1 }), ...edit('b', { x: 1 })], [...edit('a', { x: 2 }), ...edit('b', { x: 2 })]);
    if (result.ok) throw new Error('expected a clash');
    expect(describeConflicts(result.conflicts, names)).toMatch(/“Assembly”.*\(and 1 more clash\)$/);
  });
});
