import { describe, expect, it } from 'vitest';
import { lineFromMap } from '../../../shared/flow/simulation/line-from-map';
import { simulateEvents, type SimulationOptions } from '../../../shared/flow/simulation/simulate-line';
import { isPlainTandem, simulateTandem } from '../../../shared/flow/simulation/simulate-tandem';
import { AS_DRAWN } from '../../../shared/flow/simulation/what-if';
import { acmeStampingCurrentState } from '../../../shared/vsm/examples/acme-stamping-current';
import { acmeStampingFutureState } from '../../../shared/vsm/examples/acme-stamping-future';
import { line, station } from './line-fixtures';

/** The queue recursion is the event simulation's shortcut for plain lines: the two must agree. */
const options: SimulationOptions = { days: 30, warmupDays: 5, seed: 3, breakdowns: 'averaged', samples: 60 };

function acmeLine(variability: 'none' | 'as-mapped') {
  const built = lineFromMap(acmeStampingCurrentState(), { ...AS_DRAWN, variability });
  if (!built.ok) throw new Error(built.problem);
  return built.line;
}

describe('the two engines agree', () => {
  it('on Acme Stamping with fixed times, figure for figure', () => {
    const model = acmeLine('none');
    expect(isPlainTandem(model)).toBe(true);
    const events = simulateEvents(model, options);
    const recursion = simulateTandem(model, options);
    expect(recursion.released).toBe(events.released);
    expect(recursion.completed).toBe(events.completed);
    expect(recursion.leadTime?.p50).toBeCloseTo(events.leadTime?.p50 ?? NaN, 6);
    expect(recursion.leadTime?.p95).toBeCloseTo(events.leadTime?.p95 ?? NaN, 6);
    expect(recursion.averageInSystem).toBeCloseTo(events.averageInSystem, 3);
    recursion.stations.forEach((result, index) => {
      const other = events.stations[index];
      expect(result.utilisation).toBeCloseTo(other?.utilisation ?? NaN, 9);
      expect(result.averageQueue).toBeCloseTo(other?.averageQueue ?? NaN, 3);
      // Which of two things at the same instant comes first (an item arriving, one starting) is arbitrary: one apart at most.
      expect(Math.abs(result.maxQueue - (other?.maxQueue ?? NaN))).toBeLessThanOrEqual(1);
      expect(result.meanWait).toBeCloseTo(other?.meanWait ?? NaN, 3);
    });
    expect(recursion.constraint).toBe(events.constraint);
    expect(recursion.growingQueues).toEqual(events.growingQueues);
  });

  it('on a random line with batches, cells and failures, in distribution', () => {
    const model = line(
      [
        station('A', { kind: 'triangular', min: 0.5, mode: 1, max: 2 }, { batchSize: 4, changeover: 1 }),
        station('B', { kind: 'exponential', mean: 2.4 }, { servers: 3, uptime: 0.9 }),
        station('C', { kind: 'fixed', value: 0.7 }, { uptime: 0.95 }),
      ],
      { kind: 'exponential', mean: 1.1 },
    );
    const long = { ...options, days: 400, warmupDays: 20, breakdowns: 'random' as const };
    const events = simulateEvents(model, long);
    const recursion = simulateTandem(model, long);
    expect(Math.abs((recursion.leadTime?.mean ?? 0) / (events.leadTime?.mean ?? 1) - 1)).toBeLessThan(0.03);
    expect(Math.abs(recursion.throughputPerDay / events.throughputPerDay - 1)).toBeLessThan(0.01);
    recursion.stations.forEach((result, index) => expect(result.utilisation).toBeCloseTo(events.stations[index]?.utilisation ?? NaN, 2));
  });

  it('leaves lines with pull or rework to the event simulation', () => {
    const built = lineFromMap(acmeStampingFutureState(), AS_DRAWN);
    if (!built.ok) throw new Error(built.problem);
    expect(isPlainTandem(built.line)).toBe(false);
  });
});
