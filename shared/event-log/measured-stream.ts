import { z } from 'zod';
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

export const ShareSchema = z.number().min(0, 'must be a share from 0 to 1').max(1, 'must be a share from 0 to 1');

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
    steps: z.array(MeasuredStepSchema).min(1, 'must keep at least one step').max(MAX_MEASURED_STEPS, `must keep at most ${MAX_MEASURED_STEPS} steps`),
  })
  .superRefine(({ source, steps }, context) => {
    if (source.lastEventAt < source.firstEventAt) {
      context.addIssue({ code: 'custom', path: ['source', 'lastEventAt'], message: 'must not be before the first event' });
    }
    // A summary that contradicts itself would become a map whose figures look measured and are not.
    const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    const span = Math.max(0, (Date.parse(source.lastEventAt) - Date.parse(source.firstEventAt)) / 1_000) + SPAN_TOLERANCE_SECONDS;
    const within = (path: (string | number)[], seconds: number) => {
      if (seconds > span) issue(path, 'must not be longer than the time between the log’s first and last events');
    };
    if (source.events < source.cases) issue(['source', 'events'], 'must be at least one per case');
    const lead = source.leadTime;
    (['shortest', 'median', 'p85', 'p95', 'longest', 'mean'] as const).forEach((key) => within(['source', 'leadTime', key], lead[key]));
    const ordered = [lead.shortest, lead.median, lead.p85, lead.p95, lead.longest];
    (['median', 'p85', 'p95', 'longest'] as const).forEach((key, index) => {
      if ((ordered[index + 1] ?? 0) < (ordered[index] ?? 0))
        issue(['source', 'leadTime', key], 'must not be below the figure before it (shortest ≤ median ≤ P85 ≤ P95 ≤ longest)');
    });
    lead.histogram.forEach((bin, index) => {
      if (bin.to < bin.from) issue(['source', 'leadTime', 'histogram', index, 'to'], 'must not be below the bin’s start');
    });
    steps.forEach((step, index) => {
      const from = step.rework?.fromStep ?? null;
      if (from !== null && (from >= steps.length || from === index)) {
        issue(['steps', index, 'rework', 'fromStep'], 'must name another step of the map');
      }
      if (step.cases > source.cases) issue(['steps', index, 'cases'], 'must not be more than the log’s cases');
      if (step.rework && step.rework.cases > step.cases) issue(['steps', index, 'rework', 'cases'], 'must not be more than the step’s cases');
      (['processTime', 'waitBefore'] as const).forEach((key) => {
        const figures = step[key];
        if (!figures) return;
        within(['steps', index, key, 'median'], figures.median);
        within(['steps', index, key, 'p85'], figures.p85);
        if (figures.p85 < figures.median) issue(['steps', index, key, 'p85'], 'must not be below the median');
      });
    });
  });

/** Times are measured in milliseconds and summed as seconds; a second's slack absorbs the rounding. */
const SPAN_TOLERANCE_SECONDS = 1;

export type MeasuredStream = z.infer<typeof MeasuredStreamSchema>;
