import { z } from 'zod';
import { PRESENTATION_VIEWS, type PresentationState } from '../facilitation/presentation';
import { IdSchema } from '../model/ids';

/** What the projector shows: which map, which voting results, which view. */
export const presentationInputs = {
  'presentation.get': z.strictObject({ workshopId: IdSchema }),
  'presentation.update': z.strictObject({
    workshopId: IdSchema,
    mapId: IdSchema.nullable().optional(),
    resultsSessionId: IdSchema.nullable().optional(),
    view: z.enum(PRESENTATION_VIEWS).optional(),
  }),
};

export type PresentationOutputs = {
  'presentation.get': PresentationState;
  'presentation.update': PresentationState;
};
