import { z } from 'zod';
import { refusalAtMost } from '../i18n/refusals';
import { IdSchema } from '../model/ids';
import type { MapMeta } from '../model/vsm-map';
import { IsoDateSchema, LanguageSchema, TitleSchema, WorkshopDetailsSchema, type Workshop } from '../model/workshop';
import { MAX_WORKSHOP_FILE_BYTES, MAX_WORKSHOP_FILE_MB } from '../workshop-file/file-limits';
import type { WorkshopFile } from '../workshop-file/workshop-file-schema';

/**
 * Workshops, and a workshop as a file. `workshop.importFile` without text asks the host for a
 * file (the desktop app's open dialog); the browser host answers that the page picks it, and the
 * page sends its text.
 */
export const workshopInputs = {
  'workshop.list': z.strictObject({}),
  'workshop.create': WorkshopDetailsSchema.strict(),
  'workshop.get': z.strictObject({ id: IdSchema }),
  'workshop.update': z.strictObject({
    id: IdSchema,
    title: TitleSchema.optional(),
    date: IsoDateSchema.optional(),
    facilitator: WorkshopDetailsSchema.shape.facilitator.optional(),
    language: LanguageSchema.optional(),
  }),
  'workshop.duplicate': z.strictObject({ id: IdSchema }),
  'workshop.delete': z.strictObject({ id: IdSchema }),
  'workshop.exportFile': z.strictObject({ id: IdSchema }),
  'workshop.importFile': z.strictObject({
    text: z.string().max(MAX_WORKSHOP_FILE_BYTES, refusalAtMost('tooLargeToImport', MAX_WORKSHOP_FILE_MB)).optional(),
  }),
};

export type WorkshopSummary = Workshop & { mapCount: number };

export type WorkshopOverview = { workshop: Workshop; maps: MapMeta[] };

export type ImportOutcome =
  | { status: 'imported'; overview: WorkshopOverview; renamed: boolean; upgradedFrom: number | null }
  | { status: 'cancelled' }
  | { status: 'choose-in-page' };

export type WorkshopOutputs = {
  'workshop.list': WorkshopSummary[];
  'workshop.create': WorkshopOverview;
  'workshop.get': WorkshopOverview;
  'workshop.update': Workshop;
  'workshop.duplicate': WorkshopOverview;
  'workshop.delete': { id: string };
  'workshop.exportFile': WorkshopFile;
  'workshop.importFile': ImportOutcome;
};
