import { z } from 'zod';
import { MapChangeSchema } from '../editing/map-change';
import { MAP_TEMPLATES } from '../editing/map-templates';
import { IdSchema } from '../model/ids';
import { MAP_STATES, MapNameSchema, type MapDocument, type MapMeta } from '../model/vsm-map';

/** The most changes one save may carry; a paste of thousands of notes still fits. */
export const MAX_CHANGES_PER_SAVE = 20_000;

/**
 * A workshop's maps. Deriving from a current-state map copies it with lineage (each node's
 * originId); from a future-state map, it copies that map as it is. Deleting refuses a workshop's
 * last map.
 */
export const mapInputs = {
  'map.load': z.strictObject({ mapId: IdSchema }),
  /** A new map in a workshop, blank or filled from a template; it is placed after the workshop's other maps. */
  'map.create': z.strictObject({
    workshopId: IdSchema,
    name: MapNameSchema,
    state: z.enum(MAP_STATES),
    template: z.enum(MAP_TEMPLATES),
  }),
  'map.applyChanges': z.strictObject({
    mapId: IdSchema,
    changes: z.array(MapChangeSchema).min(1, 'must hold at least one change').max(MAX_CHANGES_PER_SAVE),
  }),
  'map.deriveFutureState': z.strictObject({ sourceMapId: IdSchema, name: MapNameSchema }),
  'map.rename': z.strictObject({ mapId: IdSchema, name: MapNameSchema }),
  'map.delete': z.strictObject({ mapId: IdSchema }),
};

export type MapOutputs = {
  'map.load': MapDocument;
  'map.create': MapMeta;
  'map.applyChanges': { revision: number };
  'map.deriveFutureState': MapMeta;
  'map.rename': MapMeta;
  'map.delete': { id: string };
};
