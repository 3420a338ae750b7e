import { z } from 'zod';

/**
 * Field validators for the numbers a value stream is measured in. Every time is stored in
 * seconds; display converts. Each rejects NaN, infinity and out-of-range values with a message
 * that, prefixed by the field's path, tells the user what is wrong.
 */
const finiteNumber = () => z.number({ message: 'must be a number' }).refine(Number.isFinite, { message: 'must be a finite number', abort: true });

export const SecondsSchema = finiteNumber().min(0, 'must not be a negative time');

export const PositiveSecondsSchema = finiteNumber().positive('must be a time greater than zero');

/** Seconds in a calendar day: no working day or shift can be longer. */
export const SECONDS_PER_CALENDAR_DAY = 86_400;

/**
 * A share of one calendar day, such as the working time per day or a shift's available time.
 * The bound catches the typical slip of typing the book's seconds (27,600) into a field that
 * reads a bare number as hours, which would otherwise make takt time 3,000 times too long.
 */
export const SecondsWithinDaySchema = SecondsSchema.max(SECONDS_PER_CALENDAR_DAY, 'must be at most 24 h (one day)');

export const PositiveSecondsWithinDaySchema = PositiveSecondsSchema.max(SECONDS_PER_CALENDAR_DAY, 'must be at most 24 h (one day)');

export const CountSchema = finiteNumber().min(0, 'must not be negative');

export const PositiveCountSchema = finiteNumber().positive('must be greater than zero');

export const PercentSchema = finiteNumber().min(0, 'must be a percentage from 0 to 100').max(100, 'must be a percentage from 0 to 100');

/**
 * The share of items a rework arrow sends back, in percent. Below 100: a loop that takes back
 * every item never lets one leave, and its expected number of visits is infinite.
 */
export const ReworkPercentSchema = finiteNumber()
  .min(0, 'must be a percentage from 0 to below 100')
  .lt(100, 'must be below 100 % (a loop that sends every item back never ends)');

export const CoordinateSchema = finiteNumber().min(-10_000_000, 'is too far from the origin').max(10_000_000, 'is too far from the origin');

export const SizeSchema = finiteNumber().positive('must be greater than zero').max(100_000, 'is too large');
