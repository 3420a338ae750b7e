import type { LineModel } from './line-model';
import { RunScratch } from './run-scratch';
import { figuresOfSorted, percentile, type LeadTimeFigures } from './simulation-result';
import { simulateLine, type SimulationOptions } from './simulate-line';

/**
 * A range, not one number: the same line run many times, each with its own seed (seed, seed + 1,
 * …), so failures, ranged times and random arrivals fall differently each time. Each run gives
 * its lead-time distribution; the range pools them, every run weighted alike (each gives the same
 * number of quantiles), so "the probability of meeting N days" is the share of all items, over
 * all runs, that went through in N days or less. Runs one at a time and says how far it is, and
 * stops when told to, so a worker can show progress and cancel. A run's seed comes from its
 * number, not from who runs it, so runs split over a pool of workers and put back in order give
 * the same range as one thread running them all.
 */
export type MonteCarloOptions = SimulationOptions & { runs: number };

export type LeadTimeRange = {
  runs: number;
  /** Pooled over the runs. */
  pooled: LeadTimeFigures | null;
  /** The spread of the runs' mean lead times: 10th, 50th and 90th percentile. */
  runMeans: { p10: number; p50: number; p90: number } | null;
  throughputPerDay: number;
  demandPerDay: number;
  /** Pooled quantiles, ascending, for the chart and for the chance of meeting a target. */
  quantiles: number[];
};

/** What the range keeps of one run; null mean and no quantiles when no item was timed. */
export type RunFigures = { meanLeadTime: number | null; leadTimeQuantiles: number[]; throughputPerDay: number; demandPerDay: number };

/** Which runs, first included and last excluded, of the ones a range is made of. */
export type RunSlice = { from: number; to: number };

export type RunControl = { onProgress?: (done: number, total: number) => void; cancelled?: () => boolean };

/** Runs `slice` of the range's runs, in order; null when cancelled. Progress counts within the slice. */
export function simulateRuns(line: LineModel, options: MonteCarloOptions, slice: RunSlice, control: RunControl = {}): RunFigures[] | null {
  const figures: RunFigures[] = [];
  const total = slice.to - slice.from;
  const scratch = new RunScratch();
  for (let run = slice.from; run < slice.to; run += 1) {
    if (control.cancelled?.()) return null;
    const result = simulateLine(line, { ...options, seed: options.seed + run }, scratch);
    figures.push({
      meanLeadTime: result.leadTime?.mean ?? null,
      leadTimeQuantiles: result.leadTime ? result.leadTimeQuantiles : [],
      throughputPerDay: result.throughputPerDay,
      demandPerDay: result.demandPerDay,
    });
    control.onProgress?.(figures.length, total);
  }
  return figures;
}

/** The range of runs, given in the order of their numbers. */
export function rangeOfRuns(runs: readonly RunFigures[]): LeadTimeRange {
  const pooled: number[] = [];
  const means: number[] = [];
  let throughput = 0;
  let demand = 0;
  for (const run of runs) {
    throughput += run.throughputPerDay;
    demand = run.demandPerDay;
    if (run.meanLeadTime === null) continue;
    means.push(run.meanLeadTime);
    for (const quantile of run.leadTimeQuantiles) pooled.push(quantile);
  }
  const sorted = Float64Array.from(pooled).sort();
  const sortedMeans = Float64Array.from(means).sort();
  return {
    runs: runs.length,
    pooled: figuresOfSorted(sorted),
    runMeans:
      sortedMeans.length === 0 ? null : { p10: percentile(sortedMeans, 0.1), p50: percentile(sortedMeans, 0.5), p90: percentile(sortedMeans, 0.9) },
    throughputPerDay: runs.length === 0 ? 0 : throughput / runs.length,
    demandPerDay: demand,
    quantiles: Array.from(sorted),
  };
}

export function monteCarlo(line: LineModel, options: MonteCarloOptions, control: RunControl = {}): LeadTimeRange | null {
  const runs = simulateRuns(line, options, { from: 0, to: options.runs }, control);
  return runs && rangeOfRuns(runs);
}

/** The share of items, over all runs, through the line in `seconds` or less. */
export function chanceOfMeeting(range: LeadTimeRange, seconds: number): number {
  const { quantiles } = range;
  if (quantiles.length === 0) return 0;
  let low = 0;
  let high = quantiles.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((quantiles[middle] ?? 0) <= seconds) low = middle + 1;
    else high = middle;
  }
  return low / quantiles.length;
}
