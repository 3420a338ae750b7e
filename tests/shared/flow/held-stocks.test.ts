import { describe, expect, it } from 'vitest';
import { lineFromMap } from '../../../shared/flow/simulation/line-from-map';
import { rangeOfRuns, simulateRuns } from '../../../shared/flow/simulation/monte-carlo';
import { simulateEvents, type SimulationOptions } from '../../../shared/flow/simulation/simulate-line';
import { simulateTandem } from '../../../shared/flow/simulation/simulate-tandem';
import { AS_DRAWN, type WhatIf } from '../../../shared/flow/simulation/what-if';
import { computeMetrics } from '../../../shared/vsm';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { isProcessNode } from '../../../shared/vsm';
import { ACME_WORKING_DAY, acmeStampingCurrentState } from '../../../shared/vsm/examples/acme-stamping-current';
import { DAY, flows, mapOf, other, step, wait } from '../vsm/build';

/**
 * A push stock drawn with a count is held at that count by the schedule, as the static model
 * counts it (wait = count ÷ daily demand): the simulated line does not work it down, so its
 * lead time includes the stocks' days.
 */
const ENGINES = [
  ['the queue recursion', simulateTandem],
  ['the event simulation', simulateEvents],
] as const;
const fixed: WhatIf = { ...AS_DRAWN, variability: 'none' };
const options: SimulationOptions = { days: 30, warmupDays: 5, seed: 1, breakdowns: 'averaged', samples: 60 };

function built(doc: MapDocument, whatIf: WhatIf) {
  const line = lineFromMap(doc, whatIf);
  if (!line.ok) throw new Error(line.problem);
  return line.line;
}

/** Acme Stamping with Assembly #1 at the 60 s takt instead of 62 s, so no queue builds anywhere. */
function acmeAtTakt(): MapDocument {
  const doc = acmeStampingCurrentState();
  const nodes = doc.nodes.map((node) =>
    isProcessNode(node) && node.id === 'acme-assembly-1' ? { ...node, process: { ...node.process, cycleTime: 60 } } : node,
  );
  return { ...doc, nodes };
}

/** 480 a day at takt 60 s; counts of 960 and 240 are two days and half a day. */
const settings = { demandPerPeriod: 480, workingDaysPerPeriod: 1, workingTimePerDay: DAY };
const countedLine = mapOf(
  [
    other('supplier', 'S'),
    wait('Q1', { quantity: 960 }),
    step('A', { cycleTime: 50 }),
    wait('Q2', { quantity: 240 }),
    step('B', { cycleTime: 55 }),
    wait('F', { quantity: 480 }),
    other('customer', 'E'),
  ],
  flows('S>Q1>A>Q2>B>F>E'),
  settings,
);

describe('stocks held at the levels drawn', () => {
  it.each(ENGINES)('a deterministic line with counted stocks gives exactly the static lead time, stocks included, %s', (_, simulate) => {
    const lead = computeMetrics(countedLine).leadTime;
    expect(lead).toBeCloseTo(3.5 * DAY + 105, 6);
    const result = simulate(built(countedLine, fixed), { ...options, days: 12, warmupDays: 2 });
    expect(result.leadTime?.min).toBeCloseTo(lead ?? NaN, 6);
    expect(result.leadTime?.max).toBeCloseTo(lead ?? NaN, 6);
    expect(result.throughputPerDay).toBeCloseTo(480, -1);
    // Held, not worked down: each stock holds its count (give or take the item in hand) all run long.
    expect(result.wip.byStation[0]?.every((count) => Math.abs(count - 960) <= 1)).toBe(true);
    expect(result.wip.byStation[1]?.every((count) => Math.abs(count - 240) <= 1)).toBe(true);
    expect(result.growingQueues).toEqual([]);
  });

  it.each(ENGINES)("Little's law holds within 1 % over a long run with held stocks and random arrivals, %s", (_, simulate) => {
    const result = simulate(built(countedLine, { ...AS_DRAWN, randomArrivals: true }), { ...options, days: 400, warmupDays: 20 });
    const littleL = result.completionRate * result.meanTimeInSystem;
    expect(Math.abs(result.averageInSystem / littleL - 1)).toBeLessThan(0.01);
  });

  it.each(ENGINES)('Acme Stamping balanced at takt gives the static 23.6 days in a deterministic run, %s', (_, simulate) => {
    const doc = acmeAtTakt();
    const staticLead = computeMetrics(doc).leadTime ?? NaN;
    expect(staticLead / ACME_WORKING_DAY).toBeCloseTo(23.6, 1);
    const result = simulate(built(doc, fixed), options);
    // Averaged failures stretch each item's work by 1 / uptime (12 s at the press and weld #2), which the ladder's process time leaves out.
    expect(result.leadTime?.min).toBeGreaterThanOrEqual(staticLead);
    expect((result.leadTime?.max ?? NaN) - staticLead).toBeLessThan(60);
  });

  it.each(ENGINES)('Acme Stamping as drawn runs over its 23.6 days by the queue Assembly #1 (62 s against a 60 s takt) builds, %s', (_, simulate) => {
    const staticLead = computeMetrics(acmeStampingCurrentState()).leadTime ?? NaN;
    const result = simulate(built(acmeStampingCurrentState(), fixed), options);
    expect(result.leadTime?.min).toBeGreaterThan(staticLead + 60);
    // The queue grows by 2 s of every 62 s at most, so over a 30-day run by less than a day.
    expect(result.leadTime?.max).toBeLessThan(staticLead + ACME_WORKING_DAY);
  });

  it('Acme Stamping’s Monte-Carlo median is within 3 % of the static lead time balanced at takt, within 5 % as drawn', () => {
    const median = (doc: MapDocument) => {
      const runs = simulateRuns(built(doc, AS_DRAWN), { ...options, breakdowns: 'random', runs: 40 }, { from: 0, to: 40 });
      return rangeOfRuns(runs ?? []).pooled?.p50 ?? NaN;
    };
    const staticLead = computeMetrics(acmeStampingCurrentState()).leadTime ?? NaN;
    expect(Math.abs(median(acmeAtTakt()) / staticLead - 1)).toBeLessThan(0.03);
    const asDrawn = median(acmeStampingCurrentState()) / staticLead - 1;
    expect(asDrawn).toBeGreaterThan(0);
    expect(asDrawn).toBeLessThan(0.05);
  });
});
