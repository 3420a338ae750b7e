import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { compareMaps, deriveFutureState, METRIC_KEYS, type MapComparison } from '../../../shared/vsm';
import { arrow } from '../../../shared/vsm/examples/example-builder';
import { acmeStampingCurrentState } from '../../../shared/vsm/examples';
import { DAY, flows, mapOf, other, step, wait } from './build';

const settings = { demandPerPeriod: 400, workingDaysPerPeriod: 20, workingTimePerDay: DAY };

function current(): MapDocument {
  return mapOf(
    [
      other('supplier', 'S'),
      other('customer', 'E'),
      step('A', { cycleTime: 100, operators: 1 }),
      wait('Q1', { quantity: 40 }),
      step('B', { cycleTime: 200, operators: 1 }),
      wait('Q2', { quantity: 20 }),
      step('C', { cycleTime: 300, operators: 2 }),
      step('D', { cycleTime: 50, operators: 1 }),
    ],
    flows('S>A>Q1>B>Q2>C>D>E'),
    settings,
  );
}

function metric(comparison: MapComparison, key: string) {
  return comparison.metrics.find((m) => m.key === key);
}

describe('compareMaps', () => {
  it('finds nothing changed between a map and the future state just derived from it', () => {
    const comparison = compareMaps(current(), deriveFutureState(current()));
    expect(comparison.metrics.map((m) => m.key)).toEqual([...METRIC_KEYS]);
    expect(comparison.metrics.every((m) => m.verdict === 'same')).toBe(true);
    expect(comparison.steps).toMatchObject({ removed: [], added: [], changed: [], merged: [], split: [] });
    expect(comparison.steps.unchanged).toHaveLength(4);
    expect(comparison.inventoryRemoved).toEqual([]);
  });

  it('tells removed, added, changed, merged and split steps apart by lineage', () => {
    const before = current();
    const origin = (node: MapDocument['nodes'][number], originId: string, extra: object = {}) => ({
      ...node,
      originId,
      ...extra,
    });
    const after = mapOf(
      [
        origin(other('supplier', 'fS'), 'S'),
        origin(other('customer', 'fE'), 'E'),
        origin(step('fA1', { cycleTime: 100, operators: 1 }), 'A'),
        origin(step('fA2', { cycleTime: 100, operators: 1 }), 'A'),
        origin(step('fBC', { cycleTime: 240, processTime: 450, operators: 2 }), 'B', { mergedOriginIds: ['C'] }),
        step('NEW', { cycleTime: 10 }),
        origin(wait('fQ1', { quantity: 10 }, 'supermarket'), 'Q1'),
      ],
      flows('fS>fA1>fQ1>fBC>NEW>fE', 'fS>fA2>fQ1'),
      settings,
    );
    const comparison = compareMaps(before, after);
    expect(comparison.steps.removed).toEqual([{ nodeId: 'D', label: 'D' }]);
    expect(comparison.steps.added).toEqual([{ nodeId: 'NEW', label: 'NEW' }]);
    expect(comparison.steps.merged).toEqual([
      {
        currentSteps: [
          { nodeId: 'B', label: 'B' },
          { nodeId: 'C', label: 'C' },
        ],
        future: { nodeId: 'fBC', label: 'fBC' },
      },
    ]);
    expect(comparison.steps.split).toEqual([
      {
        current: { nodeId: 'A', label: 'A' },
        futureSteps: [
          { nodeId: 'fA1', label: 'fA1' },
          { nodeId: 'fA2', label: 'fA2' },
        ],
      },
    ]);
    expect(comparison.steps.changed).toEqual([]);
    expect(comparison.inventoryRemoved.map((s) => [s.nodeId, s.quantity])).toEqual([['Q2', 20]]);
    expect(metric(comparison, 'totalInventory')).toMatchObject({
      before: 60,
      after: 10,
      absoluteChange: -50,
      relativeChange: -50 / 60,
      verdict: 'better',
    });
    expect(metric(comparison, 'stepCount')).toMatchObject({ before: 4, after: 4, verdict: 'same' });
  });

  it('lists each changed field with its value before and after', () => {
    const before = current();
    const after = deriveFutureState(before, { now: '2026-01-01T00:00:00.000Z' });
    const nodes = after.nodes.map((node) =>
      node.kind === 'process' && node.originId === 'C' ? { ...node, text: 'C cell', process: { cycleTime: 90, operators: 2, uptime: 95 } } : node,
    );
    const comparison = compareMaps(before, { ...after, nodes });
    expect(comparison.steps.changed).toEqual([
      {
        current: { nodeId: 'C', label: 'C' },
        future: { nodeId: expect.any(String), label: 'C cell' },
        fields: [
          { field: 'text', before: 'C', after: 'C cell' },
          { field: 'cycleTime', before: 300, after: 90 },
          { field: 'uptime', before: null, after: 95 },
        ],
      },
    ]);
    expect(metric(comparison, 'bottleneckCycleTime')).toMatchObject({ before: 300, after: 200, verdict: 'better' });
  });

  it('says worse when a figure moves the wrong way, unknown when one side is missing', () => {
    const before = current();
    const slower = mapOf([...before.nodes.filter((n) => n.id !== 'D'), step('D', { cycleTime: 5_000, operators: 1 })], before.connectors, {
      demandPerPeriod: 400,
      workingDaysPerPeriod: 20,
    });
    const comparison = compareMaps(before, slower);
    expect(metric(comparison, 'leadTime')).toMatchObject({ verdict: 'worse', absoluteChange: 4_950, better: 'lower' });
    expect(metric(comparison, 'activityRatio')?.better).toBe('higher');
    expect(metric(comparison, 'taktTime')).toMatchObject({
      before: 1_440,
      after: null,
      absoluteChange: null,
      relativeChange: null,
      verdict: 'unknown',
    });
    expect(metric(comparison, 'reworkLoops')).toMatchObject({
      before: 0,
      after: 0,
      relativeChange: null,
      verdict: 'same',
    });
  });

  it('counts hand-offs between steps through the stocks between them', () => {
    const before = current();
    const withRework = { ...before, connectors: [...before.connectors, arrow('rework', 'push', 'D', 'B')] };
    const comparison = compareMaps(before, withRework);
    expect(metric(comparison, 'handOffs')).toMatchObject({ before: 3, after: 4, verdict: 'worse' });
    expect(metric(comparison, 'reworkLoops')).toMatchObject({ before: 0, after: 1, verdict: 'worse' });
  });

  it('lists the future’s kaizen bursts left to right', () => {
    const future = deriveFutureState(acmeStampingCurrentState());
    const burst = (id: string, text: string, x: number) => ({ ...other('kaizen-burst', id), text, x });
    const comparison = compareMaps(acmeStampingCurrentState(), {
      ...future,
      nodes: [...future.nodes, burst('k2', 'Uptime', 700), burst('k1', 'Setup reduction', 200)],
    });
    expect(comparison.kaizenBursts).toEqual([
      { nodeId: 'k1', text: 'Setup reduction' },
      { nodeId: 'k2', text: 'Uptime' },
    ]);
  });
});
