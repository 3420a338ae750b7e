import { runFlowJob, type MapRange } from '../flow/flow-job';
import type { SimulationProblem } from '../flow/simulation/line-from-map';
import type { SimulationResult } from '../flow/simulation/simulation-result';
import { AS_DRAWN } from '../flow/simulation/what-if';
import type { MapDocument } from '../model/vsm-map';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { wasteCounts, type WasteCount } from './waste-counts';

/**
 * What the report prints about a map's flow: one simulated run of the line as drawn (30 working
 * days, seed 1, so the same workshop always prints the same figures) and the wastes its kaizen
 * bursts and notes point at; for a comparison, both maps' lead-time ranges over a few runs.
 */
export type MapFlowReport = { run: SimulationResult | null; problem: SimulationProblem | null; wastes: WasteCount[] };

export const REPORT_RUN_DAYS = 30;
export const REPORT_RANGE_RUNS = 5;

export function mapFlowReport(doc: MapDocument, language: Language = DEFAULT_LANGUAGE): MapFlowReport {
  const wastes = wasteCounts(doc, language);
  const job = runFlowJob({ kind: 'run', doc, whatIf: AS_DRAWN, days: REPORT_RUN_DAYS, seed: 1 });
  if (job?.kind !== 'run') return { run: null, problem: null, wastes };
  return { run: job.result, problem: job.problem, wastes };
}

export function comparisonRanges(current: MapDocument, future: MapDocument): MapRange[] {
  const job = runFlowJob({
    kind: 'range',
    entries: [
      { doc: current, whatIf: AS_DRAWN, name: current.map.name },
      { doc: future, whatIf: AS_DRAWN, name: future.map.name },
    ],
    days: REPORT_RUN_DAYS,
    runs: REPORT_RANGE_RUNS,
    seed: 1,
  });
  return job?.kind === 'range' ? job.ranges : [];
}
