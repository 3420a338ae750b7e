import type { CasePasses } from './case-passes';
import type { EventTable } from './event-table';
import type { LogOverview } from './log-overview';
import { MAX_FOLDED_ACTIVITIES, type EventLogSource } from '../model/event-log-source';
import type { MeasuredStep, MeasuredStream, TimeSummary } from './measured-stream';
import { createSamples, quantileOfSorted, sortedCopy, type Samples } from './statistics';

/**
 * The measured current state for the activities the user kept. Passes of the other activities
 * are dropped, so their time falls into the wait before the next kept step ("folded into the
 * waits"), which is where a room would look for it.
 *
 * - Order: kept activities by how many others their first pass comes before in most cases (a
 *   Copeland ranking), so the boxes follow the path most cases take even where variants skip
 *   steps or disagree.
 * - Process time: end − begin of every timed pass (start and complete both known).
 * - Wait before a step: its pass's begin − the previous kept pass's end in the same case, every
 *   pass counted, never below zero (passes running side by side have no wait between them). The
 *   first kept pass of a case has no wait: when a case arrived is not in the log.
 * - Folded activities are listed most common first, at most MAX_FOLDED_ACTIVITIES of them.
 * - Rework: of the cases that did the activity, the share that did it more than once. The
 *   arrow comes back from the kept step that most often came right before a repeat, when that
 *   step is later on the path. When it is the step itself (done twice in a row) or an earlier one
 *   (the step is repeated inside a longer loop that has its own arrow), no step sent the work
 *   back to it, so there is no arrow: the rate stays in the step's figures.
 */
export type SourceFacts = { fileName: string; format: EventLogSource['format']; firstTime: number; lastTime: number };

export function defaultKeptActivities(overview: LogOverview, minimumShare = 0.2): number[] {
  const kept = overview.activities.filter((entry) => entry.cases >= overview.cases * minimumShare).map((entry) => entry.activity);
  return kept.length > 0 ? kept : overview.activities.slice(0, 1).map((entry) => entry.activity);
}

export function measureSteps(
  table: EventTable,
  passes: CasePasses,
  overview: LogOverview,
  kept: readonly number[],
  facts: SourceFacts,
): MeasuredStream {
  const keptSet = new Set(kept);
  const order = pathOrder(passes, keptSet);
  const stepOf = new Map(order.map((act, index) => [act, index]));
  const stats = order.map(() => ({
    cases: 0,
    process: createSamples(),
    wait: createSamples(),
    reworkCases: 0,
    cameBackFrom: new Map<number, number>(),
  }));
  const passesInCase = new Int32Array(passes.activityCount);
  const touched: number[] = [];

  for (let c = 0; c < passes.caseCount; c += 1) {
    let previousEnd = Number.NaN;
    let previousAct = -1;
    for (let pass = passes.caseStart[c] ?? 0; pass < (passes.caseStart[c + 1] ?? 0); pass += 1) {
      const act = passes.activity[pass] ?? 0;
      const step = stepOf.get(act);
      if (step === undefined) continue;
      const entry = stats[step]!;
      const begin = passes.begin[pass] ?? 0;
      const end = passes.end[pass] ?? begin;
      if (passesInCase[act] === 0) touched.push(act);
      passesInCase[act]! += 1;
      if (passesInCase[act] === 1) entry.cases += 1;
      else {
        if (passesInCase[act] === 2) entry.reworkCases += 1;
        if (previousAct >= 0) entry.cameBackFrom.set(previousAct, (entry.cameBackFrom.get(previousAct) ?? 0) + 1);
      }
      if (passes.timed[pass] === 1) entry.process.push((end - begin) / 1_000);
      if (!Number.isNaN(previousEnd)) entry.wait.push(Math.max(0, begin - previousEnd) / 1_000);
      previousEnd = Number.isNaN(previousEnd) ? end : Math.max(previousEnd, end);
      previousAct = act;
    }
    for (const act of touched) passesInCase[act] = 0;
    touched.length = 0;
  }

  const steps: MeasuredStep[] = order.map((act, index) => {
    const entry = stats[index]!;
    return {
      activity: clip(table.activities[act] ?? '', MAX_NAME),
      cases: entry.cases,
      processTime: summarise(entry.process),
      waitBefore: index === 0 ? null : summarise(entry.wait),
      rework:
        entry.reworkCases === 0
          ? null
          : {
              rate: entry.reworkCases / Math.max(entry.cases, 1),
              cases: entry.reworkCases,
              fromStep: reworkOrigin(index, entry.cameBackFrom, stepOf),
            },
    };
  });
  const folded = overview.activities
    .filter((entry) => !keptSet.has(entry.activity))
    .slice(0, MAX_FOLDED_ACTIVITIES)
    .map((entry) => clip(table.activities[entry.activity] ?? '', MAX_NAME));
  return {
    source: {
      fileName: clip(facts.fileName, MAX_FILE_NAME),
      format: facts.format,
      firstEventAt: new Date(facts.firstTime).toISOString(),
      lastEventAt: new Date(facts.lastTime).toISOString(),
      cases: overview.cases,
      events: table.count,
      foldedActivities: folded,
      leadTime: overview.leadTime,
    },
    steps,
  };
}

/** The longest activity and file names a measured map keeps (the schema's limits); longer ones end in "…". */
const MAX_NAME = 200;
const MAX_FILE_NAME = 260;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function summarise(samples: Samples): TimeSummary | null {
  const values = samples.values();
  if (values.length === 0) return null;
  const sorted = sortedCopy(values);
  return { median: quantileOfSorted(sorted, 0.5), p85: quantileOfSorted(sorted, 0.85), samples: sorted.length };
}

function reworkOrigin(step: number, cameBackFrom: ReadonlyMap<number, number>, stepOf: ReadonlyMap<number, number>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const [act, count] of cameBackFrom) {
    if (count > bestCount) {
      best = stepOf.get(act) ?? null;
      bestCount = count;
    }
  }
  return best !== null && best > step ? best : null;
}

function pathOrder(passes: CasePasses, kept: ReadonlySet<number>): number[] {
  const keptList = [...kept];
  const slot = new Map(keptList.map((act, index) => [act, index]));
  const size = keptList.length;
  const before = new Float64Array(size * size);
  const present = new Int32Array(size);
  const firstAt = new Int32Array(size).fill(-1);
  const firsts: number[] = [];
  for (let c = 0; c < passes.caseCount; c += 1) {
    for (const index of firsts) firstAt[index] = -1;
    firsts.length = 0;
    for (let pass = passes.caseStart[c] ?? 0; pass < (passes.caseStart[c + 1] ?? 0); pass += 1) {
      const index = slot.get(passes.activity[pass] ?? 0);
      if (index === undefined || firstAt[index] !== -1) continue;
      firstAt[index] = firsts.length;
      firsts.push(index);
    }
    firsts.forEach((index, position) => {
      present[index]! += 1;
      for (const later of firsts.slice(position + 1)) before[index * size + later]! += 1;
    });
  }
  const precedes = (a: number, b: number) => (before[a * size + b] ?? 0) > (before[b * size + a] ?? 0);
  const wins = keptList.map((_, a) => keptList.reduce((count, __, b) => count + (precedes(a, b) ? 1 : 0), 0));
  return keptList
    .map((act, index) => ({ act, index }))
    .filter(({ index }) => (present[index] ?? 0) > 0)
    .sort((a, b) => (wins[b.index] ?? 0) - (wins[a.index] ?? 0) || a.act - b.act)
    .map(({ act }) => act);
}
