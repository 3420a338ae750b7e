import type { z } from 'zod';

/** The most characters a field's schema takes, for its input's maxLength: the form stops where the store would refuse. */
export function maxLengthOf(schema: z.ZodString): number | undefined {
  return schema.maxLength ?? undefined;
}
