import { describe, expect, it } from 'vitest';
import { ladderChart, niceStep } from '../../../shared/comparison/ladder-layout';
import { computeMetrics } from '../../../shared/vsm';
import { acmeStampingCurrentState, acmeStampingFutureState } from '../../../shared/vsm/examples';
import { DAY, flows, mapOf, other, step, wait } from '../vsm/build';

const settings = { demandPerPeriod: 400, workingDaysPerPeriod: 20, workingTimePerDay: DAY };

function chartOf(before: ReturnType<typeof mapOf>, after: ReturnType<typeof mapOf>) {
  return ladderChart({ title: 'Current', metrics: computeMetrics(before) }, { title: 'Future', metrics: computeMetrics(after) }, settings);
}

describe('two lead-time ladders on one scale', () => {
  const current = mapOf(
    [other('supplier', 'S'), step('A', { cycleTime: 100 }), wait('Q', { quantity: 40 }), step('B', { cycleTime: 200 }), other('customer', 'E')],
    flows('S>A>Q>B>E'),
    settings,
  );
  const future = mapOf(
    [other('supplier', 'S'), step('A', { cycleTime: 100 }), wait('Q', { quantity: 10 }), step('B', { cycleTime: 200 }), other('customer', 'E')],
    flows('S>A>Q>B>E'),
    settings,
  );

  it('lays each rung after the one before, as a fraction of the longer lead time', () => {
    const chart = chartOf(current, future);
    const longer = 100 + 2 * DAY + 200;
    expect(chart.scaleSeconds).toBe(longer);
    const [before, after] = chart.ladders;
    expect(before?.rungs.map((rung) => [rung.nodeId, rung.kind, rung.start, rung.width])).toEqual([
      ['A', 'process', 0, 100 / longer],
      ['Q', 'wait', 100 / longer, (2 * DAY) / longer],
      ['B', 'process', (100 + 2 * DAY) / longer, 200 / longer],
    ]);
    expect(before?.end).toBeCloseTo(1, 12);
    expect(after?.end).toBeCloseTo((300 + DAY / 2) / longer, 12);
    expect(after?.leadTime).toBe(computeMetrics(future).leadTime);
  });

  it('is the same scale whichever ladder is longer', () => {
    const swapped = chartOf(future, current);
    expect(swapped.scaleSeconds).toBe(chartOf(current, future).scaleSeconds);
    expect(swapped.ladders[1]?.end).toBeCloseTo(1, 12);
  });

  it('puts round ticks in the unit of the longer lead time, from zero up to it', () => {
    const chart = chartOf(current, future);
    expect(chart.ticks.map((tick) => tick.label)).toEqual(['0\u00a0d', '0.5\u00a0d', '1\u00a0d', '1.5\u00a0d', '2\u00a0d']);
    expect(chart.ticks.every((tick) => tick.at >= 0 && tick.at <= 1)).toBe(true);
    expect(chart.ticks[2]?.at).toBeCloseTo(DAY / chart.scaleSeconds, 12);
  });

  it('draws nothing to scale for two empty maps', () => {
    const empty = mapOf([], [], settings);
    const chart = chartOf(empty, empty);
    expect(chart.scaleSeconds).toBe(0);
    expect(chart.ticks).toEqual([]);
    expect(chart.ladders.map((ladder) => ladder.rungs)).toEqual([[], []]);
  });

  it('keeps the engine’s rungs for a worked example', () => {
    const chart = ladderChart(
      { title: 'Current', metrics: computeMetrics(acmeStampingCurrentState()) },
      { title: 'Future', metrics: computeMetrics(acmeStampingFutureState()) },
      acmeStampingCurrentState().map.settings,
    );
    expect(chart.ladders[0]?.rungs.map((rung) => rung.seconds)).toEqual(
      computeMetrics(acmeStampingCurrentState()).timeline.map((segment) => segment.seconds),
    );
  });
});

describe('niceStep', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect([niceStep(10), niceStep(23.6), niceStep(7), niceStep(0.3), niceStep(1_000)]).toEqual([2, 5, 2, 0.1, 200]);
    expect(niceStep(0)).toBe(1);
  });
});
