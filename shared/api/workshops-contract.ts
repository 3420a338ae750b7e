import { z } from 'zod';
import { IdSchema } from '../model/ids';
import type { MapMeta } from '../model/vsm-map';
import { IsoDateSchema, TitleSchema, WorkshopDetailsSchema, type Workshop } from '../model/workshop';

export const workshopInputs = {
  'workshop.list': z.strictObject({}),
  'workshop.create': WorkshopDetailsSchema.strict(),
  'workshop.get': z.strictObject({ id: IdSchema }),
  'workshop.update': z.strictObject({
    id: IdSchema,
    title: TitleSchema.optional(),
    date: IsoDateSchema.optional(),
    facilitator: WorkshopDetailsSchema.shape.facilitator.optional(),
  }),
  'workshop.duplicate': z.strictObject({ id: IdSchema }),
  'workshop.delete': z.strictObject({ id: IdSchema }),
};

export type WorkshopSummary = Workshop & { mapCount: number };

export type WorkshopOverview = { workshop: Workshop; maps: MapMeta[] };

export type WorkshopOutputs = {
  'workshop.list': WorkshopSummary[];
  'workshop.create': WorkshopOverview;
  'workshop.get': WorkshopOverview;
  'workshop.update': Workshop;
  'workshop.duplicate': WorkshopOverview;
  'workshop.delete': { id: string };
};
