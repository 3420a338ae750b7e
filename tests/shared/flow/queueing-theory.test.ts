import { describe, expect, it } from 'vitest';
import { simulateEvents, simulateLine, type SimulationOptions } from '../../../shared/flow/simulation/simulate-line';
import { simulateTandem } from '../../../shared/flow/simulation/simulate-tandem';
import { line, station } from './line-fixtures';

/**
 * The simulation against queueing theory. Long runs, so sampling error stays well inside the
 * tolerances; the seeds are fixed, so a failure is the engine's, never chance's.
 */
const run = (days: number, seed = 7): SimulationOptions => ({ days, warmupDays: days / 20, seed, breakdowns: 'random', samples: 50 });

/** A single station is a plain tandem line: both engines must agree with theory. */
const ENGINES = [
  ['event by event', simulateEvents],
  ['by the queue recursion', simulateTandem],
] as const;

describe.each(ENGINES)('a single station against theory, %s', (_, simulateLine) => {
  it("M/M/1: the mean wait in queue is ρ / (μ − λ) within 2 %, and Little's law holds within 1 %", () => {
    const [lambda, mu] = [0.5, 1];
    const result = simulateLine(line([station('A', { kind: 'exponential', mean: 1 / mu })], { kind: 'exponential', mean: 1 / lambda }), run(2_000));
    const rho = lambda / mu;
    const theory = rho / (mu - lambda);
    expect(result.completed).toBeGreaterThan(900_000);
    expect(Math.abs((result.stations[0]?.meanWait ?? 0) / theory - 1)).toBeLessThan(0.02);
    const littleL = result.completionRate * result.meanTimeInSystem;
    expect(Math.abs(result.averageInSystem / littleL - 1)).toBeLessThan(0.01);
  });

  it('M/D/1: the mean wait is the Pollaczek–Khinchine ρ / (2μ(1 − ρ)) within 2 %', () => {
    const [lambda, mu] = [0.6, 1];
    const result = simulateLine(line([station('A', { kind: 'fixed', value: 1 / mu })], { kind: 'exponential', mean: 1 / lambda }), run(800, 11));
    const rho = lambda / mu;
    const theory = rho / (2 * mu * (1 - rho));
    expect(Math.abs((result.stations[0]?.meanWait ?? 0) / theory - 1)).toBeLessThan(0.02);
    expect(Math.abs(result.averageInSystem / (result.completionRate * result.meanTimeInSystem) - 1)).toBeLessThan(0.01);
  });
});

describe('lines', () => {
  it("a tandem line's throughput is its slowest station's rate, and the queue before it grows without bound", () => {
    const stations = [
      station('A', { kind: 'fixed', value: 2 }),
      station('B', { kind: 'fixed', value: 5 }),
      station('C', { kind: 'fixed', value: 3 }),
    ];
    const result = simulateLine(line(stations, { kind: 'fixed', value: 4 }), run(100));
    expect(result.throughputPerDay).toBeCloseTo(1_000 / 5, 0);
    expect(result.demandPerDay).toBe(250);
    expect(result.constraint).toBe('B');
    expect(result.growingQueues).toEqual(['B']);
    expect(result.stations.map((s) => Math.round(s.utilisation * 100))).toEqual([50, 100, 60]);
  });

  it('the same seed gives the same result, another seed another', () => {
    const stations = [station('A', { kind: 'exponential', mean: 1 }), station('B', { kind: 'triangular', min: 0.5, mode: 1, max: 2 })];
    const model = line(stations, { kind: 'exponential', mean: 1.6 });
    const once = simulateLine(model, run(20, 3));
    expect(simulateLine(model, run(20, 3))).toEqual(once);
    expect(simulateLine(model, run(20, 4)).leadTime?.mean).not.toBe(once.leadTime?.mean);
  });

  it('a supermarket with k kanbans never holds more than k, and a FIFO lane never more than its maximum', () => {
    const supermarket = {
      stockIds: ['sm'],
      label: 'sm',
      discipline: 'supermarket' as const,
      capacity: 12,
      initial: 12,
      initialSpacing: 0,
      delay: null,
    };
    const lane = { stockIds: ['lane'], label: 'lane', discipline: 'fifo' as const, capacity: 5, initial: 0, initialSpacing: 0, delay: null };
    const stations = [
      station('make', { kind: 'exponential', mean: 0.8 }, { batchSize: 3 }),
      station('use', { kind: 'exponential', mean: 1 }, { inbound: supermarket }),
      station('slow', { kind: 'exponential', mean: 1.2 }, { inbound: lane }),
    ];
    const result = simulateLine(line(stations, { kind: 'exponential', mean: 0.9 }), run(200));
    expect(result.stations[1]?.maxQueue).toBeLessThanOrEqual(12);
    expect(result.stations[1]?.maxQueue).toBe(12);
    expect(result.stations[2]?.maxQueue).toBe(5);
    expect(result.throughputPerDay).toBeGreaterThan(700);
  });

  it('rework sends a share back: the station works 1 / (1 − p) times the releases', () => {
    const stations = [
      station('A', { kind: 'fixed', value: 0.1 }),
      station('B', { kind: 'fixed', value: 0.1 }, { rework: [{ toStation: 0, share: 0.25, throughDelay: true, delay: null }] }),
    ];
    const result = simulateLine(line(stations, { kind: 'fixed', value: 1 }), run(200));
    expect(result.stations[0]?.utilisation).toBeCloseTo(0.1 / 0.75, 2);
  });

  it.each(ENGINES)('releases follow a daily demand pattern, %s', (_, simulate) => {
    const model = {
      ...line([station('A', { kind: 'fixed', value: 1 })], { kind: 'fixed', value: 10 }),
      releases: { interval: { kind: 'fixed' as const, value: 10 }, dailyPattern: [1, 0, 2] },
    };
    const result = simulate(model, { ...run(30), warmupDays: 0 });
    expect(result.released).toBe(10 * (100 + 0 + 200) + 1);
    expect(result.demandPerDay).toBe(100);
  });

  it.each(ENGINES)("Little's law holds within 1 % on a plain line with batches, cells, failures and a step on one shift, %s", (_, simulate) => {
    const stations = [
      station('A', { kind: 'triangular', min: 0.3, mode: 0.6, max: 1.2 }, { batchSize: 4, changeover: 1 }),
      station('B', { kind: 'exponential', mean: 2.4 }, { servers: 3, uptime: 0.9 }),
      station('C', { kind: 'fixed', value: 0.3 }, { availability: 0.6 }),
    ];
    const result = simulate(line(stations, { kind: 'exponential', mean: 1.1 }), run(400, 5));
    expect(Math.abs(result.averageInSystem / (result.completionRate * result.meanTimeInSystem) - 1)).toBeLessThan(0.01);
  });

  it("Little's law holds within 1 % on a line with a supermarket, a FIFO lane, rework and a repair station beside it", () => {
    const supermarket = {
      stockIds: ['sm'],
      label: 'sm',
      discipline: 'supermarket' as const,
      capacity: 12,
      initial: 12,
      initialSpacing: 0,
      delay: null,
    };
    const lane = { stockIds: ['lane'], label: 'lane', discipline: 'fifo' as const, capacity: 5, initial: 0, initialSpacing: 0, delay: null };
    const stations = [
      station('make', { kind: 'exponential', mean: 0.5 }, { batchSize: 3 }),
      station(
        'use',
        { kind: 'exponential', mean: 0.6 },
        { inbound: supermarket, rework: [{ toStation: 0, share: 0.1, throughDelay: true, delay: null }] },
      ),
      station(
        'check',
        { kind: 'exponential', mean: 0.7 },
        { inbound: lane, rework: [{ toStation: 3, share: 0.2, throughDelay: true, delay: null }] },
      ),
      station(
        'repair',
        { kind: 'fixed', value: 1.5 },
        { detour: true, rework: [{ toStation: 1, share: 1, throughDelay: false, delay: { kind: 'fixed', value: 5 } }] },
      ),
    ];
    const result = simulateLine(line(stations, { kind: 'exponential', mean: 1.2 }), run(400, 9));
    expect(result.stations[3]?.utilisation).toBeGreaterThan(0.2);
    expect(Math.abs(result.averageInSystem / (result.completionRate * result.meanTimeInSystem) - 1)).toBeLessThan(0.01);
  });

  it('failures with repairs take the share of time uptime says', () => {
    const result = simulateLine(line([station('A', { kind: 'fixed', value: 1 }, { uptime: 0.8 })], { kind: 'fixed', value: 0.5 }), run(400));
    expect(result.throughputPerDay).toBeCloseTo(800, -1);
    expect(result.growingQueues).toEqual(['A']);
  });
});
