import type { Database } from 'better-sqlite3';
import type { Channel } from '../../shared/api/contract';
import type { FacilitationTopic } from '../../shared/sync/map-feed';

/** The tables whose rows name the workshop they belong to, by which a write that names only a row finds its workshop. */
type OwnerTable = 'participants' | 'voting_sessions' | 'agenda_items' | 'parking_lot_items' | 'maps' | 'room_ideas';

/** Where a write's workshop comes from: an input field that holds the workshop's id, or one that holds the id of a row in `table`. */
type WorkshopSource = { field: string; table?: OwnerTable };

type FacilitationWrite = { topic: FacilitationTopic; workshop: WorkshopSource };

const byWorkshop = (field = 'workshopId'): WorkshopSource => ({ field });
const byRow = (table: OwnerTable, field = 'id'): WorkshopSource => ({ field, table });

/**
 * The channels that change a workshop's people and votes, agenda and timer, parking lot, or its maps
 * and title, the part each changes, and where its workshop is read from. Reads are not here, nor
 * `presentation.update`, which every window sends when it opens a map: announcing it would make the
 * windows reload each other without end.
 */
const WRITES = new Map<string, FacilitationWrite>(
  Object.entries({
    'participant.add': { topic: 'voting', workshop: byWorkshop() },
    'participant.update': { topic: 'voting', workshop: byRow('participants') },
    'participant.remove': { topic: 'voting', workshop: byRow('participants') },
    'voting.create': { topic: 'voting', workshop: byWorkshop() },
    'voting.cast': { topic: 'voting', workshop: byRow('voting_sessions', 'sessionId') },
    'voting.retract': { topic: 'voting', workshop: byRow('voting_sessions', 'sessionId') },
    'voting.setStatus': { topic: 'voting', workshop: byRow('voting_sessions', 'sessionId') },
    'voting.delete': { topic: 'voting', workshop: byRow('voting_sessions', 'sessionId') },
    'agenda.add': { topic: 'agenda', workshop: byWorkshop() },
    'agenda.update': { topic: 'agenda', workshop: byRow('agenda_items') },
    'agenda.move': { topic: 'agenda', workshop: byRow('agenda_items') },
    'agenda.remove': { topic: 'agenda', workshop: byRow('agenda_items') },
    'agenda.makeCurrent': { topic: 'agenda', workshop: byWorkshop() },
    'timer.command': { topic: 'agenda', workshop: byWorkshop() },
    'parkingLot.add': { topic: 'parking-lot', workshop: byWorkshop() },
    'parkingLot.update': { topic: 'parking-lot', workshop: byRow('parking_lot_items') },
    'parkingLot.remove': { topic: 'parking-lot', workshop: byRow('parking_lot_items') },
    'parkingLot.parkNote': { topic: 'parking-lot', workshop: byRow('maps', 'mapId') },
    'parkingLot.restore': { topic: 'parking-lot', workshop: byRow('parking_lot_items', 'itemId') },
    'room.parkIdea': { topic: 'parking-lot', workshop: byRow('room_ideas', 'ideaId') },
    'map.create': { topic: 'maps', workshop: byWorkshop() },
    'map.rename': { topic: 'maps', workshop: byRow('maps', 'mapId') },
    'map.delete': { topic: 'maps', workshop: byRow('maps', 'mapId') },
    'map.deriveFutureState': { topic: 'maps', workshop: byRow('maps', 'sourceMapId') },
    'eventLog.createMap': { topic: 'maps', workshop: byWorkshop() },
    'workshop.update': { topic: 'maps', workshop: byWorkshop('id') },
  } satisfies Partial<Record<Channel, FacilitationWrite>>),
);

/** The part of a workshop a successful call on this channel changed, for the other windows' panels; null for any other call. */
export function facilitationTopicOf(channel: unknown): FacilitationTopic | null {
  return typeof channel === 'string' ? (WRITES.get(channel)?.topic ?? null) : null;
}

/** The `facilitation` feed event a call would announce if it succeeds: the part it changes and of which workshop. */
export type FacilitationChange = { topic: FacilitationTopic; workshopId: string };

/**
 * What a call on this channel changes, read before the call runs: a delete removes the row that
 * names its workshop. Null for a call that changes no side panel, and for one whose workshop
 * cannot be found (a row already gone, a malformed input), which the call itself then refuses.
 */
export function facilitationChangeOf(channel: unknown, input: unknown, db: Database | null): FacilitationChange | null {
  const write = typeof channel === 'string' ? WRITES.get(channel) : undefined;
  if (!write) return null;
  const id = fieldOf(input, write.workshop.field);
  if (id === null) return null;
  const { table } = write.workshop;
  if (!table) return { topic: write.topic, workshopId: id };
  if (!db?.open) return null;
  const row = db.prepare<[string], { workshop_id: string }>(`SELECT workshop_id FROM ${table} WHERE id = ?`).get(id);
  return row ? { topic: write.topic, workshopId: row.workshop_id } : null;
}

function fieldOf(input: unknown, field: string): string | null {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, field)) return null;
  const value: unknown = Reflect.get(input, field);
  return typeof value === 'string' ? value : null;
}
