import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { IdSchema } from './ids';

const TitleSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** A calendar date without time zone, as the facilitator typed it. */
export const IsoDateSchema = z.iso.date({ message: 'must be a date in the form YYYY-MM-DD' });

/**
 * The language the workshop's room speaks: its report and exports are written in it, whatever
 * language the facilitator's app shows. A workshop without one (made before languages existed)
 * follows the app's.
 */
export const LanguageSchema = z.enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` });

export const WorkshopDetailsSchema = z.object({
  title: TitleSchema,
  date: IsoDateSchema,
  facilitator: z.string().trim().max(200, 'must be at most 200 characters'),
  language: LanguageSchema.optional(),
});

export type WorkshopDetails = z.infer<typeof WorkshopDetailsSchema>;

export const WorkshopSchema = WorkshopDetailsSchema.extend({
  id: IdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Workshop = z.infer<typeof WorkshopSchema>;

export { TitleSchema };
