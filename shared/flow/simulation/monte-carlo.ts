import type { LineModel } from './line-model';
import { figuresOfSorted, percentile, type LeadTimeFigures } from './simulation-result';
import { simulateLine, type SimulationOptions } from './simulate-line';

/**
 * A range, not one number: the same line run many times, each with its own seed (seed, seed + 1,
 * …), so failures, ranged times and random arrivals fall differently each time. Each run gives
 * its lead-time distribution; the range pools them, every run weighted alike (each gives the same
 * number of quantiles), so "the probability of meeting N days" is the share of all items, over
 * all runs, that went through in N days or less. Runs one at a time and says how far it is, and
 * stops when told to, so a worker can show progress and cancel.
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

export type RunControl = { onProgress?: (done: number, total: number) => void; cancelled?: () => boolean };

export function monteCarlo(line: LineModel, options: MonteCarloOptions, control: RunControl = {}): LeadTimeRange | null {
  const pooled: number[] = [];
  const means: number[] = [];
  let throughput = 0;
  let demand = 0;
  let runs = 0;
  for (let run = 0; run < options.runs; run += 1) {
    if (control.cancelled?.()) return null;
    const result = simulateLine(line, { ...options, seed: options.seed + run });
    runs += 1;
    throughput += result.throughputPerDay;
    demand = result.demandPerDay;
    if (result.leadTime) {
      means.push(result.leadTime.mean);
      pooled.push(...result.leadTimeQuantiles);
    }
    control.onProgress?.(runs, options.runs);
  }
  const sorted = Float64Array.from(pooled).sort();
  const sortedMeans = Float64Array.from(means).sort();
  return {
    runs,
    pooled: figuresOfSorted(sorted),
    runMeans: sortedMeans.length === 0 ? null : { p10: percentile(sortedMeans, 0.1), p50: percentile(sortedMeans, 0.5), p90: percentile(sortedMeans, 0.9) },
    throughputPerDay: runs === 0 ? 0 : throughput / runs,
    demandPerDay: demand,
    quantiles: Array.from(sorted),
  };
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
