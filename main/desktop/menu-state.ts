import { z } from 'zod';
import { MapActionIdSchema, type MapActionId } from '../../shared/actions/map-action-descriptors';

/**
 * A window's report of the map actions it can run now (null: it shows no map), which greys out
 * the rest of the menu. It arrives over IPC, so it is checked like any input: a report that is
 * not a list of known action ids is ignored, and the menu stays as it was.
 */
export const MenuStateSchema = z.array(MapActionIdSchema).max(200).nullable();

export function readMenuState(report: unknown): { ok: true; available: MapActionId[] | null } | { ok: false } {
  const parsed = MenuStateSchema.safeParse(report);
  return parsed.success ? { ok: true, available: parsed.data } : { ok: false };
}
