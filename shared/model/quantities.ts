import { z } from 'zod';
import { refusal } from '../i18n/refusals';

/**
 * Field validators for the numbers a value stream is measured in. Every time is stored in
 * seconds; display converts. Each rejects NaN, infinity and out-of-range values with a message
 * that, prefixed by the field's path, tells the user what is wrong.
 */
const finiteNumber = () => z.number(refusal('number')).refine(Number.isFinite, { ...refusal('finiteNumber'), abort: true });

export const SecondsSchema = finiteNumber().min(0, refusal('negativeTime'));

export const PositiveSecondsSchema = finiteNumber().positive(refusal('positiveTime'));

/** Seconds in a calendar day: no working day or shift can be longer. */
export const SECONDS_PER_CALENDAR_DAY = 86_400;

/**
 * A share of one calendar day, such as the working time per day or a shift's available time.
 * The bound catches the typical slip of typing the book's seconds (27,600) into a field that
 * reads a bare number as hours, which would otherwise make takt time 3,000 times too long.
 */
export const SecondsWithinDaySchema = SecondsSchema.max(SECONDS_PER_CALENDAR_DAY, refusal('atMostADay'));

export const PositiveSecondsWithinDaySchema = PositiveSecondsSchema.max(SECONDS_PER_CALENDAR_DAY, refusal('atMostADay'));

export const CountSchema = finiteNumber().min(0, refusal('negative'));

export const PositiveCountSchema = finiteNumber().positive(refusal('positive'));

export const PercentSchema = finiteNumber().min(0, refusal('percent')).max(100, refusal('percent'));

/**
 * The share of items a rework arrow sends back, in percent. Below 100: a loop that takes back
 * every item never lets one leave, and its expected number of visits is infinite.
 */
export const ReworkPercentSchema = finiteNumber().min(0, refusal('reworkPercent')).lt(100, refusal('reworkBelow100'));

export const CoordinateSchema = finiteNumber().min(-10_000_000, refusal('tooFar')).max(10_000_000, refusal('tooFar'));

export const SizeSchema = finiteNumber().positive(refusal('positive')).max(100_000, refusal('tooLarge'));
