import {
  isRoomChannel,
  OPEN_ROOM_CHANNELS,
  roomParticipantInputs,
  type RoomChannel,
  type RoomError,
  type RoomParsedInput,
  type RoomResult,
} from '../../shared/api/room-participant-api';
import { countRequest, REQUEST_WINDOW_MS, type RequestWindow } from '../../shared/room/room-limits';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { apiRefusalWords, inLanguage, invalidRequestText } from '../../shared/i18n/refusals';
import { describeIssues, toInputIssues } from '../../shared/util/input-issues';
import { NotFoundError, RoomRefusedError, VoteRefusedError, InvalidChangeError } from '../store/store-errors';
import type { RoomDeviceRow } from '../store/room/room-devices';
import type { ParticipantHandlers, RoomCaller } from './participant-handlers';

/**
 * A participant's request as the room server received it: nothing in it is trusted yet. `language`
 * is the phone's (its `Accept-Language`), which every refusal is written in; English when it names none the app speaks.
 */
export type RoomRequest = { channel: unknown; input: unknown; token: string | null; address: string; language?: Language };

export type RoomDispatch = (request: RoomRequest) => RoomResult<unknown>;

export type RoomDispatchOptions = {
  handlers: ParticipantHandlers;
  /** The device a token names in the open room, or undefined. */
  authenticate: (token: string) => RoomDeviceRow | undefined;
  now: () => number;
  /** A device's request was answered (not refused): it was last seen now. */
  answered?: (device: RoomDeviceRow) => void;
  onInternalError?: (error: unknown, channel: RoomChannel) => void;
};

/** Windows kept before old ones are forgotten: a network full of addresses cannot grow the map without end. */
const MAX_TRACKED = 5_000;

function forgetOlderThan(windows: Map<string, RequestWindow>, startedBeforeMs: number): void {
  for (const [key, window] of windows) if (window.startedMs < startedBeforeMs) windows.delete(key);
}

function refuse(code: RoomError['code'], message: string): RoomResult<never> {
  return { ok: false, error: { code, message } };
}

/**
 * The one entry point of the participant API: the rate limit (per device, or per address before
 * a device has a token), the channel and its input checked against the table, the token, then
 * the handler; every answer a result value. An internal failure is logged here and never
 * described to the phone.
 */
export function createRoomDispatch({ handlers, authenticate, now, answered, onInternalError }: RoomDispatchOptions): RoomDispatch {
  const windows = new Map<string, RequestWindow>();

  function withinRate(key: string): boolean {
    const nowMs = now();
    if (windows.size >= MAX_TRACKED) forgetOlderThan(windows, nowMs - REQUEST_WINDOW_MS);
    const counted = countRequest(windows.get(key), nowMs);
    windows.set(key, counted.window);
    return counted.allowed;
  }

  function answer({ channel, input, token, address }: RoomRequest): RoomResult<unknown> {
    const words = apiRefusalWords();
    const device = token === null ? undefined : authenticate(token);
    if (!withinRate(device ? `device:${device.id}` : `address:${address}`)) return refuse('slow-down', words('phone.slowDown'));
    if (!isRoomChannel(channel)) return refuse('unknown-channel', words('phone.unknownRequest'));
    const parsed = roomParticipantInputs[channel].safeParse(input);
    if (!parsed.success) {
      const issues = toInputIssues(parsed.error);
      return { ok: false, error: { code: 'invalid-input', message: invalidRequestText(channel, describeIssues(issues)), issues } };
    }
    if (!device && !OPEN_ROOM_CHANNELS.includes(channel)) return refuse('unauthorized', words('phone.notInRoom'));
    const caller: RoomCaller = { device: device ?? null, address };
    try {
      const value = run(handlers, channel, parsed.data as RoomParsedInput<RoomChannel>, caller);
      if (device) answered?.(device);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toRoomError(error, channel, onInternalError) };
    }
  }

  // The handlers are synchronous, so every refusal they write is in the phone's language.
  return (request) => inLanguage(request.language ?? DEFAULT_LANGUAGE, () => answer(request));
}

function run<C extends RoomChannel>(handlers: ParticipantHandlers, channel: C, input: RoomParsedInput<C>, caller: RoomCaller): unknown {
  const handler = handlers[channel] as (input: RoomParsedInput<C>, caller: RoomCaller) => unknown;
  return handler(input, caller);
}

function toRoomError(error: unknown, channel: RoomChannel, onInternalError?: (error: unknown, channel: RoomChannel) => void): RoomError {
  if (error instanceof RoomRefusedError) return { code: error.code, message: error.message };
  if (error instanceof VoteRefusedError) return { code: 'vote-refused', message: error.message };
  if (error instanceof NotFoundError) return { code: 'not-found', message: apiRefusalWords()('phone.gone') };
  if (error instanceof InvalidChangeError) return { code: 'forbidden', message: error.message };
  onInternalError?.(error, channel);
  return { code: 'internal', message: apiRefusalWords()('phone.failed') };
}
