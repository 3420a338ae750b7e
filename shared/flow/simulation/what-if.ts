import { z } from 'zod';
import { refusal, refusalAtLeast, refusalAtMost } from '../../i18n/refusals';

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
  demandFactor: z.number(refusal('number')).min(0.1, refusalAtLeast('atLeastPercent', 10)).max(5, refusalAtMost('atMostPercent', 500)),
  /** Each working day's demand as a multiple of the usual, repeated; empty for level demand. */
  dailyPattern: z
    .array(z.number(refusal('percentages')).min(0, refusal('negative')).max(5, refusalAtMost('atMostPercentADay', 500)))
    .max(366, refusal('atMostAYearOfDays')),
  /** Every step at least this uptime, in percent; null keeps the map's. */
  uptimeFloor: z.number(refusal('number')).min(1, refusal('percentFromOne')).max(100, refusal('percentFromOne')).nullable(),
  /** Changeover times as a multiple of the map's: 0.5 halves them. */
  changeoverFactor: z.number(refusal('number')).min(0, refusal('negative')).max(10, refusalAtMost('atMostPercent', 1000)),
  /** Batch size at every step with a changeover; null keeps the map's. */
  batchSize: z
    .number(refusal('number'))
    .int(refusal('wholeNumber'))
    .min(1, refusalAtLeast('atLeast', 1))
    .max(100_000, refusalAtMost('atMost', 100_000))
    .nullable(),
  /** Mean time to repair a failure, in seconds. */
  repairTime: z.number(refusal('number')).min(1, refusal('atLeastASecond')).max(86_400, refusal('atMostOneDay')),
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
