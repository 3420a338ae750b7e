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
  fromStep: z.number().int().min(0).max(MAX_MEASURED_STEPS - 1).nullable(),
});

export type MeasuredRework = z.infer<typeof MeasuredReworkSchema>;

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
    steps.forEach((step, index) => {
      const from = step.rework?.fromStep ?? null;
      if (from !== null && (from >= steps.length || from === index)) {
        context.addIssue({ code: 'custom', path: ['steps', index, 'rework', 'fromStep'], message: 'must name another step of the map' });
      }
    });
  });

export type MeasuredStream = z.infer<typeof MeasuredStreamSchema>;
