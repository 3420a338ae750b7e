import { z } from 'zod';
import { refusal } from '../i18n/refusals';
import { MapChangeSchema } from '../editing/map-change';
import { MAP_TEMPLATES } from '../editing/map-templates';
import { IdSchema } from '../model/ids';
import { MAP_STATES, MapNameSchema, type MapDocument, type MapMeta } from '../model/vsm-map';
import { LanguageSchema } from '../model/workshop';
import { ClientIdSchema, type ChangesSince } from '../sync/map-feed';

/** The most changes one save may carry; a paste of thousands of notes still fits. */
export const MAX_CHANGES_PER_SAVE = 20_000;

/**
 * A workshop's maps. Deriving from a current-state map copies it with lineage (each node's
 * originId); from a future-state map, it copies that map as it is. Deleting refuses a workshop's
 * last map.
 */
export const mapInputs = {
  'map.load': z.strictObject({ mapId: IdSchema }),
  /**
   * A new map in a workshop, blank or filled from a template; it is placed after the workshop's other maps.
   * A template's words are in the workshop's language; `language` (the app's, as the window shows it) is
   * for a workshop that has none.
   */
  'map.create': z.strictObject({
    workshopId: IdSchema,
    name: MapNameSchema,
    state: z.enum(MAP_STATES),
    template: z.enum(MAP_TEMPLATES),
    language: LanguageSchema.optional(),
  }),
  /**
   * One edit or more, saved as the map's next revision. `baseRevision` is the revision the window
   * had seen when the edits were made: the store rebases the save over what other windows saved
   * since, or refuses it (`conflict`). `clientId` names the window, so the live feed does not echo
   * its own saves back to it.
   */
  'map.applyChanges': z.strictObject({
    mapId: IdSchema,
    changes: z.array(MapChangeSchema).min(1, refusal('oneChangeAtLeast')).max(MAX_CHANGES_PER_SAVE),
    baseRevision: z.number().int().min(0).optional(),
    clientId: ClientIdSchema.optional(),
  }),
  /** What was committed to a map after a revision, for a window catching up after a gap in the live feed. */
  'map.changesSince': z.strictObject({ mapId: IdSchema, revision: z.number().int().min(0) }),
  'map.deriveFutureState': z.strictObject({ sourceMapId: IdSchema, name: MapNameSchema }),
  'map.rename': z.strictObject({ mapId: IdSchema, name: MapNameSchema }),
  'map.delete': z.strictObject({ mapId: IdSchema }),
};

export type MapOutputs = {
  'map.load': MapDocument;
  'map.create': MapMeta;
  'map.applyChanges': { revision: number };
  'map.changesSince': ChangesSince;
  'map.deriveFutureState': MapMeta;
  'map.rename': MapMeta;
  'map.delete': { id: string };
};
