import { describe, expect, it } from 'vitest';
import { lineFromMap } from '../../../shared/flow/simulation/line-from-map';
import { simulateLine, type SimulationOptions } from '../../../shared/flow/simulation/simulate-line';
import { AS_DRAWN, type WhatIf } from '../../../shared/flow/simulation/what-if';
import { computeMetrics } from '../../../shared/vsm';
import { arrow } from '../../../shared/vsm/examples/example-builder';
import { DAY, flows, mapOf, other, step, wait } from '../vsm/build';

/**
 * Rework in the simulation counts as the engine's visit equations say: items pass each step of
 * nested and overlapping loops as often as the fundamental matrix gives, and a loop through a
 * repair station drawn beside the line sends its share through that station and back.
 */
const fixed: WhatIf = { ...AS_DRAWN, variability: 'none' };
const settings = { demandPerPeriod: 480, workingDaysPerPeriod: 1, workingTimePerDay: DAY };
const TAKT = DAY / 480;
const options: SimulationOptions = { days: 300, warmupDays: 5, seed: 2, breakdowns: 'averaged', samples: 20 };

/** Passes of each station per item released, from the share of its time it worked: visits × C/T / takt. */
function passes(utilisation: number | undefined, cycleTime: number): number {
  return ((utilisation ?? NaN) * TAKT) / cycleTime;
}

describe('rework in the simulation', () => {
  it('nested and overlapping loops: each step works as often as the matrix solution of the visit equations', () => {
    const nodes = [
      other('supplier', 'S'),
      step('A', { cycleTime: 6 }),
      step('B', { cycleTime: 6 }),
      step('C', { cycleTime: 6 }),
      other('customer', 'E'),
    ];
    const rework = [
      { ...arrow('r1', 'push', 'C', 'A'), reworkRate: 10 },
      { ...arrow('r2', 'push', 'C', 'B'), reworkRate: 20 },
      { ...arrow('r3', 'push', 'B', 'B'), reworkRate: 15 },
    ];
    const doc = mapOf(nodes, [...flows('S>A>B>C>E'), ...rework], settings);
    const metrics = computeMetrics(doc);
    const built = lineFromMap(doc, fixed);
    if (!built.ok) throw new Error(built.problem);
    const result = simulateLine(built.line, options);
    ['A', 'B', 'C'].forEach((id, index) => {
      const expected = metrics.steps.find((entry) => entry.nodeId === id)?.expectedVisits ?? NaN;
      expect(expected).toBeGreaterThan(1);
      expect(Math.abs(passes(result.stations[index]?.utilisation, 6) / expected - 1)).toBeLessThan(0.01);
    });
  });

  it('a loop through a repair station beside the line sends its share through the repair and back, with the wait drawn on the way', () => {
    const nodes = [
      other('supplier', 'S'),
      step('Assemble', { cycleTime: 20 }),
      step('Inspect', { cycleTime: 10 }),
      step('Repair', { cycleTime: 40 }),
      wait('Hold', { waitTime: 600 }),
      other('customer', 'E'),
    ];
    const connectors = [...flows('S>Assemble>Inspect>E', 'Inspect>Repair>Hold'), { ...arrow('back', 'push', 'Hold', 'Assemble'), reworkRate: 25 }];
    const doc = mapOf(nodes, connectors, settings);
    expect(computeMetrics(doc).criticalPath).toEqual(['S', 'Assemble', 'Inspect', 'E']);
    const built = lineFromMap(doc, fixed);
    if (!built.ok) throw new Error(built.problem);
    expect(built.line.stations.map((entry) => [entry.label, entry.detour])).toEqual([
      ['Assemble', false],
      ['Inspect', false],
      ['Repair', true],
    ]);
    expect(built.stepIds).toEqual(['Assemble', 'Inspect']);
    const result = simulateLine(built.line, options);
    const loop = 1 / (1 - 0.25);
    expect(Math.abs(passes(result.stations[0]?.utilisation, 20) / loop - 1)).toBeLessThan(0.01);
    expect(Math.abs(passes(result.stations[1]?.utilisation, 10) / loop - 1)).toBeLessThan(0.01);
    expect(Math.abs(passes(result.stations[2]?.utilisation, 40) / (loop - 1) - 1)).toBeLessThan(0.02);
    expect(result.throughputPerDay).toBeCloseTo(480, -1);
    // An item sent back once spends the repair (40 s) and the hold (600 s) besides a second pass.
    expect(result.leadTime?.max).toBeGreaterThan(20 + 10 + 40 + 600 + 20 + 10);
  });
});
