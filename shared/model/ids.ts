import { z } from 'zod';

/** Ids are opaque strings made by the platform's `crypto.randomUUID()`; the schema only bounds them. */
export const IdSchema = z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters');

export type Id = z.infer<typeof IdSchema>;

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}
