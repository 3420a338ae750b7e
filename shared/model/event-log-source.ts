import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';
import { SecondsSchema } from './quantities';

/**
 * Where a measured map came from: the event log's file, its date range and size, what was left
 * off, and each case's lead time as a distribution. Kept in the map's settings so it travels
 * with the map (workshop files, copies) and the report can name the source. Times in seconds.
 */
export const MAX_FOLDED_ACTIVITIES = 500;
export const MAX_HISTOGRAM_BINS = 40;

export const WholeCountSchema = z.number().int(refusal('wholeNumber')).min(0, refusal('negative')).max(1e12, refusal('tooLarge'));

export const ActivityNameSchema = z.string().trim().min(1, refusal('empty')).max(200, refusalAtMost('tooLong', 200));

export const HistogramBinSchema = z.strictObject({ from: SecondsSchema, to: SecondsSchema, cases: WholeCountSchema });

export const LeadTimeDistributionSchema = z.strictObject({
  median: SecondsSchema,
  p85: SecondsSchema,
  p95: SecondsSchema,
  shortest: SecondsSchema,
  longest: SecondsSchema,
  mean: SecondsSchema,
  histogram: z.array(HistogramBinSchema).max(MAX_HISTOGRAM_BINS),
});

export type LeadTimeDistribution = z.infer<typeof LeadTimeDistributionSchema>;

/** Where a measured map came from; stored in the map's settings and printed in the report. */
export const EventLogSourceSchema = z.strictObject({
  fileName: z.string().trim().min(1, refusal('empty')).max(260, refusalAtMost('tooLong', 260)),
  format: z.enum(['csv', 'xes']),
  firstEventAt: z.iso.datetime(),
  lastEventAt: z.iso.datetime(),
  cases: WholeCountSchema,
  events: WholeCountSchema,
  /** Activities left off the map; their time is part of the wait before the next kept step. */
  foldedActivities: z.array(ActivityNameSchema).max(MAX_FOLDED_ACTIVITIES),
  leadTime: LeadTimeDistributionSchema,
});

export type EventLogSource = z.infer<typeof EventLogSourceSchema>;
