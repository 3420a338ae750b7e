import { describe, expect, it } from 'vitest';
import { arrow } from '../../../shared/vsm/examples/example-builder';
import { computeMetrics } from '../../../shared/vsm';
import { flows, mapOf, other, step, timedSteps, wait } from './build';

/** Hand-computed cases: branches, joins, rework loops and steps off the flow. Times in seconds. */
const ends = [other('supplier', 'S'), other('customer', 'E')];

describe('branches and joins', () => {
  it('follows the longer branch to the join and names it', () => {
    const doc = mapOf([...ends, ...timedSteps({ A: 10, B: 30, J: 5 })], flows('S>A>J>E', 'S>B>J'));
    const metrics = computeMetrics(doc);
    expect(metrics.criticalPath).toEqual(['S', 'B', 'J', 'E']);
    expect(metrics.leadTime).toBe(35);
    expect(metrics.processTime).toBe(35);
    expect(metrics.steps.map((s) => [s.nodeId, s.onCriticalPath, s.onFlow])).toEqual([
      ['A', false, true],
      ['B', true, true],
      ['J', true, true],
    ]);
  });

  it('lets a wait on a branch make it the critical one, though its work is shorter', () => {
    const doc = mapOf([...ends, ...timedSteps({ A: 10 }), wait('Q', { waitTime: 100 }), ...timedSteps({ B: 30, J: 5 })], flows('S>Q>A>J>E', 'S>B>J'));
    const metrics = computeMetrics(doc);
    expect(metrics.criticalPath).toEqual(['S', 'Q', 'A', 'J', 'E']);
    expect(metrics.leadTime).toBe(115);
    expect(metrics.processTime).toBe(15);
    expect(metrics.timeline.map((s) => [s.nodeId, s.kind, s.seconds])).toEqual([
      ['Q', 'wait', 100],
      ['A', 'process', 10],
      ['J', 'process', 5],
    ]);
  });

  it('breaks a tie in lead time by the longer process time', () => {
    const doc = mapOf([...ends, step('A', { processTime: 5, leadTime: 50 }), step('B', { processTime: 8, leadTime: 50 })], flows('S>A>E', 'S>B>E'));
    expect(computeMetrics(doc).criticalPath).toEqual(['S', 'B', 'E']);
  });

  it('joins two feeds into an assembly, starting from the longer one', () => {
    const doc = mapOf(
      [other('supplier', 'S1'), other('supplier', 'S2'), other('customer', 'E'), ...timedSteps({ F1: 40, F2: 70, ASSY: 20 })],
      flows('S1>F1>ASSY>E', 'S2>F2>ASSY'),
    );
    const metrics = computeMetrics(doc);
    expect(metrics.criticalPath).toEqual(['S2', 'F2', 'ASSY', 'E']);
    expect(metrics.leadTime).toBe(90);
    expect(metrics.handOffs).toBe(2);
  });

  it('ignores information flows', () => {
    const doc = mapOf(
      [...ends, ...timedSteps({ A: 10, B: 500 })],
      [...flows('S>A>E'), arrow('info', 'electronic-info', 'A', 'B'), arrow('info2', 'manual-info', 'B', 'E')],
    );
    const metrics = computeMetrics(doc);
    expect(metrics.leadTime).toBe(10);
    expect(metrics.diagnostics.map((d) => [d.code, d.nodeIds])).toContainEqual(['not-on-flow', ['B']]);
  });
});

describe('rework loops', () => {
  it('counts each step once (first pass) and reports the loop with its rework arrow', () => {
    const nodes = [...ends, ...timedSteps({ A: 10, B: 20, C: 30 })];
    const connectors = [...flows('S>A>B>C>E'), arrow('rework', 'push', 'C', 'B')];
    const metrics = computeMetrics(mapOf(nodes, connectors));
    expect(metrics.leadTime).toBe(60);
    expect(metrics.processTime).toBe(60);
    expect(metrics.criticalPath).toEqual(['S', 'A', 'B', 'C', 'E']);
    expect(metrics.reworkLoops).toEqual([{ nodeIds: ['B', 'C'], closingConnectorId: 'rework' }]);
    const loop = metrics.diagnostics.find((d) => d.code === 'rework-loop');
    expect(loop).toMatchObject({ severity: 'info', nodeIds: ['B', 'C'], connectorIds: ['rework'] });
    expect(loop?.message).toContain('“B” → “C” → “B”');
    expect(metrics.handOffs).toBe(3);
  });

  it('terminates on a loop with no way in, and on a loop back to the very first step', () => {
    const closed = computeMetrics(mapOf(timedSteps({ A: 7, B: 11 }), flows('A>B>A')));
    expect(closed.leadTime).toBe(18);
    expect(closed.reworkLoops).toHaveLength(1);
    const toStart = computeMetrics(mapOf([...ends, ...timedSteps({ A: 7, B: 11 })], flows('S>A>B>E', 'B>A')));
    expect(toStart.criticalPath).toEqual(['S', 'A', 'B', 'E']);
    expect(toStart.reworkLoops).toEqual([{ nodeIds: ['A', 'B'], closingConnectorId: 'c1-01' }]);
  });

  it('does not end the path at a repair station beside the line whose one arrow leads back, however long it takes', () => {
    const nodes = [...ends, ...timedSteps({ A: 10, Inspect: 5, Repair: 300 })];
    const metrics = computeMetrics(mapOf(nodes, flows('S>A>Inspect>E', 'Inspect>Repair>A')));
    expect(metrics.criticalPath).toEqual(['S', 'A', 'Inspect', 'E']);
    expect(metrics.leadTime).toBe(15);
    expect(metrics.reworkLoops.map((l) => l.nodeIds)).toEqual([['A', 'Inspect', 'Repair']]);
  });

  it('handles nested loops and a flow of 50,000 steps looping back to its start without overflowing the stack', () => {
    const nested = computeMetrics(mapOf([...timedSteps({ A: 1, B: 2, C: 4, D: 8 })], flows('A>B>C>D', 'C>B', 'D>A')));
    expect(nested.leadTime).toBe(15);
    expect(nested.reworkLoops.map((l) => l.nodeIds)).toEqual([
      ['A', 'B', 'C', 'D'],
      ['B', 'C'],
    ]);

    const ids = Array.from({ length: 50_000 }, (_, i) => `s${i}`);
    const long = computeMetrics(
      mapOf(
        ids.map((id) => step(id, { cycleTime: 1 })),
        flows(`${ids.join('>')}>s0`),
      ),
    );
    expect(long.leadTime).toBe(50_000);
    expect(long.reworkLoops[0]?.nodeIds).toHaveLength(50_000);
  });
});

describe('steps off the flow', () => {
  it('leaves a step with no arrows and a smaller separate flow out of the totals and the bottleneck, and says so', () => {
    const doc = mapOf([...ends, ...timedSteps({ A: 10, LONE: 999, X: 1, Y: 1 })], flows('S>A>E', 'X>Y'));
    const metrics = computeMetrics(doc);
    expect(metrics.leadTime).toBe(10);
    expect(metrics.diagnostics.filter((d) => d.code === 'not-on-flow').map((d) => d.nodeIds[0])).toEqual(['LONE', 'X', 'Y']);
    // LONE (999 s) and the separate X>Y flow are slower or as slow, but nothing of the flow passes them.
    expect(metrics.bottleneck).toEqual({ nodeId: 'A', cycleTime: 10 });
  });

  it('adds nothing up while no material arrows are drawn', () => {
    const metrics = computeMetrics(mapOf([...timedSteps({ A: 10 }), wait('Q', { waitTime: 60 })], []));
    expect(metrics.leadTime).toBe(0);
    expect(metrics.activityRatio).toBeNull();
    expect(metrics.criticalPath).toEqual([]);
    expect(metrics.diagnostics.filter((d) => d.code === 'no-material-flow')).toEqual([
      expect.objectContaining({ severity: 'warning', nodeIds: ['A', 'Q'] }),
    ]);
    expect(metrics.diagnostics.some((d) => d.code === 'not-on-flow')).toBe(false);
  });
});
