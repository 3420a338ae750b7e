import { describe, expect, it } from 'vitest';
import { compareById } from '../../../shared/model/document-order';
import { mergedProcessData, mergeSteps } from '../../../shared/editing/commands-merge';
import type { MapNode } from '../../../shared/model/map-node';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { compareMaps, deriveFutureState } from '../../../shared/vsm';
import { arrow, exampleMap, plain, processBox, stock } from '../../../shared/vsm/examples/example-builder';
import { applyAndCheckInverse } from './inverse';

/** S → A → Q1 → B → Q2 → C → E, with an info arrow from a control box to B, placed left to right. */
function line(): MapDocument {
  return exampleMap(
    { id: 'm', name: 'Line', state: 'current', derivedFromMapId: null, settings: { demandPerPeriod: 400, workingDaysPerPeriod: 20 } },
    [
      plain('supplier', { id: 'S', text: 'Steel', x: 0, y: 0 }),
      processBox({ id: 'A', text: 'Stamping', x: 200, y: 0 }, { cycleTime: 10, operators: 1, uptime: 90 }),
      stock('inventory', { id: 'Q1', text: '', x: 400, y: 0 }, { quantity: 100 }),
      processBox({ id: 'B', text: 'Weld I\nline 2', x: 600, y: 0 }, { cycleTime: 40, operators: 1, uptime: 80, changeoverTime: 600 }),
      stock('inventory', { id: 'Q2', text: '', x: 800, y: 0 }, { quantity: 50 }),
      processBox({ id: 'C', text: 'Weld II', x: 1000, y: 0 }, { cycleTime: 30, operators: 2, changeoverTime: 300 }),
      plain('customer', { id: 'E', text: 'Assembly plant', x: 1200, y: 0 }),
      plain('production-control', { id: 'PC', text: 'Production control', x: 600, y: -200 }),
    ],
    [
      arrow('f1', 'push', 'S', 'A'),
      arrow('f2', 'push', 'A', 'Q1'),
      arrow('f3', 'push', 'Q1', 'B'),
      arrow('f4', 'push', 'B', 'Q2'),
      arrow('f5', 'push', 'Q2', 'C'),
      arrow('f6', 'push', 'C', 'E'),
      arrow('i1', 'manual-info', 'PC', 'B'),
      arrow('i2', 'manual-info', 'PC', 'C'),
    ],
  );
}

function node(doc: MapDocument, id: string): MapNode | undefined {
  return doc.nodes.find((candidate) => candidate.id === id);
}

function flowsOf(doc: MapDocument): string[] {
  return doc.connectors.map((connector) => `${connector.fromId}>${connector.toId}`).sort();
}

describe('mergeSteps', () => {
  it('merges two neighbouring steps into the left one, drops the stock between them and reconnects the rest', () => {
    const before = line();
    const { changes, mergedId } = mergeSteps(before, ['C', 'B']);
    expect(mergedId).toBe('B');
    const after = applyAndCheckInverse(before, changes);
    expect(after.nodes.map((n) => n.id).sort()).toEqual(['A', 'B', 'E', 'PC', 'Q1', 'S']);
    expect(flowsOf(after)).toEqual(['A>Q1', 'B>E', 'PC>B', 'Q1>B', 'S>A']);
    expect(node(after, 'B')?.text).toBe('Weld I + Weld II');
  });

  it('keeps an arrow’s id, kind and label when it moves to the merged step', () => {
    const before = line();
    const after = applyAndCheckInverse(before, mergeSteps(before, ['B', 'C']).changes);
    expect(after.connectors.find((connector) => connector.id === 'f6')).toEqual({ ...arrow('f6', 'push', 'B', 'E') });
  });

  it('keeps a stock that also feeds a step outside the merge', () => {
    const base = line();
    const before = { ...base, connectors: [...base.connectors, arrow('f7', 'push', 'Q2', 'E')].sort(compareById) };
    const after = applyAndCheckInverse(before, mergeSteps(before, ['B', 'C']).changes);
    expect(node(after, 'Q2')).toBeDefined();
    expect(flowsOf(after)).toContain('B>Q2');
    expect(flowsOf(after)).toContain('Q2>E');
    expect(flowsOf(after)).not.toContain('Q2>B');
  });

  it('merges steps that are not neighbours, leaving what lies between them on the map', () => {
    const before = line();
    const after = applyAndCheckInverse(before, mergeSteps(before, ['A', 'C']).changes);
    expect(node(after, 'Q1')).toBeDefined();
    expect(node(after, 'Q2')).toBeDefined();
    expect(flowsOf(after)).toEqual(['A>E', 'A>Q1', 'B>Q2', 'PC>A', 'PC>B', 'Q1>B', 'Q2>A', 'S>A']);
  });

  it('does nothing with fewer than two process steps selected', () => {
    expect(mergeSteps(line(), ['B'])).toEqual({ changes: [], mergedId: null });
    expect(mergeSteps(line(), ['B', 'Q2', 'PC'])).toEqual({ changes: [], mergedId: null });
    expect(mergeSteps(line(), ['ghost', 'other'])).toEqual({ changes: [], mergedId: null });
  });

  it('records every origin, so that the comparison shows a merge and not a removal', () => {
    const current = line();
    const future = deriveFutureState(current, { now: '2026-01-01T00:00:00.000Z' });
    const [b, c] = ['B', 'C'].map((id) => future.nodes.find((n) => n.originId === id)!.id);
    const { changes, mergedId } = mergeSteps(future, [b!, c!]);
    const merged = applyAndCheckInverse(future, changes);
    const cell = node(merged, mergedId!);
    expect(cell?.originId).toBe('B');
    expect(cell?.mergedOriginIds).toEqual(['C']);
    const comparison = compareMaps(current, merged);
    expect(comparison.steps.removed).toEqual([]);
    expect(comparison.steps.merged).toEqual([
      {
        currentSteps: [
          { nodeId: 'B', label: 'Weld I' },
          { nodeId: 'C', label: 'Weld II' },
        ],
        future: { nodeId: mergedId, label: 'Weld I + Weld II' },
      },
    ]);
    expect(comparison.inventoryRemoved.map((stock) => stock.nodeId)).toEqual(['Q2']);
  });

  it('carries earlier merges along when a merged step is merged again', () => {
    const current = line();
    const future = deriveFutureState(current, { now: '2026-01-01T00:00:00.000Z' });
    const idOf = (origin: string) => future.nodes.find((n) => n.originId === origin)!.id;
    const first = mergeSteps(future, [idOf('B'), idOf('C')]);
    const once = applyAndCheckInverse(future, first.changes);
    const twice = applyAndCheckInverse(once, mergeSteps(once, [idOf('A'), first.mergedId!]).changes);
    const cell = node(twice, idOf('A'));
    expect([cell?.originId, ...(cell?.mergedOriginIds ?? [])]).toEqual(['A', 'B', 'C']);
    expect(compareMaps(current, twice).steps.merged[0]?.currentSteps.map((step) => step.nodeId)).toEqual(['A', 'B', 'C']);
  });
});

describe('mergedProcessData', () => {
  const box = (process: Parameters<typeof processBox>[1]) => processBox({ id: 'x', text: 'x', x: 0, y: 0 }, process);

  it('adds the work content, paces by the slowest station and multiplies uptime and %C&A', () => {
    expect(
      mergedProcessData([
        box({ cycleTime: 39, operators: 1, uptime: 100, changeoverTime: 600, percentCompleteAccurate: 90, shifts: 2, availableTimePerShift: 27_600 }),
        box({
          cycleTime: 46,
          operators: 1,
          uptime: 80,
          changeoverTime: 900,
          percentCompleteAccurate: 50,
          shifts: 1,
          availableTimePerShift: 25_000,
          batchSize: 20,
        }),
      ]),
    ).toEqual({
      processTime: 85,
      cycleTime: 46,
      changeoverTime: 900,
      uptime: 80,
      operators: 2,
      shifts: 2,
      availableTimePerShift: 25_000,
      batchSize: 20,
      percentCompleteAccurate: 45,
    });
  });

  it('sums stated lead times, counting a step without one at its process time, and leaves unknown fields unset', () => {
    expect(mergedProcessData([box({ processTime: 60, leadTime: 3_600 }), box({ processTime: 120 })])).toEqual({
      processTime: 180,
      cycleTime: 120,
      leadTime: 3_720,
    });
    expect(mergedProcessData([box({}), box({})])).toEqual({});
  });
});
