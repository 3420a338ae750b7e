import type { Id } from '../../model/ids';
import { meanOf } from './distributions';
import type { LineModel } from './line-model';
import type { SimulationOptions } from './simulate-line';

/**
 * What a run says, in plain numbers and arrays (it crosses from the worker to the screen):
 * throughput against demand, the lead-time distribution of the items released after the warm-up,
 * each step's utilisation, load and queue, the constraint (the step with the highest load: in a
 * short run a step draining a big inventory is busy too, but only the constraint stays so) and the queues that grow
 * without bound (a busy step whose queue keeps rising through the run).
 */
export type LeadTimeFigures = { count: number; mean: number; p50: number; p85: number; p95: number; min: number; max: number };

export type StationResult = {
  nodeId: Id;
  label: string;
  queueLabel: string;
  stockIds: Id[];
  /** Share of the servers' time on shift spent working (changeovers and repairs included), 0 to 1. */
  utilisation: number;
  /**
   * Work offered against capacity: items the step works per item released (rework counted)
   * times its mean time per item (changeover shared over the batch, slowed by uptime and
   * staffing, shared by its servers) over the time between releases. Above 1 it cannot keep up.
   */
  load: number;
  /** Mean time an item queued before the step started on it. */
  meanWait: number;
  averageQueue: number;
  maxQueue: number;
  finalQueue: number;
  growing: boolean;
};

export type SimulationResult = {
  days: number;
  seed: number;
  released: number;
  completed: number;
  throughputPerDay: number;
  demandPerDay: number;
  leadTime: LeadTimeFigures | null;
  /** The lead times at the 0.5 %, 1.5 %, … 99.5 % points: the distribution in a hundred numbers. */
  leadTimeQuantiles: number[];
  /** Time-average number of items in the line, over the whole run (L in Little's law). */
  averageInSystem: number;
  /** Items completed per second and their mean time in the line (λ and W in Little's law). */
  completionRate: number;
  meanTimeInSystem: number;
  stations: StationResult[];
  constraint: Id | null;
  growingQueues: Id[];
  /** Items at each step's stock over time, for the WIP chart. */
  wip: { times: number[]; byStation: number[][] };
};

/** `timed` counts the completed items released during the run, whose time in the line is `leadSum`. */
export type RunRecord = { leadTimes: number[]; completedAfterWarmup: number; released: number; completed: number; timed: number; leadSum: number };

export type RunTotals = {
  record: RunRecord;
  horizon: number;
  warmup: number;
  averageInSystem: number;
  stations: { busyTime: number; started: number; meanWait: number; averageAtStock: number; maxAtStock: number; samples: number[] }[];
  sampleTimes: number[];
};

const QUANTILES = 100;

/** The value at rank ⌈q·n⌉ of the sorted values (nearest rank). */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

export function figuresOfSorted(sorted: Float64Array): LeadTimeFigures | null {
  if (sorted.length === 0) return null;
  const mean = sorted.reduce((total, value) => total + value, 0) / sorted.length;
  return {
    count: sorted.length,
    mean,
    p50: percentile(sorted, 0.5),
    p85: percentile(sorted, 0.85),
    p95: percentile(sorted, 0.95),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

function average(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((total, value) => total + value, 0) / values.length;
}

/**
 * A queue that grows without bound: at a step offered more work than it can do, still higher in
 * the last quarter of the run than in the second; or, at a step almost never idle, clearly so.
 */
function keepsGrowing(samples: readonly number[], utilisation: number, load: number): boolean {
  const quarter = Math.floor(samples.length / 4);
  if (quarter === 0 || utilisation < 0.95) return false;
  const middle = average(samples.slice(quarter, 2 * quarter));
  const last = average(samples.slice(3 * quarter));
  return load > 1 ? last > middle : last - middle > Math.max(3, 0.25 * middle);
}

export function summarise(line: LineModel, options: SimulationOptions, totals: RunTotals): SimulationResult {
  const { record, horizon, warmup } = totals;
  const measuredDays = (horizon - warmup) / line.daySeconds;
  const pattern = line.releases.dailyPattern;
  const demandFactor = pattern.length === 0 ? 1 : average([...pattern]);
  const stations = line.stations.map((station, index): StationResult => {
    const run = totals.stations[index];
    const utilisation = run ? run.busyTime / (horizon * station.availability * station.servers) : 0;
    const samples = run?.samples ?? [];
    const visits = record.released > 0 && run ? run.started / record.released : 1;
    const perItem = (meanOf(station.service) + station.changeover / station.batchSize) / (station.uptime * station.availability) / station.servers;
    const load = (Math.max(1, visits) * perItem * demandFactor) / meanOf(line.releases.interval);
    return {
      nodeId: station.nodeId,
      label: station.label,
      load,
      queueLabel: station.inbound.label,
      stockIds: station.inbound.stockIds,
      utilisation,
      meanWait: run?.meanWait ?? 0,
      averageQueue: run?.averageAtStock ?? 0,
      maxQueue: run?.maxAtStock ?? 0,
      finalQueue: samples[samples.length - 1] ?? 0,
      growing: keepsGrowing(samples, utilisation, load),
    };
  });
  const busiest = stations.reduce<StationResult | null>((best, station) => (!best || station.load > best.load ? station : best), null);
  const sortedLeads = Float64Array.from(record.leadTimes).sort();
  const withLead = record.timed > 0 ? record.leadSum / record.timed : 0;
  return {
    days: options.days,
    seed: options.seed,
    released: record.released,
    completed: record.completed,
    throughputPerDay: measuredDays > 0 ? record.completedAfterWarmup / measuredDays : 0,
    demandPerDay: (line.daySeconds / meanOf(line.releases.interval)) * demandFactor,
    leadTime: figuresOfSorted(sortedLeads),
    leadTimeQuantiles: sortedLeads.length === 0 ? [] : Array.from({ length: QUANTILES }, (_, i) => percentile(sortedLeads, (i + 0.5) / QUANTILES)),
    averageInSystem: totals.averageInSystem,
    completionRate: record.timed / horizon,
    meanTimeInSystem: withLead,
    stations,
    constraint: busiest?.nodeId ?? null,
    growingQueues: stations.filter((station) => station.growing).map((station) => station.nodeId),
    wip: { times: totals.sampleTimes, byStation: totals.stations.map((station) => station.samples) },
  };
}
