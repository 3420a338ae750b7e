import { describe, expect, it } from 'vitest';
import { lineFromMap } from '../../../shared/flow/simulation/line-from-map';
import { simulateLine } from '../../../shared/flow/simulation/simulate-line';
import { AS_DRAWN, type WhatIf } from '../../../shared/flow/simulation/what-if';
import { computeMetrics } from '../../../shared/vsm';
import { acmeStampingCurrentState } from '../../../shared/vsm/examples/acme-stamping-current';
import { arrow } from '../../../shared/vsm/examples/example-builder';
import { DAY, flows, mapOf, other, step, wait } from '../vsm/build';

const fixed: WhatIf = { ...AS_DRAWN, variability: 'none' };
const settings = { demandPerPeriod: 480, workingDaysPerPeriod: 1, workingTimePerDay: DAY };

const acme = acmeStampingCurrentState;

describe('the line a map draws', () => {
  it('a deterministic line gives exactly the static engine’s lead time', () => {
    const nodes = [
      other('supplier', 'S'),
      wait('Q1', { waitTime: 2 * DAY }),
      step('A', { cycleTime: 50 }),
      wait('Q2', { waitTime: 3_000 }),
      step('B', { cycleTime: 60, processTime: 180, leadTime: 900 }),
      step('C', { processTime: 40 }),
      wait('F', { waitTime: DAY / 2 }),
      other('customer', 'E'),
    ];
    const doc = mapOf(nodes, flows('S>Q1>A>Q2>B>C>F>E'), settings);
    const built = lineFromMap(doc, fixed);
    if (!built.ok) throw new Error(built.problem);
    expect(built.line.stations.map((s) => s.servers)).toEqual([1, 3, 1]);
    const result = simulateLine(built.line, { days: 10, warmupDays: 3, seed: 1, breakdowns: 'averaged', samples: 20 });
    const lead = computeMetrics(doc).leadTime;
    expect(result.leadTime?.min).toBeCloseTo(lead, 6);
    expect(result.leadTime?.max).toBeCloseTo(lead, 6);
    expect(result.throughputPerDay).toBeCloseTo(480, -1);
  });

  it('sends the rated share back along a rework arrow, so the step works 1 / (1 − p) times, and lead time is the engine’s expected one plus queueing', () => {
    const nodes = [other('supplier', 'S'), step('A', { cycleTime: 10 }), step('B', { cycleTime: 20 }), other('customer', 'E')];
    const doc = mapOf(nodes, [...flows('S>A>B>E'), { ...arrow('r', 'push', 'B', 'A'), reworkRate: 20 }], settings);
    const built = lineFromMap(doc, fixed);
    if (!built.ok) throw new Error(built.problem);
    const result = simulateLine(built.line, { days: 200, warmupDays: 5, seed: 5, breakdowns: 'averaged', samples: 20 });
    expect(result.stations[0]?.utilisation).toBeCloseTo((10 / 60) * 1.25, 2);
    const expected = computeMetrics(doc).expectedLeadTime ?? NaN;
    expect(result.leadTime?.mean).toBeGreaterThan(expected);
    expect(result.leadTime?.mean).toBeLessThan(expected * 1.1);
  });

  it('says what is missing instead of simulating a map without demand', () => {
    const built = lineFromMap(mapOf([step('A', { cycleTime: 1 })], []), AS_DRAWN);
    expect(built).toEqual({ ok: false, problem: 'no-takt' });
  });

  it('runs Acme Stamping as drawn: Assembly #1 (62 s against a 60 s takt) is the constraint and its queue grows', () => {
    const built = lineFromMap(acme(), AS_DRAWN);
    if (!built.ok) throw new Error(built.problem);
    const result = simulateLine(built.line, { days: 30, warmupDays: 5, seed: 1, breakdowns: 'random', samples: 200 });
    expect(result.demandPerDay).toBeCloseTo(920, 6);
    expect(result.constraint).toBe('acme-assembly-1');
    expect(result.growingQueues).toContain('acme-assembly-1');
    expect(result.throughputPerDay).toBeCloseTo(55_200 / 62, -1);
    expect(result.released).toBeGreaterThanOrEqual(27_600);
  });
});
