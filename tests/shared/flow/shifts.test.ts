import { describe, expect, it } from 'vitest';
import { simulateEvents, type SimulationOptions } from '../../../shared/flow/simulation/simulate-line';
import { simulateTandem } from '../../../shared/flow/simulation/simulate-tandem';
import { finishOnShift, onShiftBetween } from '../../../shared/flow/simulation/work-time';
import { line, station } from './line-fixtures';

/** A step staffed for part of the day works in its shifts and stands still in between. */
const DAY = 1_000;
const HALF = 500;

describe('work on shift', () => {
  it('goes on at the next shift when a shift ends, and starts with the next shift when begun off shift', () => {
    expect(finishOnShift(10, 30, HALF, DAY)).toBe(40);
    expect(finishOnShift(480, 30, HALF, DAY)).toBe(1_010);
    expect(finishOnShift(600, 10, HALF, DAY)).toBe(1_010);
    expect(finishOnShift(0, HALF, HALF, DAY)).toBe(HALF);
    expect(finishOnShift(0, 2 * HALF, HALF, DAY)).toBe(DAY + HALF);
    expect(finishOnShift(250, 3 * HALF, HALF, DAY)).toBe(3 * DAY + 250);
    expect(finishOnShift(600, 7, DAY, DAY)).toBe(607);
  });

  it('counts only the time on shift between two instants', () => {
    expect(onShiftBetween(0, DAY, HALF, DAY)).toBe(HALF);
    expect(onShiftBetween(400, 1_100, HALF, DAY)).toBe(200);
    expect(onShiftBetween(600, 900, HALF, DAY)).toBe(0);
    expect(onShiftBetween(900, 600, HALF, DAY)).toBe(0);
  });
});

const options: SimulationOptions = { days: 20, warmupDays: 2, seed: 1, breakdowns: 'averaged', samples: 40 };
const ENGINES = [
  ['event by event', simulateEvents],
  ['by the queue recursion', simulateTandem],
] as const;

describe.each(ENGINES)('a step on one shift of two, %s', (_, simulate) => {
  it('keeps the orders released after its shift for the next morning, which a proportional slowdown would not', () => {
    // Released every 4 s all day; the step takes 1 s an item but works only the first half of the day.
    const result = simulate(line([station('A', { kind: 'fixed', value: 1 }, { availability: 0.5 })], { kind: 'fixed', value: 4 }, DAY), options);
    expect(result.leadTime?.min).toBe(1);
    // The first order after the shift (at 500 s) waits for the morning; the last (at 996 s) for the 124 before it too.
    expect(result.leadTime?.max).toBe(DAY + 1 - HALF);
    expect(result.leadTime?.p95).toBeGreaterThan(100);
    expect(result.throughputPerDay).toBeCloseTo(250, 0);
    expect(result.stations[0]?.utilisation).toBeCloseTo(0.5, 1);
  });

  it('cannot do more in a day than its shifts allow', () => {
    const result = simulate(line([station('A', { kind: 'fixed', value: 1 }, { availability: 0.5 })], { kind: 'fixed', value: 0.5 }, DAY), options);
    expect(result.throughputPerDay).toBeCloseTo(HALF, 0);
    expect(result.stations[0]?.utilisation).toBeCloseTo(1, 2);
    expect(result.growingQueues).toEqual(['A']);
  });
});
