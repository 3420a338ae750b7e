import { describe, expect, it } from 'vitest';
import { computeMetrics, toUnit } from '../../../shared/vsm';
import { officeOrderFulfilment } from '../../../shared/vsm/examples';

/**
 * Golden case: an office value stream in the style of Martin & Osterling, "Value Stream
 * Mapping" (McGraw-Hill, 2014), where each box carries its own process time, lead time and
 * %C&A. The figures are the example's own (see office-order-fulfilment.ts); every expected value
 * below is worked out by hand from them.
 */
const MIN = 60;
const HOUR = 3_600;
const DAY = 8 * HOUR;

describe('office order fulfilment (Martin & Osterling style)', () => {
  const metrics = computeMetrics(officeOrderFulfilment());
  const processTimes = [15 * MIN, 10 * MIN, 2 * HOUR, 30 * MIN, 20 * MIN];
  const leadTimes = [4 * HOUR, DAY, 3 * DAY, DAY, 2 * DAY];
  const completeAndAccurate = [90, 95, 70, 98, 85];

  it('adds the steps’ own lead times and process times', () => {
    expect(metrics.processTime).toBe(11_700);
    expect(metrics.processTime).toBe(processTimes.reduce((a, b) => a + b));
    expect(metrics.leadTime).toBe(leadTimes.reduce((a, b) => a + b));
    expect(toUnit(metrics.leadTime, 'd', { workingTimePerDay: DAY })).toBe(7.5);
  });

  it('has an activity ratio of 5.4% and a rolled %C&A of 49.9%', () => {
    expect(metrics.activityRatio).toBeCloseTo(11_700 / 216_000, 12);
    expect(metrics.activityRatio).toBeCloseTo(0.054, 3);
    const rolled = completeAndAccurate.reduce((product, pct) => product * (pct / 100), 1) * 100;
    expect(metrics.rolledPercentCompleteAccurate).toBeCloseTo(rolled, 10);
    expect(metrics.rolledPercentCompleteAccurate).toBeCloseTo(49.86, 2);
  });

  it('shows each step’s queue as a wait before its work on the ladder', () => {
    const queues = metrics.timeline.filter((s) => s.kind === 'wait').map((s) => s.seconds);
    expect(queues).toEqual(leadTimes.map((lead, i) => lead - (processTimes[i] ?? 0)));
    expect(metrics.timeline.filter((s) => s.kind === 'process').map((s) => s.seconds)).toEqual(processTimes);
  });

  it('holds the review’s 40-minute cycle (2 h shared by 3 engineers) against a 48-minute takt', () => {
    expect(metrics.taktTime).toBe(DAY / (200 / 20));
    expect(metrics.bottleneck).toEqual({ nodeId: 'office-review', cycleTime: 40 * MIN });
    expect(metrics.stepsOverTakt).toEqual([]);
    expect(metrics.totalOperators).toBe(8);
    expect(metrics.handOffs).toBe(4);
    expect(metrics.diagnostics).toEqual([]);
  });
});
