import { z } from 'zod';
import type { ParkingLotItem } from '../facilitation/parking-lot';
import { IdSchema } from '../model/ids';
import type { MapNode } from '../model/map-node';
import { CoordinateSchema } from '../model/quantities';
import { IDEA_MODES, type RoomIdea } from '../room/room-idea';
import type { NetworkInterfaceChoice, RoomStatus, RoomVoteProgress } from '../room/room-status';

/** After an idea went onto a map: the inbox, the note as placed and the map's new revision. */
export type PlacedIdea = { ideas: RoomIdea[]; node: MapNode; revision: number };

/** After an idea went to the parking lot: the inbox and the parking lot. */
export type ParkedIdea = { ideas: RoomIdea[]; parkingLot: ParkingLotItem[] };

/**
 * The facilitator's side of the room: opening the room server for the phones, who is in, and the
 * "From the room" inbox. Only the facilitator's API (127.0.0.1, with its token) answers these;
 * the phones have their own, narrower table (`room-participant-api.ts`).
 */
export const roomInputs = {
  /** The network interfaces phones could reach this machine on (Wi-Fi, Ethernet, a hotspot). */
  'room.interfaces': z.strictObject({}),
  /** Opens the room for a workshop on one of the listed interfaces' addresses; a new code each time. */
  'room.open': z.strictObject({
    workshopId: IdSchema,
    address: z.string().max(64),
    port: z.number().int().min(0).max(65_535).optional(),
    ideaMode: z.enum(IDEA_MODES).optional(),
  }),
  /** Closes the room server: every device's token stops working. */
  'room.close': z.strictObject({}),
  'room.status': z.strictObject({}),
  'room.removeDevice': z.strictObject({ deviceId: IdSchema }),
  'room.setIdeaMode': z.strictObject({ mode: z.enum(IDEA_MODES) }),
  /** Shows the join screen on the projector instead of the map, or the map again. */
  'room.showJoinScreen': z.strictObject({ shown: z.boolean() }),
  /** Every idea sent from the room to the workshop, newest first; the inbox is those still 'new'. */
  'room.ideas': z.strictObject({ workshopId: IdSchema }),
  /** Puts a new idea on a map as a sticky note centred on `at` (map coordinates). */
  'room.placeIdea': z.strictObject({ ideaId: IdSchema, mapId: IdSchema, at: z.strictObject({ x: CoordinateSchema, y: CoordinateSchema }) }),
  'room.parkIdea': z.strictObject({ ideaId: IdSchema }),
  /** Folds duplicates into one idea: `ideaIds` become 'merged' into `intoId`. */
  'room.mergeIdeas': z.strictObject({ intoId: IdSchema, ideaIds: z.array(IdSchema).min(1).max(100) }),
  'room.dismissIdea': z.strictObject({ ideaId: IdSchema }),
  /** Back to the inbox: a dismissed or merged idea (an undo). */
  'room.restoreIdea': z.strictObject({ ideaId: IdSchema }),
  /** Shows (or hides again) the workshop's ideas sent during silent brainstorming. */
  'room.showIdeas': z.strictObject({ workshopId: IdSchema, shown: z.boolean() }),
  /** How many have voted and said they are done: counts only, safe to show while the vote is secret. */
  'room.voteProgress': z.strictObject({ sessionId: IdSchema }),
};

export type RoomOutputs = {
  'room.interfaces': NetworkInterfaceChoice[];
  'room.open': RoomStatus;
  'room.close': RoomStatus;
  'room.status': RoomStatus;
  'room.removeDevice': RoomStatus;
  'room.setIdeaMode': RoomStatus;
  'room.showJoinScreen': RoomStatus;
  'room.ideas': RoomIdea[];
  'room.placeIdea': PlacedIdea;
  'room.parkIdea': ParkedIdea;
  'room.mergeIdeas': RoomIdea[];
  'room.dismissIdea': RoomIdea[];
  'room.restoreIdea': RoomIdea[];
  'room.showIdeas': RoomIdea[];
  'room.voteProgress': RoomVoteProgress;
};
