import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';
import { NOTE_COLORS } from '../model/colors';
import { IdSchema } from '../model/ids';
import { MapNodeSchema } from '../model/map-node';
import { isOneOf } from '../util/is-one-of';

/**
 * The parking lot: notes that are off-topic for now. A note moved here from a map keeps the node
 * it was, so that putting it back restores it exactly (same text, colour, size; the same id when
 * it returns to its own map, where votes on it still count).
 */
export const ParkingLotTextSchema = z.string().trim().min(1, refusal('empty')).max(10_000, refusalAtMost('tooLong', 10_000));

export const ParkingLotItemSchema = z.object({
  id: IdSchema,
  workshopId: IdSchema,
  position: z.number().int().min(0),
  /** The note's text; may be empty for a note parked before anything was written on it. */
  text: z.string().max(10_000),
  color: z.enum(NOTE_COLORS),
  /** The note as it was on its map, or null for an item typed straight into the parking lot. */
  note: MapNodeSchema.nullable(),
  fromMapId: IdSchema.nullable(),
  createdAt: z.iso.datetime(),
});

export type ParkingLotItem = z.infer<typeof ParkingLotItemSchema>;

/** Only free notes move to the parking lot; notation symbols belong to the map's structure. */
export const PARKABLE_KINDS = ['sticky-note', 'kaizen-burst', 'text'] as const;

export function isParkable(kind: string): boolean {
  return isOneOf(PARKABLE_KINDS, kind);
}
