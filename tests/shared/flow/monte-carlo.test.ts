import { describe, expect, it } from 'vitest';
import { chanceOfMeeting, monteCarlo, rangeOfRuns, simulateRuns } from '../../../shared/flow/simulation/monte-carlo';
import { line, station } from './line-fixtures';

const options = { days: 40, warmupDays: 2, seed: 21, breakdowns: 'random' as const, samples: 10 };

describe('a lead-time range over many runs', () => {
  it('M/M/1: the pooled time in the line follows the exponential law of rate μ − λ', () => {
    const model = line([station('A', { kind: 'exponential', mean: 1 })], { kind: 'exponential', mean: 1 / 0.6 });
    const range = monteCarlo(model, { ...options, runs: 20 });
    if (!range?.pooled) throw new Error('No range');
    const rate = 1 - 0.6;
    expect(range.runs).toBe(20);
    expect(Math.abs(range.pooled.p50 / (Math.LN2 / rate) - 1)).toBeLessThan(0.03);
    expect(Math.abs(range.pooled.p95 / (Math.log(20) / rate) - 1)).toBeLessThan(0.03);
    for (const t of [1, 2.5, 5]) expect(chanceOfMeeting(range, t)).toBeCloseTo(1 - Math.exp(-rate * t), 1);
    expect(range.runMeans?.p10).toBeLessThan(range.runMeans?.p90 ?? 0);
  });

  it('a deterministic line meets its lead time for sure and nothing shorter', () => {
    const model = line([station('A', { kind: 'fixed', value: 3 }), station('B', { kind: 'fixed', value: 4 })], { kind: 'fixed', value: 5 });
    const range = monteCarlo(model, { ...options, runs: 3 });
    if (!range) throw new Error('No range');
    expect(chanceOfMeeting(range, 7)).toBe(1);
    expect(chanceOfMeeting(range, 6.99)).toBe(0);
  });

  it('tells its progress, is the same for the same seed, and stops when cancelled', () => {
    const model = line([station('A', { kind: 'exponential', mean: 1 })], { kind: 'exponential', mean: 2 });
    const seen: number[] = [];
    const once = monteCarlo(model, { ...options, days: 5, runs: 4 }, { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(monteCarlo(model, { ...options, days: 5, runs: 4 })).toEqual(once);
    let calls = 0;
    expect(monteCarlo(model, { ...options, days: 5, runs: 4 }, { cancelled: () => ++calls > 2 })).toBeNull();
  });

  it('gives the same range however its runs are split between workers, each run keeping its seed', () => {
    const model = line(
      [station('A', { kind: 'exponential', mean: 1 }, { uptime: 0.9 }), station('B', { kind: 'triangular', min: 0.5, mode: 1, max: 2 })],
      { kind: 'exponential', mean: 2 },
    );
    const many = { ...options, days: 5, runs: 7 };
    const whole = monteCarlo(model, many);
    for (const cuts of [
      [0, 7],
      [0, 3, 7],
      [0, 1, 2, 5, 7],
    ]) {
      const runs = cuts.slice(1).flatMap((to, index) => simulateRuns(model, many, { from: cuts[index] ?? 0, to }) ?? []);
      expect(rangeOfRuns(runs)).toEqual(whole);
    }
    const other = monteCarlo(model, { ...many, seed: many.seed + 1 });
    expect(other).not.toEqual(whole);
  });
});
