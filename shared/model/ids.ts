import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';

/** Ids are opaque strings made by the platform's `crypto.randomUUID()`; the schema only bounds them. */
export const IdSchema = z.string().min(1, refusal('empty')).max(64, refusalAtMost('tooLong', 64));

export type Id = z.infer<typeof IdSchema>;

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}
