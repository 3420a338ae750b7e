import { describe, expect, it } from 'vitest';
import { describeFieldChange, stepMarks } from '../../../shared/comparison/step-marks';
import { mergeSteps } from '../../../shared/editing/commands-merge';
import { applyChanges } from '../../../shared/editing/map-change';
import { createNode } from '../../../shared/model/node-factory';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { compareMaps, deriveFutureState } from '../../../shared/vsm';
import { arrow, exampleMap, plain, processBox, stock } from '../../../shared/vsm/examples/example-builder';

function current(): MapDocument {
  return exampleMap(
    { id: 'c', name: 'Current', state: 'current', derivedFromMapId: null, settings: { workingTimePerDay: 8 * 3_600 } },
    [
      plain('supplier', { id: 'S', text: 'Steel', x: 0, y: 0 }),
      processBox({ id: 'A', text: 'Stamping', x: 200, y: 0 }, { cycleTime: 10 }),
      stock('inventory', { id: 'Q1', text: 'Coils', x: 400, y: 0 }, { quantity: 100 }),
      processBox({ id: 'B', text: 'Weld I', x: 600, y: 0 }, { cycleTime: 40 }),
      stock('inventory', { id: 'Q2', text: '', x: 800, y: 0 }, { quantity: 50 }),
      processBox({ id: 'C', text: 'Weld II', x: 1000, y: 0 }, { cycleTime: 30 }),
      processBox({ id: 'D', text: 'Paint', x: 1200, y: 0 }, { cycleTime: 20, uptime: 80 }),
      plain('customer', { id: 'E', text: 'Plant', x: 1400, y: 0 }),
    ],
    [
      arrow('f1', 'push', 'S', 'A'),
      arrow('f2', 'push', 'A', 'Q1'),
      arrow('f3', 'push', 'Q1', 'B'),
      arrow('f4', 'push', 'B', 'Q2'),
      arrow('f5', 'push', 'Q2', 'C'),
      arrow('f6', 'push', 'C', 'D'),
      arrow('f7', 'push', 'D', 'E'),
    ],
  );
}

describe('the difference overlay', () => {
  it('marks merged, removed, added and changed steps, with ghosts where removed ones stood', () => {
    const before = current();
    let future = deriveFutureState(before, { now: '2026-01-01T00:00:00.000Z' });
    const idOf = (origin: string) => future.nodes.find((node) => node.originId === origin)!.id;
    const merge = mergeSteps(future, [idOf('B'), idOf('C')]);
    future = applyChanges(future, merge.changes);
    future = applyChanges(future, [
      { op: 'removeConnector', id: future.connectors.find((k) => k.fromId === idOf('A'))!.id },
      { op: 'removeConnector', id: future.connectors.find((k) => k.toId === idOf('B'))!.id },
      { op: 'removeNode', id: idOf('Q1') },
      { op: 'removeConnector', id: future.connectors.find((k) => k.fromId === idOf('D'))!.id },
      { op: 'removeConnector', id: future.connectors.find((k) => k.toId === idOf('D'))!.id },
      { op: 'removeNode', id: idOf('D') },
      { op: 'putNode', node: { ...createNode({ id: 'new', kind: 'process', at: { x: 1300, y: 45 }, z: 99, text: 'Pack' }) } },
      { op: 'putNode', node: { ...future.nodes.find((node) => node.id === idOf('A'))!, ...{ process: { cycleTime: 5, uptime: 95 } } } },
    ]);
    const marks = stepMarks(compareMaps(before, future), before, future);
    expect(marks.map((mark) => [mark.kind, mark.label, mark.lines])).toEqual([
      ['removed', 'Paint', ['Removed step']],
      ['removed', 'Coils', ['Removed inventory: 100 between “Stamping” and “Weld I”']],
      ['removed', 'Inventory', ['Removed inventory: 50 between “Weld I” and “Weld II”']],
      ['added', 'Pack', ['New step']],
      ['changed', 'Stamping', ['Changed', 'Cycle time: 10\u00a0s → 5\u00a0s', 'Uptime: — → 95\u00a0%']],
      ['merged', 'Weld I + Weld II', ['2 steps merged into 1: Weld I, Weld II']],
    ]);
    const paint = marks[0]!;
    expect(paint.rect).toEqual({ x: 1200, y: 0, width: 160, height: 90 });
    expect(marks.find((mark) => mark.kind === 'added')?.nodeId).toBe('new');
  });

  it('has nothing to mark for a future state just derived', () => {
    const before = current();
    const future = deriveFutureState(before);
    expect(stepMarks(compareMaps(before, future), before, future)).toEqual([]);
  });

  it('marks each step of a split with the step it came from', () => {
    const before = current();
    const future = deriveFutureState(before, { now: '2026-01-01T00:00:00.000Z' });
    const paint = future.nodes.find((node) => node.originId === 'D')!;
    const twin = { ...paint, id: 'twin', y: 200 };
    const after = applyChanges(future, [{ op: 'putNode', node: twin }]);
    const marks = stepMarks(compareMaps(before, after), before, after);
    expect(marks.map((mark) => [mark.kind, mark.nodeId, mark.lines[0]])).toEqual([
      ['split', paint.id, 'Split from Paint'],
      ['split', 'twin', 'Split from Paint'],
    ]);
  });

  it('describes a changed name and a changed time', () => {
    const settings = { workingTimePerDay: 8 * 3_600 };
    expect(describeFieldChange({ field: 'text', before: 'Weld\nline 1', after: 'Weld cell' }, settings)).toBe('Name: “Weld line 1” → “Weld cell”');
    expect(describeFieldChange({ field: 'changeoverTime', before: 3_600, after: 600 }, settings)).toBe('Changeover: 60\u00a0min → 10\u00a0min');
    expect(describeFieldChange({ field: 'operators', before: 1, after: null }, settings)).toBe('Operators: 1 → —');
  });
});
