import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../shared/model/connector';
import { computeMetrics } from '../../../shared/vsm';
import { arrow, processBox } from '../../../shared/vsm/examples/example-builder';
import { flows, mapOf, other, timedSteps } from './build';

/** Golden cases for rework rates: expected visits from the loop structure. Times in seconds. */
const ends = [other('supplier', 'S'), other('customer', 'E')];

function rated(id: string, from: string, to: string, percent: number): Connector {
  return { ...arrow(id, 'push', from, to), reworkRate: percent };
}

/**
 * The same chain solved another way: e₀ Σₖ Qᵏ, the Neumann series of the fundamental matrix,
 * iterated until the mass still in the chain is negligible.
 */
function neumannVisits(size: number, jumps: readonly { from: number; to: number; share: number }[]): number[] {
  const back = Array.from({ length: size }, (_, i) => jumps.filter((j) => j.from === i).reduce((t, j) => t + j.share, 0));
  let mass: number[] = Array.from({ length: size }, (_, i) => (i === 0 ? 1 : 0));
  const visits = new Array<number>(size).fill(0);
  for (let round = 0; round < 100_000 && mass.some((m) => m > 1e-15); round += 1) {
    const next = new Array<number>(size).fill(0);
    mass.forEach((m, i) => {
      visits[i] = (visits[i] ?? 0) + m;
      if (i + 1 < size) next[i + 1] = (next[i + 1] ?? 0) + m * (1 - (back[i] ?? 0));
      for (const jump of jumps) if (jump.from === i) next[jump.to] = (next[jump.to] ?? 0) + m * jump.share;
    });
    mass = next;
  }
  return visits;
}

describe('expected visits with rework rates', () => {
  it('gives every step of one loop 1 / (1 − p) passes, and the path figures with rework', () => {
    const nodes = [...ends, ...timedSteps({ A: 10, B: 20, C: 30 })];
    const metrics = computeMetrics(mapOf(nodes, [...flows('S>A>B>C>E'), rated('rework', 'C', 'B', 20)]));
    const visits = Object.fromEntries(metrics.steps.map((s) => [s.nodeId, s.expectedVisits]));
    expect(visits.A).toBe(1);
    expect(visits.B).toBeCloseTo(1 / 0.8, 12);
    expect(visits.C).toBeCloseTo(1 / 0.8, 12);
    expect(metrics.leadTime).toBe(60);
    expect(metrics.expectedLeadTime).toBeCloseTo(10 + 50 / 0.8, 9);
    expect(metrics.expectedProcessTime).toBeCloseTo(10 + 50 / 0.8, 9);
  });

  it('gives the first-pass figures on a line without rework, and one pass to a loop back to the step before', () => {
    const metrics = computeMetrics(mapOf([...ends, ...timedSteps({ A: 10 })], [...flows('S>A>E')]));
    expect(metrics.expectedLeadTime).toBe(10);
    const short = mapOf([...ends, ...timedSteps({ A: 10, B: 5 })], [...flows('S>A>B>E'), rated('r', 'B', 'A', 50)]);
    expect(computeMetrics(short).expectedLeadTime).toBeCloseTo(15 * 2, 9);
  });

  it('solves nested and overlapping loops as the matrix solution does', () => {
    const ids = ['A', 'B', 'C', 'D', 'F'];
    const nodes = [...ends, ...timedSteps({ A: 1, B: 2, C: 4, D: 8, F: 16 })];
    const connectors = [
      ...flows('S>A>B>C>D>F>E'),
      rated('inner', 'C', 'B', 30),
      rated('outer', 'D', 'A', 10),
      rated('overlap', 'F', 'C', 25),
      rated('second', 'D', 'B', 5),
    ];
    const metrics = computeMetrics(mapOf(nodes, connectors));
    const index = (id: string) => ids.indexOf(id);
    const expected = neumannVisits(ids.length, [
      { from: index('C'), to: index('B'), share: 0.3 },
      { from: index('D'), to: index('A'), share: 0.1 },
      { from: index('F'), to: index('C'), share: 0.25 },
      { from: index('D'), to: index('B'), share: 0.05 },
    ]);
    ids.forEach((id, i) => {
      expect(metrics.steps.find((s) => s.nodeId === id)?.expectedVisits).toBeCloseTo(expected[i] ?? NaN, 9);
    });
    const lead = ids.reduce((total, id, i) => total + (expected[i] ?? 0) * 2 ** i, 0);
    expect(metrics.expectedLeadTime).toBeCloseTo(lead, 6);
  });

  it('counts a stock on the loop again, and leaves arrows without a rate out', () => {
    const nodes = [...ends, ...timedSteps({ A: 10, B: 20 }), processBox({ id: 'Q', text: 'Q', x: 0, y: 0 }, { leadTime: 100, processTime: 0 })];
    const unrated = computeMetrics(mapOf(nodes, [...flows('S>A>Q>B>E', 'B>Q')]));
    expect(unrated.expectedLeadTime).toBe(unrated.leadTime);
    const withRate = computeMetrics(mapOf(nodes, [...flows('S>A>Q>B>E'), rated('r', 'B', 'Q', 50)]));
    expect(withRate.expectedLeadTime).toBeCloseTo(10 + 2 * 120, 9);
  });

  it('says so, and gives no figure, when a step sends 100 % or more back', () => {
    const nodes = [...ends, ...timedSteps({ A: 10, B: 20, C: 30 })];
    const metrics = computeMetrics(mapOf(nodes, [...flows('S>A>B>C>E'), rated('r1', 'C', 'B', 60), rated('r2', 'C', 'A', 40)]));
    expect(metrics.expectedLeadTime).toBeNull();
    expect(metrics.diagnostics.find((d) => d.code === 'rework-never-ends')).toMatchObject({ severity: 'error', nodeIds: ['C'] });
  });
});

describe('rework found without a supplier', () => {
  it('takes the arrow back to the leftmost step for the rework arrow, whatever the document order', () => {
    const at = (id: string, x: number) => processBox({ id, text: id, x, y: 0 }, { cycleTime: 10 });
    const nodes = [at('B', 200), at('C', 400), at('A', 0), other('customer', 'E')];
    const metrics = computeMetrics(mapOf(nodes, [...flows('A>B>C>E'), arrow('back', 'push', 'C', 'A')]));
    expect(metrics.reworkLoops).toEqual([{ nodeIds: ['A', 'B', 'C'], closingConnectorId: 'back' }]);
    expect(metrics.criticalPath).toEqual(['A', 'B', 'C', 'E']);
  });

  it('prefers the step a rated arrow sends back to', () => {
    const at = (id: string, x: number) => processBox({ id, text: id, x, y: 0 }, { cycleTime: 10 });
    const nodes = [at('B', 0), at('A', 200)];
    const metrics = computeMetrics(mapOf(nodes, [arrow('f', 'push', 'A', 'B'), rated('back', 'B', 'A', 10)]));
    expect(metrics.reworkLoops).toEqual([{ nodeIds: ['A', 'B'], closingConnectorId: 'back' }]);
    expect(metrics.expectedLeadTime).toBeCloseTo(20 / 0.9, 9);
  });
});
