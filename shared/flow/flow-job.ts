import type { MapDocument } from '../model/vsm-map';
import { lineFromMap, type SimulationProblem } from './simulation/line-from-map';
import { rangeOfRuns, simulateRuns, type LeadTimeRange, type RunControl, type RunFigures, type RunSlice } from './simulation/monte-carlo';
import { simulateLine } from './simulation/simulate-line';
import type { SimulationResult } from './simulation/simulation-result';
import type { WhatIf } from './simulation/what-if';

/**
 * What the Flow panel, the comparison and the report ask of the simulation, as one plain job
 * that a Web Worker runs (or the report, in place): one run of a map, or the lead-time range of
 * one or more maps (the current state and its future states, or a map as drawn and under a
 * what-if, on one scale). Warm-up is the
 * first sixth of the run, when the line fills and the inventories drawn on the map drain.
 */
export type FlowJob =
  | { kind: 'run'; doc: MapDocument; whatIf: WhatIf; days: number; seed: number }
  | { kind: 'range'; entries: RangeEntry[]; days: number; runs: number; seed: number };

/** One bar of a range chart: a map, as drawn or under a what-if. */
export type RangeEntry = { doc: MapDocument; whatIf: WhatIf; name: string };

export type MapRange = { mapId: string; name: string; range: LeadTimeRange | null; problem: SimulationProblem | null };

export type FlowJobResult =
  { kind: 'run'; result: SimulationResult | null; problem: SimulationProblem | null } | { kind: 'range'; ranges: MapRange[] };

export const WIP_SAMPLES = 240;

function options(days: number, seed: number, whatIf: WhatIf) {
  return {
    days,
    warmupDays: days / 6,
    seed,
    breakdowns: whatIf.variability === 'none' ? ('averaged' as const) : ('random' as const),
    samples: WIP_SAMPLES,
  };
}

/**
 * A share of a job for one worker of a pool: a range job's runs split into slices, each slice
 * run for every map; a single run is never split. A slice's runs keep their seeds, so the merged
 * result does not depend on how many workers there were.
 */
export type FlowJobPart = { job: FlowJob; slice: RunSlice };

/** Per map: the runs of the slice, or why the map cannot be simulated. */
export type FlowPartResult =
  | { kind: 'run'; result: FlowJobResult }
  | { kind: 'range'; maps: ({ runs: RunFigures[]; problem: null } | { runs: null; problem: SimulationProblem })[] };

export function splitFlowJob(job: FlowJob, workers: number): FlowJobPart[] {
  if (job.kind === 'run') return [{ job, slice: { from: 0, to: 1 } }];
  const count = Math.max(1, Math.min(Math.floor(workers), job.runs));
  return Array.from({ length: count }, (_, index) => ({
    job,
    slice: { from: Math.floor((index * job.runs) / count), to: Math.floor(((index + 1) * job.runs) / count) },
  }));
}

/** Runs a part; null when cancelled. Progress counts within the part. */
export function runFlowJobPart({ job, slice }: FlowJobPart, control: RunControl = {}): FlowPartResult | null {
  if (job.kind === 'run') {
    const built = lineFromMap(job.doc, job.whatIf);
    if (!built.ok) return { kind: 'run', result: { kind: 'run', result: null, problem: built.problem } };
    control.onProgress?.(0, 1);
    const result = simulateLine(built.line, options(job.days, job.seed, job.whatIf));
    control.onProgress?.(1, 1);
    return { kind: 'run', result: { kind: 'run', result, problem: null } };
  }
  const perMap = slice.to - slice.from;
  const total = job.entries.length * perMap;
  const maps: Extract<FlowPartResult, { kind: 'range' }>['maps'] = [];
  for (const [index, { doc, whatIf }] of job.entries.entries()) {
    const built = lineFromMap(doc, whatIf);
    if (!built.ok) {
      maps.push({ runs: null, problem: built.problem });
      control.onProgress?.((index + 1) * perMap, total);
      continue;
    }
    const runs = simulateRuns(built.line, { ...options(job.days, job.seed, whatIf), runs: job.runs }, slice, {
      cancelled: control.cancelled,
      onProgress: (done) => control.onProgress?.(index * perMap + done, total),
    });
    if (!runs) return null;
    maps.push({ runs, problem: null });
  }
  return { kind: 'range', maps };
}

/** The job's result from its parts' results, given in the order splitFlowJob made the parts. */
export function mergeFlowJobParts(job: FlowJob, parts: readonly FlowPartResult[]): FlowJobResult {
  if (job.kind === 'run') {
    const [part] = parts;
    if (part?.kind !== 'run') throw new Error('A single run has exactly one part.');
    return part.result;
  }
  const ranges = job.entries.map(({ doc, name }, index): MapRange => {
    const named = { mapId: `${doc.map.id}:${index}`, name };
    const runs: RunFigures[] = [];
    for (const part of parts) {
      if (part.kind !== 'range') throw new Error('A range is made of range parts.');
      const map = part.maps[index];
      if (!map) throw new Error('A part is missing a map of the range.');
      if (map.problem !== null) return { ...named, range: null, problem: map.problem };
      runs.push(...map.runs);
    }
    return { ...named, range: rangeOfRuns(runs), problem: null };
  });
  return { kind: 'range', ranges };
}

/** Runs a job in one thread (the report does, in place); null when cancelled. */
export function runFlowJob(job: FlowJob, control: RunControl = {}): FlowJobResult | null {
  const parts: FlowPartResult[] = [];
  for (const part of splitFlowJob(job, 1)) {
    const result = runFlowJobPart(part, control);
    if (!result) return null;
    parts.push(result);
  }
  return mergeFlowJobParts(job, parts);
}
