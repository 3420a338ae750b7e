import type { MapDocument } from '../model/vsm-map';
import { lineFromMap } from './simulation/line-from-map';
import { monteCarlo, type LeadTimeRange, type RunControl } from './simulation/monte-carlo';
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

export type MapRange = { mapId: string; name: string; range: LeadTimeRange | null; problem: string | null };

export type FlowJobResult =
  | { kind: 'run'; result: SimulationResult | null; problem: string | null }
  | { kind: 'range'; ranges: MapRange[] };

export const WIP_SAMPLES = 240;

function options(days: number, seed: number, whatIf: WhatIf) {
  return { days, warmupDays: days / 6, seed, breakdowns: whatIf.variability === 'none' ? ('averaged' as const) : ('random' as const), samples: WIP_SAMPLES };
}

/** Runs a job; null when cancelled. */
export function runFlowJob(job: FlowJob, control: RunControl = {}): FlowJobResult | null {
  if (job.kind === 'run') {
    const built = lineFromMap(job.doc, job.whatIf);
    if (!built.ok) return { kind: 'run', result: null, problem: built.message };
    control.onProgress?.(0, 1);
    const result = simulateLine(built.line, options(job.days, job.seed, job.whatIf));
    control.onProgress?.(1, 1);
    return { kind: 'run', result, problem: null };
  }
  const total = job.entries.length * job.runs;
  const ranges: MapRange[] = [];
  for (const [index, { doc, whatIf, name }] of job.entries.entries()) {
    const built = lineFromMap(doc, whatIf);
    const named = { mapId: `${doc.map.id}:${index}`, name };
    if (!built.ok) {
      ranges.push({ ...named, range: null, problem: built.message });
      continue;
    }
    const range = monteCarlo(
      built.line,
      { ...options(job.days, job.seed, whatIf), runs: job.runs },
      { cancelled: control.cancelled, onProgress: (done) => control.onProgress?.(index * job.runs + done, total) },
    );
    if (!range) return null;
    ranges.push({ ...named, range, problem: null });
  }
  return { kind: 'range', ranges };
}
