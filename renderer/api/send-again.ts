import { ApiCallError } from './client';

/** The pauses between sending again: about fifteen seconds in all, long enough for a host to be restarted. */
const PAUSES_MS = [250, 500, 1_000, 2_000, 4_000, 4_000, 4_000];

/**
 * Sends a write and, while the host cannot be reached (it died, it is restarting), sends the very
 * same write again a few times. Only for writes that carry a write id, whose store answers a
 * second arrival without doing it twice: the first may have been stored with only its answer lost.
 */
export async function sendAgainWhileUnreachable<T>(send: () => Promise<T>, pausesMs: readonly number[] = PAUSES_MS): Promise<T> {
  for (const pause of pausesMs) {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof ApiCallError && error.error.code === 'host-unreachable')) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  return send();
}
