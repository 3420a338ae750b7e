import type { CasePasses } from './case-passes';
import type { LeadTimeDistribution } from '../model/event-log-source';
import { quantileOfSorted, sortedCopy } from './statistics';

/**
 * What the variants step shows before anything is chosen: every activity with how many cases
 * pass through it, the variants (the distinct paths cases took, most common first), the
 * directly-follows counts, and each case's lead time (first start to last completion) as a
 * distribution. Times here are seconds.
 */
export type ActivityCount = { activity: number; cases: number; passes: number };

export type Variant = { activities: number[]; cases: number };

export type DirectlyFollows = { from: number; to: number; cases: number };

export type LogOverview = {
  cases: number;
  passes: number;
  activities: ActivityCount[];
  variantCount: number;
  /** The most common variants, at most `MAX_LISTED_VARIANTS`. */
  variants: Variant[];
  directlyFollows: DirectlyFollows[];
  leadTime: LeadTimeDistribution;
  /** Whether any pass has both a start and a completion, so process times can be measured. */
  hasProcessTimes: boolean;
};

export const MAX_LISTED_VARIANTS = 100;
const HISTOGRAM_BINS = 12;

export function overviewOf(passes: CasePasses): LogOverview {
  const { caseCount, activityCount, caseStart, activity } = passes;
  const casesOf = new Int32Array(activityCount);
  const passesOf = new Int32Array(activityCount);
  const seenIn = new Int32Array(activityCount).fill(-1);
  const variants = new Map<string, Variant>();
  const follows = new Map<number, number>();
  const leadTimes = new Float64Array(caseCount);

  for (let c = 0; c < caseCount; c += 1) {
    const first = caseStart[c] ?? 0;
    const last = caseStart[c + 1] ?? first;
    const path: number[] = [];
    let caseBegin = Number.POSITIVE_INFINITY;
    let caseEnd = Number.NEGATIVE_INFINITY;
    for (let pass = first; pass < last; pass += 1) {
      const act = activity[pass] ?? 0;
      passesOf[act]! += 1;
      if (seenIn[act] !== c) {
        seenIn[act] = c;
        casesOf[act]! += 1;
      }
      const previous = path.at(-1);
      if (previous !== undefined) {
        const key = previous * activityCount + act;
        follows.set(key, (follows.get(key) ?? 0) + 1);
      }
      path.push(act);
      caseBegin = Math.min(caseBegin, passes.begin[pass] ?? caseBegin);
      caseEnd = Math.max(caseEnd, passes.end[pass] ?? caseEnd);
    }
    leadTimes[c] = last > first ? (caseEnd - caseBegin) / 1_000 : 0;
    const key = path.join(',');
    const known = variants.get(key);
    if (known) known.cases += 1;
    else variants.set(key, { activities: path, cases: 1 });
  }

  const sortedVariants = [...variants.values()].sort((a, b) => b.cases - a.cases || a.activities.length - b.activities.length);
  return {
    cases: caseCount,
    passes: activity.length,
    activities: Array.from(casesOf, (cases, index) => ({ activity: index, cases, passes: passesOf[index] ?? 0 })).sort(
      (a, b) => b.cases - a.cases || a.activity - b.activity,
    ),
    variantCount: variants.size,
    variants: sortedVariants.slice(0, MAX_LISTED_VARIANTS),
    directlyFollows: [...follows]
      .map(([key, cases]) => ({ from: Math.floor(key / activityCount), to: key % activityCount, cases }))
      .sort((a, b) => b.cases - a.cases),
    leadTime: distributionOf(leadTimes),
    hasProcessTimes: passes.timed.includes(1),
  };
}

/** Median, P85, P95 and a histogram of equal bins up to P95 with the longest cases in a last bin. */
export function distributionOf(seconds: ArrayLike<number>): LeadTimeDistribution {
  const sorted = sortedCopy(seconds);
  const count = sorted.length;
  if (count === 0) return { median: 0, p85: 0, p95: 0, shortest: 0, longest: 0, mean: 0, histogram: [] };
  const p95 = quantileOfSorted(sorted, 0.95);
  const longest = sorted[count - 1] ?? 0;
  const width = p95 > 0 ? p95 / (HISTOGRAM_BINS - 1) : Math.max(longest, 1) / (HISTOGRAM_BINS - 1);
  const bins = Array.from({ length: HISTOGRAM_BINS - 1 }, (_, index) => ({ from: index * width, to: (index + 1) * width, cases: 0 }));
  const tail = { from: bins.at(-1)?.to ?? 0, to: Math.max(longest, bins.at(-1)?.to ?? 0), cases: 0 };
  let total = 0;
  for (const value of sorted) {
    total += value;
    const bin = bins[Math.floor(value / width)];
    if (bin && value < bin.to) bin.cases += 1;
    else tail.cases += 1;
  }
  return {
    median: quantileOfSorted(sorted, 0.5),
    p85: quantileOfSorted(sorted, 0.85),
    p95,
    shortest: sorted[0] ?? 0,
    longest,
    mean: total / count,
    histogram: tail.cases > 0 ? [...bins, tail] : bins,
  };
}
