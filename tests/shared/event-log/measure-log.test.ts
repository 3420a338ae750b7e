import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '../../../shared/event-log/column-roles';
import { analyseLog, measureChoice, type LogAnalysis } from '../../../shared/event-log/log-analysis';
import { defaultKeptActivities } from '../../../shared/event-log/measure-steps';
import { MeasuredStreamSchema } from '../../../shared/event-log/measured-stream';
import { leadTimeLine, sourceLine } from '../../../shared/event-log/source-line';
import { measuredMapDocument } from '../../../shared/event-log/measured-map';
import { localeFormat } from '../../../shared/locale/locale-format';
import { createRowReader } from '../../../shared/event-log/read-event-rows';
import { quantileOfSorted, sortedCopy } from '../../../shared/event-log/statistics';
import {
  ESCALATE_SHARE,
  exponentialQuantile,
  feedCsvRows,
  generateLog,
  MAIN_PATH,
  MEAN_WAIT_MINUTES,
  REWORK_SHARE,
  toCsv,
  uniformQuantile,
  WORK_MINUTES,
  type SyntheticLog,
} from './synthetic-log';

function analyseCsv(csv: string, fileName = 'tickets.csv'): LogAnalysis {
  const headers = csv.slice(0, csv.indexOf('\n')).split(',');
  const reader = createRowReader({ headers, mapping: guessColumnMapping(headers), timestampFormat: 'iso', rowLabel: 'row' });
  feedCsvRows(csv, reader);
  const outcome = reader.finish();
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return analyseLog(outcome.table, { fileName, format: 'csv', firstTime: outcome.firstTime, lastTime: outcome.lastTime });
}

const within = (actual: number, expected: number, tolerance: number) => {
  expect(Math.abs(actual - expected) / expected, `${actual} vs ${expected}`).toBeLessThan(tolerance);
};

describe('a measured map from a synthetic log whose truth is known', () => {
  const log: SyntheticLog = generateLog(4_000, 20_261_205);
  const analysis = analyseCsv(toCsv(log));
  const kept = defaultKeptActivities(analysis.overview);
  const measured = measureChoice(analysis, kept);
  const step = (name: string) => measured.steps.find((candidate) => candidate.activity === name)!;

  it('keeps the main path in order and folds the rare activity into the waits', () => {
    expect(measured.steps.map((candidate) => candidate.activity)).toEqual([...MAIN_PATH]);
    expect(measured.source.foldedActivities).toEqual(['Escalate']);
    expect(measured.source.cases).toBe(4_000);
    expect(measured.source.events).toBe(log.events.length);
    expect(MeasuredStreamSchema.safeParse(measured).success).toBe(true);
  });

  it('measures each step’s process time: median and P85 of uniform work within 4 %', () => {
    for (const name of MAIN_PATH) {
      const figures = step(name).processTime!;
      within(figures.median, uniformQuantile(WORK_MINUTES[name], 0.5), 0.04);
      within(figures.p85, uniformQuantile(WORK_MINUTES[name], 0.85), 0.04);
    }
    expect(step('Fix').processTime!.samples).toBe(4_000 + log.reworkedCases);
  });

  it('measures the wait before each step: median and P85 of exponential waits within 8 %', () => {
    expect(step('Receive').waitBefore).toBeNull();
    for (const name of MAIN_PATH.slice(1)) {
      const figures = step(name).waitBefore!;
      within(figures.median, exponentialQuantile(MEAN_WAIT_MINUTES[name], 0.5), 0.08);
      within(figures.p85, exponentialQuantile(MEAN_WAIT_MINUTES[name], 0.85), 0.08);
    }
  });

  it('finds the injected rework: its rate and the step that sends work back', () => {
    const fix = step('Fix').rework!;
    expect(fix.cases).toBe(log.reworkedCases);
    within(fix.rate, REWORK_SHARE, 0.1);
    expect(measured.steps[fix.fromStep!]?.activity).toBe('Review');
    // Review is repeated only because Fix was: it sits inside the Review → Fix loop, which has its arrow.
    within(step('Review').rework!.rate, REWORK_SHARE, 0.1);
    expect(step('Review').rework!.fromStep).toBeNull();
    expect(step('Receive').rework).toBeNull();
    expect(step('Triage').rework).toBeNull();
  });

  it('gives each case’s lead time as a distribution equal to the generated one', () => {
    const truth = sortedCopy(log.leadTimesSeconds);
    const { leadTime } = measured.source;
    expect(leadTime.median).toBeCloseTo(quantileOfSorted(truth, 0.5), 6);
    expect(leadTime.p85).toBeCloseTo(quantileOfSorted(truth, 0.85), 6);
    expect(leadTime.longest).toBeCloseTo(truth[truth.length - 1]!, 6);
    expect(leadTime.histogram.reduce((sum, bin) => sum + bin.cases, 0)).toBe(4_000);
  });

  it('lists the variants by share, the main path first, and counts directly-follows pairs', () => {
    const { overview, table } = analysis;
    const names = (activities: number[]) => activities.map((activity) => table.activities[activity]);
    expect(names(overview.variants[0]!.activities)).toEqual([...MAIN_PATH]);
    within(overview.variants[0]!.cases / overview.cases, (1 - REWORK_SHARE) * (1 - ESCALATE_SHARE), 0.05);
    expect(overview.variantCount).toBe(4);
    const follows = (from: string, to: string) =>
      overview.directlyFollows.find((pair) => table.activities[pair.from] === from && table.activities[pair.to] === to)?.cases ?? 0;
    expect(follows('Review', 'Fix')).toBe(log.reworkedCases);
    expect(follows('Triage', 'Escalate')).toBe(log.escalatedCases);
  });

  it('keeps the chosen steps only, and orders them by the path whatever order they were chosen in', () => {
    const index = (name: string) => analysis.table.activities.indexOf(name);
    const chosen = measureChoice(analysis, [index('Close'), index('Receive'), index('Fix')]);
    expect(chosen.steps.map((candidate) => candidate.activity)).toEqual(['Receive', 'Fix', 'Close']);
    expect(chosen.source.foldedActivities.sort()).toEqual(['Escalate', 'Review', 'Triage']);
  });
});

describe('logs of completions only', () => {
  it('has no process times and measures the time between completions as the wait', () => {
    const csv = [
      'case,activity,time',
      'A,Open,2026-01-01T00:00:00Z',
      'A,Close,2026-01-01T02:00:00Z',
      'B,Open,2026-01-02T00:00:00Z',
      'B,Close,2026-01-02T04:00:00Z',
    ].join('\n');
    const analysis = analyseCsv(csv);
    const measured = measureChoice(analysis, defaultKeptActivities(analysis.overview));
    expect(analysis.overview.hasProcessTimes).toBe(false);
    expect(measured.steps.map((candidate) => candidate.processTime)).toEqual([null, null]);
    expect(measured.steps[1]!.waitBefore).toEqual({ median: 3 * 3_600, p85: 3.7 * 3_600, samples: 2 });
    expect(measured.source.leadTime.median).toBe(3 * 3_600);
  });
});

/** The report's dates as a British reader writes them: the line follows the locale it is given. */
const BRITISH = localeFormat('en-GB');

describe('the report’s source line', () => {
  it('names the file, the cases, the events and the date range', () => {
    const analysis = analyseCsv(toCsv(generateLog(50, 4)), 'claims export.csv');
    const { source } = measureChoice(analysis, defaultKeptActivities(analysis.overview));
    expect(sourceLine(source, BRITISH)).toMatch(
      /^Measured from the event log claims export\.csv: 50 cases, [\d,]+ events from \d{1,2} [A-Z][a-z]{2} 2026 to \d{1,2} [A-Z][a-z]{2} 2026\.$/,
    );
    expect(sourceLine({ ...source, firstEventAt: '2026-03-14T08:00:00.000Z', lastEventAt: '2026-03-14T17:00:00.000Z' }, BRITISH)).toContain(
      'events on 14 Mar 2026.',
    );
    const leadTime = { ...source.leadTime, median: 36 * 3_600, p85: 3 * 86_400, p95: 5.5 * 86_400, longest: 12 * 86_400 };
    expect(leadTimeLine({ ...source, leadTime })).toBe(
      'Lead time per case: median 1.5\u00a0d, 85 % within 3\u00a0d, 95 % within 5.5\u00a0d, longest 12\u00a0d.',
    );
  });

  it('says “1 case” and “1 event” for a log of one, on the report’s line and under the map’s step', () => {
    const analysis = analyseCsv('Case,Activity,Timestamp\n1,Only,2026-03-14T09:00:00Z\n', 'one.csv');
    const measured = measureChoice(analysis, defaultKeptActivities(analysis.overview));
    expect(sourceLine(measured.source, BRITISH)).toBe('Measured from the event log one.csv: 1 case, 1 event on 14 Mar 2026.');
    const texts = measuredMapDocument(measured, 'One').nodes.map((node) => node.text);
    expect(texts).toContain('1 case · median / P85');
    expect(texts.find((text) => text.startsWith('Measured from one.csv'))).toContain(': 1 case.');
  });

  it('writes the line and the measured map’s words in German for a German workshop', () => {
    const analysis = analyseCsv('Case,Activity,Timestamp\n1,Prüfen,2026-03-14T09:00:00Z\n1,Freigeben,2026-03-16T09:00:00Z\n', 'eins.csv');
    const measured = measureChoice(analysis, defaultKeptActivities(analysis.overview));
    const german = localeFormat('de-DE');
    expect(sourceLine(measured.source, german)).toBe(
      'Gemessen aus dem Ereignisprotokoll eins.csv: 1 Fall, 2 Ereignisse vom 14. März 2026 bis 16. März 2026.',
    );
    expect(leadTimeLine(measured.source, german)).toMatch(/^Durchlaufzeit je Fall: Median 2\u00a0d, 85 % innerhalb von 2\u00a0d/);
    const doc = measuredMapDocument(measured, 'Freigabe', german);
    const texts = doc.nodes.map((node) => node.text);
    expect(texts).toContain('Warten, P85 2\u00a0d');
    expect(texts.some((text) => text.startsWith('1 Fall · Median / P85'))).toBe(true);
    expect(texts.find((text) => text.startsWith('Gemessen aus eins.csv'))).toContain('Unter jedem Schritt');
  });
});

describe('what a measured map keeps within its schema’s limits', () => {
  it('clips a very long activity name and lists at most 500 folded activities, most common first', () => {
    const long = 'Approve '.repeat(40).trim();
    const rows = ['case,activity,time'];
    for (let c = 0; c < 10; c += 1) rows.push(`c${c},${long},2026-01-01T10:00:00Z`, `c${c},Close,2026-01-01T11:00:00Z`);
    rows.push('c0,Rare common,2026-01-01T12:00:00Z', 'c1,Rare common,2026-01-01T12:00:00Z');
    for (let rare = 0; rare < 600; rare += 1) rows.push(`r${rare},Rare ${rare},2026-01-02T10:00:00Z`);
    const analysis = analyseCsv(rows.join('\n'));
    const measured = measureChoice(analysis, defaultKeptActivities(analysis.overview, 0.01));
    expect(measured.steps.map((step) => step.activity)).toEqual([`${long.slice(0, 199)}…`, 'Close']);
    expect(measured.source.foldedActivities).toHaveLength(500);
    expect(measured.source.foldedActivities[0]).toBe('Rare common');
    expect(MeasuredStreamSchema.safeParse(measured).success).toBe(true);
  });
});
