import { z } from 'zod';
import { refusal } from '../../i18n/refusals';

/**
 * A what-if: parameters changed for a simulation without touching the map, to compare with the
 * map as drawn. Each is bounded so a typo cannot ask for a run that never ends.
 */
export const WhatIfSchema = z.object({
  /** "as-mapped" draws times from the ranges on the map and lets failures strike at random; "none" runs every time at its value. */
  variability: z.enum(['as-mapped', 'none']),
  /** Orders arrive at random (Poisson) around takt instead of exactly at takt. */
  randomArrivals: z.boolean(),
  /** Demand as a multiple of the map's: 1.2 is 20 % more. */
  demandFactor: z.number(refusal('number')).min(0.1, 'must be at least 10 %').max(5, 'must be at most 500 %'),
  /** Each working day's demand as a multiple of the usual, repeated; empty for level demand. */
  dailyPattern: z
    .array(z.number({ message: 'must be percentages separated by commas' }).min(0, refusal('negative')).max(5, 'must be at most 500 % a day'))
    .max(366, 'must cover at most a year of days'),
  /** Every step at least this uptime, in percent; null keeps the map's. */
  uptimeFloor: z
    .number({ message: 'must be a number' })
    .min(1, 'must be a percentage from 1 to 100')
    .max(100, 'must be a percentage from 1 to 100')
    .nullable(),
  /** Changeover times as a multiple of the map's: 0.5 halves them. */
  changeoverFactor: z.number(refusal('number')).min(0, refusal('negative')).max(10, 'must be at most 1,000 %'),
  /** Batch size at every step with a changeover; null keeps the map's. */
  batchSize: z
    .number({ message: 'must be a number' })
    .int(refusal('wholeNumber'))
    .min(1, 'must be at least 1')
    .max(100_000, 'must be at most 100,000')
    .nullable(),
  /** Mean time to repair a failure, in seconds. */
  repairTime: z.number(refusal('number')).min(1, 'must be at least a second').max(86_400, 'must be at most a day'),
});

export type WhatIf = z.infer<typeof WhatIfSchema>;

/** The map as drawn, with its ranges and random failures. */
export const AS_DRAWN: WhatIf = {
  variability: 'as-mapped',
  randomArrivals: false,
  demandFactor: 1,
  dailyPattern: [],
  uptimeFloor: null,
  changeoverFactor: 1,
  batchSize: null,
  repairTime: 3_600,
};

export const WHAT_IF_KEYS = WhatIfSchema.keyof().options;
