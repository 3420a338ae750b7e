import { groupPasses, type CasePasses } from './case-passes';
import type { EventTable } from './event-table';
import { overviewOf, type LogOverview } from './log-overview';
import { measureSteps, type SourceFacts } from './measure-steps';
import type { MeasuredStream } from './measured-stream';

/** A log read without problems, grouped into passes and summarised once; measured per choice of steps. */
export type LogAnalysis = { table: EventTable; passes: CasePasses; overview: LogOverview; facts: SourceFacts };

export function analyseLog(table: EventTable, facts: SourceFacts): LogAnalysis {
  const passes = groupPasses(table);
  return { table, passes, overview: overviewOf(passes), facts };
}

export function measureChoice(analysis: LogAnalysis, kept: readonly number[]): MeasuredStream {
  return measureSteps(analysis.table, analysis.passes, analysis.overview, kept, analysis.facts);
}
