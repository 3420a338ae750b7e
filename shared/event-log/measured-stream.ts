import { z } from 'zod';
import { refusal, refusalAtMost, refusalText } from '../i18n/refusals';
import { ActivityNameSchema, EventLogSourceSchema, WholeCountSchema } from '../model/event-log-source';
import { SecondsSchema } from '../model/quantities';

/**
 * What an event log measured, as it crosses from the renderer's worker to the main process and
 * as the map keeps it: per step the median and 85th percentile of its times, the share of cases
 * that did it again (rework), and per case the lead time as a distribution. The log itself never
 * crosses; these summaries are small whatever the file's size, and the limits below keep them so.
 */
export const MAX_MEASURED_STEPS = 60;

export const TimeSummarySchema = z.strictObject({
  median: SecondsSchema,
  p85: SecondsSchema,
  /** How many measurements the figures rest on. */
  samples: WholeCountSchema,
});

export type TimeSummary = z.infer<typeof TimeSummarySchema>;

export const ShareSchema = z.number().min(0, refusal('share')).max(1, refusal('share'));

export const MeasuredReworkSchema = z.strictObject({
  /** Of the cases that did this step, the share that did it more than once. */
  rate: ShareSchema,
  cases: WholeCountSchema,
  /** The step (index into `steps`) the work most often came back from, where the rework arrow starts; null for none. */
  fromStep: z
    .number()
    .int()
    .min(0)
    .max(MAX_MEASURED_STEPS - 1)
    .nullable(),
});

export const MeasuredStepSchema = z.strictObject({
  activity: ActivityNameSchema,
  cases: WholeCountSchema,
  /** complete − start of each pass; null when the log has no start events for this activity. */
  processTime: TimeSummarySchema.nullable(),
  /** start (or completion, without a start) − the previous kept step's completion; null for the first step. */
  waitBefore: TimeSummarySchema.nullable(),
  rework: MeasuredReworkSchema.nullable(),
});

export type MeasuredStep = z.infer<typeof MeasuredStepSchema>;

export const MeasuredStreamSchema = z
  .strictObject({
    source: EventLogSourceSchema,
    steps: z.array(MeasuredStepSchema).min(1, refusal('oneStepAtLeast')).max(MAX_MEASURED_STEPS, refusalAtMost('atMostSteps', MAX_MEASURED_STEPS)),
  })
  .superRefine(({ source, steps }, context) => {
    if (source.lastEventAt < source.firstEventAt) {
      context.addIssue({ code: 'custom', path: ['source', 'lastEventAt'], message: refusalText('beforeFirstEvent') });
    }
    // A summary that contradicts itself would become a map whose figures look measured and are not.
    const issue = (path: (string | number)[], key: Parameters<typeof refusalText>[0]) =>
      context.addIssue({ code: 'custom', path, message: refusalText(key) });
    const span = Math.max(0, (Date.parse(source.lastEventAt) - Date.parse(source.firstEventAt)) / 1_000) + SPAN_TOLERANCE_SECONDS;
    const within = (path: (string | number)[], seconds: number) => {
      if (seconds > span) issue(path, 'longerThanLog');
    };
    if (source.events < source.cases) issue(['source', 'events'], 'onePerCaseAtLeast');
    const lead = source.leadTime;
    (['shortest', 'median', 'p85', 'p95', 'longest', 'mean'] as const).forEach((key) => within(['source', 'leadTime', key], lead[key]));
    const ordered = [lead.shortest, lead.median, lead.p85, lead.p95, lead.longest];
    (['median', 'p85', 'p95', 'longest'] as const).forEach((key, index) => {
      if ((ordered[index + 1] ?? 0) < (ordered[index] ?? 0)) issue(['source', 'leadTime', key], 'belowFigureBefore');
    });
    lead.histogram.forEach((bin, index) => {
      if (bin.to < bin.from) issue(['source', 'leadTime', 'histogram', index, 'to'], 'belowBinStart');
    });
    steps.forEach((step, index) => {
      const from = step.rework?.fromStep ?? null;
      if (from !== null && (from >= steps.length || from === index)) {
        issue(['steps', index, 'rework', 'fromStep'], 'anotherStep');
      }
      if (step.cases > source.cases) issue(['steps', index, 'cases'], 'moreThanLogCases');
      if (step.rework && step.rework.cases > step.cases) issue(['steps', index, 'rework', 'cases'], 'moreThanStepCases');
      (['processTime', 'waitBefore'] as const).forEach((key) => {
        const figures = step[key];
        if (!figures) return;
        within(['steps', index, key, 'median'], figures.median);
        within(['steps', index, key, 'p85'], figures.p85);
        if (figures.p85 < figures.median) issue(['steps', index, key, 'p85'], 'belowMedian');
      });
    });
  });

/** Times are measured in milliseconds and summed as seconds; a second's slack absorbs the rounding. */
const SPAN_TOLERANCE_SECONDS = 1;

export type MeasuredStream = z.infer<typeof MeasuredStreamSchema>;
