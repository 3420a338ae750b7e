import { z } from 'zod';
import { refusal } from '../i18n/refusals';
import { MapChangeSchema, type MapChange } from '../editing/map-change';
import { IdSchema } from '../model/ids';

/** What changed in the room, for a `room` feed event. */
export const ROOM_TOPICS = ['status', 'ideas', 'votes'] as const;

export type RoomTopic = (typeof ROOM_TOPICS)[number];

/**
 * What a window changed beside a map's contents (the people and votes, the agenda and timer, the
 * parking lot, the workshop's maps and title), for a `facilitation` feed event.
 */
export const FACILITATION_TOPICS = ['voting', 'agenda', 'parking-lot', 'maps'] as const;

export type FacilitationTopic = (typeof FACILITATION_TOPICS)[number];

/**
 * What the live feed sends every open window: each committed change list of any map (a window
 * keeps those of the map it shows and skips its own, by `clientId`), and word that the whole
 * database was replaced by a restore, after which a window reloads what it shows. `hello` starts
 * every connection; its `epoch` changes whenever the database is replaced, so a window that was
 * disconnected (asleep) across a restore finds out when it reconnects.
 */
export const ClientIdSchema = z.string().regex(/^[\w-]{8,64}$/, refusal('writerId'));

export const FeedEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), epoch: z.string() }),
  z.object({
    type: z.literal('committed'),
    mapId: IdSchema,
    revision: z.number().int().min(1),
    clientId: z.string().nullable(),
    changes: z.array(MapChangeSchema),
  }),
  z.object({ type: z.literal('replaced'), epoch: z.string() }),
  /** Something in the room changed (devices, the inbox, dots from phones): the room panels reload that part. */
  z.object({ type: z.literal('room'), workshopId: IdSchema, topic: z.enum(ROOM_TOPICS) }),
  /**
   * A window changed that part of a workshop: the other windows' panels on that workshop reload it,
   * so none acts on what it showed before (a second vote, the roster again, a timer it thinks is
   * idle); windows on other workshops let it pass.
   */
  z.object({ type: z.literal('facilitation'), workshopId: IdSchema, topic: z.enum(FACILITATION_TOPICS) }),
  /**
   * The workshop list changed (a workshop added, removed, retitled or redated, or a map added or
   * removed): windows showing the list, and the desktop menu's recent workshops, read it again.
   */
  z.object({ type: z.literal('workshops') }),
  /** The app's settings changed (its language, its locale): every window reads them again. */
  z.object({ type: z.literal('settings') }),
]);

export type FeedEvent = z.infer<typeof FeedEventSchema>;

export type LoggedChange = { revision: number; clientId: string | null; changes: MapChange[] };

/** `complete` is false when the log no longer reaches back that far: load the whole map instead. */
export type ChangesSince = { revision: number; entries: LoggedChange[]; complete: boolean };

/** What the Electron preload exposes as `window.vswFeed`; the browser host streams the same events. */
export type FeedBridge = { subscribe: (listener: (event: FeedEvent) => void) => () => void };
