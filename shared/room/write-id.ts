import { z } from 'zod';
import { refusal } from '../i18n/refusals';

/**
 * Every write a participant sends carries an id the phone made when the person tapped (a UUID).
 * The server keeps each device's write ids with the answer it gave, in the same transaction as
 * the write, so a retry after a dropped connection is answered from that record and never
 * counts a dot or an idea twice.
 */
export const WriteIdSchema = z.string().regex(/^[\w-]{8,64}$/, refusal('writerId'));
