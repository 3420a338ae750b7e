import { z } from 'zod';
import { refusal } from '../i18n/refusals';
import { ColorSchema, InitialsSchema, ParticipantNameSchema } from '../facilitation/participant';
import type { MapDocument } from '../model/vsm-map';
import { IdSchema } from '../model/ids';
import { IDEA_KINDS, IdeaTextSchema, type OwnIdea } from '../room/room-idea';
import { RoomCodeSchema } from '../room/room-code';
import type { ParticipantView, RosterEntry } from '../room/participant-view';
import { WriteIdSchema } from '../room/write-id';
import type { InputIssue } from '../util/input-issues';

/**
 * The participant API: everything a phone in the room may ask of the room server, and nothing
 * else. It is its own table, apart from the facilitator's (`contract.ts`), served only by the room
 * server (`main/room/`) and validated there at the boundary. A phone calls a channel with
 * `POST /api/<channel>`, a JSON body and, after joining, `Authorization: Bearer <token>`; it
 * hears every change to its view on the WebSocket at `/live` (first message: `{ token }`).
 * Every write carries a `writeId` (see ../room/write-id.ts), so a retry never counts twice.
 */
export const ROOM_API_PATH = '/api/';

export const ROOM_LIVE_PATH = '/live';

/** A device's secret, handed out at join: 32 random bytes, base64url. */
export const RoomTokenSchema = z.string().regex(/^[\w-]{43}$/, refusal('roomToken'));

const NewSelfSchema = z.strictObject({
  name: ParticipantNameSchema,
  initials: InitialsSchema.optional(),
  color: ColorSchema.optional(),
});

const DotSchema = z.strictObject({ writeId: WriteIdSchema, sessionId: IdSchema, nodeId: IdSchema });

export const roomParticipantInputs = {
  /** The code from the projector: answers a token for this device and the names to pick from. */
  join: z.strictObject({ code: RoomCodeSchema }),
  /** Who this device is: a participant of the workshop, or a new one added by the person themself. */
  identify: z.strictObject({ as: z.union([z.strictObject({ participantId: IdSchema }), z.strictObject({ newParticipant: NewSelfSchema })]) }),
  state: z.strictObject({}),
  /** The read-only map the view's `mapId` names. */
  map: z.strictObject({ mapId: IdSchema }),
  addIdea: z.strictObject({ writeId: WriteIdSchema, text: IdeaTextSchema, kind: z.enum(IDEA_KINDS).nullable().default(null) }),
  castDot: DotSchema,
  retractDot: DotSchema,
  /** "I'm done" (or, with false, not yet). */
  done: z.strictObject({ sessionId: IdSchema, done: z.boolean() }),
  /** Forgets this device: its token stops working. */
  leave: z.strictObject({}),
};

export type RoomJoined = { token: string; workshopTitle: string; roster: RosterEntry[] };

export type RoomParticipantOutputs = {
  join: RoomJoined;
  identify: ParticipantView;
  state: ParticipantView;
  map: MapDocument;
  addIdea: { idea: OwnIdea; view: ParticipantView };
  castDot: ParticipantView;
  retractDot: ParticipantView;
  done: ParticipantView;
  leave: { left: true };
};

export type RoomChannel = keyof typeof roomParticipantInputs & keyof RoomParticipantOutputs;

export type RoomParsedInput<C extends RoomChannel> = z.output<(typeof roomParticipantInputs)[C]>;

export type RoomOutput<C extends RoomChannel> = RoomParticipantOutputs[C];

export type RoomInput<C extends RoomChannel> = z.input<(typeof roomParticipantInputs)[C]>;

/** Channels a device may call before it has a token. */
export const OPEN_ROOM_CHANNELS: readonly RoomChannel[] = ['join'];

export function isRoomChannel(name: unknown): name is RoomChannel {
  return typeof name === 'string' && Object.hasOwn(roomParticipantInputs, name);
}

export const ROOM_ERROR_CODES = [
  'invalid-input',
  'unknown-channel',
  /** No token, or one that no longer works (the room closed, the device was removed or left). */
  'unauthorized',
  'wrong-code',
  'locked-out',
  'room-full',
  'room-closed',
  /** Too many requests from this device or address: wait a few seconds. */
  'slow-down',
  'too-large',
  'not-identified',
  'vote-refused',
  'ideas-closed',
  'not-found',
  'forbidden',
  'internal',
] as const;

export type RoomErrorCode = (typeof ROOM_ERROR_CODES)[number];

export type RoomError = { code: RoomErrorCode; message: string; issues?: InputIssue[] };

export type RoomResult<T> = { ok: true; value: T } | { ok: false; error: RoomError };

/** What the server pushes on `/live`: the device's whole view after every change, or that its token stopped working. */
export type RoomPush = { type: 'view'; view: ParticipantView } | { type: 'revoked'; reason: 'closed' | 'removed' | 'left' };

export const RoomLiveHelloSchema = z.strictObject({ token: RoomTokenSchema });
