import { refusalLanguage } from '../../../shared/i18n/refusals';
import { uiText } from '../../ui-text/ui-text';
import {
  ROOM_API_PATH,
  type RoomChannel,
  type RoomError,
  type RoomInput,
  type RoomParticipantOutputs,
} from '../../../shared/api/room-participant-api';

/** A call that never reached the laptop (Wi-Fi down, phone asleep, room server gone): a passing state, retried later. */
export type Unreachable = { code: 'unreachable'; message: string };

export type RoomCallResult<C extends RoomChannel> = { ok: true; value: RoomParticipantOutputs[C] } | { ok: false; error: RoomError | Unreachable };

export const unreachable = (): Unreachable => ({ code: 'unreachable', message: uiText('room:connection.unreachable') });

/** One POST to the room server's participant API, with the device's token once it has one. Failures come back as values. */
export async function callRoom<C extends RoomChannel>(channel: C, input: RoomInput<C>, token: string | null): Promise<RoomCallResult<C>> {
  // The laptop writes its refusals in the language this page shows (main.tsx sets it as the page's refusal language).
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Language': refusalLanguage() };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`${ROOM_API_PATH}${channel}`, { method: 'POST', headers, body: JSON.stringify(input), cache: 'no-store' });
  } catch {
    return { ok: false, error: unreachable() };
  }
  try {
    return (await response.json()) as RoomCallResult<C>;
  } catch {
    // A proxy's or a dying server's page rather than the API's JSON: nothing was done that can be known.
    return { ok: false, error: unreachable() };
  }
}
