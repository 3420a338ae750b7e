import { z } from 'zod';

/**
 * Field validators for the numbers a value stream is measured in. Every time is stored in
 * seconds; display converts. Each rejects NaN, infinity and out-of-range values with a message
 * that, prefixed by the field's path, tells the user what is wrong.
 */
const finiteNumber = () =>
  z
    .number({ message: 'must be a number' })
    .refine(Number.isFinite, { message: 'must be a finite number', abort: true });

export const SecondsSchema = finiteNumber().min(0, 'must not be a negative time');

export const PositiveSecondsSchema = finiteNumber().positive('must be a time greater than zero');

export const CountSchema = finiteNumber().min(0, 'must not be negative');

export const PositiveCountSchema = finiteNumber().positive('must be greater than zero');

export const PercentSchema = finiteNumber()
  .min(0, 'must be a percentage from 0 to 100')
  .max(100, 'must be a percentage from 0 to 100');

export const CoordinateSchema = finiteNumber()
  .min(-10_000_000, 'is too far from the origin')
  .max(10_000_000, 'is too far from the origin');

export const SizeSchema = finiteNumber().positive('must be greater than zero').max(100_000, 'is too large');
