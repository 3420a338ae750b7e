import { z } from 'zod';
import { MapChangeSchema } from '../editing/map-change';
import { IdSchema } from '../model/ids';
import type { MapDocument } from '../model/vsm-map';

/** The most changes one save may carry; a paste of thousands of notes still fits. */
export const MAX_CHANGES_PER_SAVE = 20_000;

export const mapInputs = {
  'map.load': z.strictObject({ mapId: IdSchema }),
  'map.applyChanges': z.strictObject({
    mapId: IdSchema,
    changes: z.array(MapChangeSchema).min(1, 'must hold at least one change').max(MAX_CHANGES_PER_SAVE),
  }),
};

export type MapOutputs = {
  'map.load': MapDocument;
  'map.applyChanges': { revision: number };
};
