import { z } from 'zod';
import { refusal, refusalAtMost, refusalOneOf } from '../i18n/refusals';
import { LANGUAGES } from '../i18n/languages';
import { IdSchema } from './ids';

const TitleSchema = z.string().trim().min(1, refusal('empty')).max(200, refusalAtMost('tooLong', 200));

/** A calendar date without time zone, as the facilitator typed it. */
export const IsoDateSchema = z.iso.date(refusal('date'));

/**
 * The language the workshop's room speaks: its report and exports are written in it, whatever
 * language the facilitator's app shows. A workshop without one (made before languages existed)
 * follows the app's.
 */
export const LanguageSchema = z.enum(LANGUAGES, refusalOneOf(LANGUAGES));

export const WorkshopDetailsSchema = z.object({
  title: TitleSchema,
  date: IsoDateSchema,
  facilitator: z.string().trim().max(200, refusalAtMost('tooLong', 200)),
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
