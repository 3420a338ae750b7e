import type { VswApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

/** The browser host's transport for the typed API: one POST per call, with this run's token. */
export function createHttpApi(token: string): VswApi {
  return {
    async invoke(channel, input) {
      try {
        const response = await fetch('./api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ channel, input }),
        });
        return (await response.json()) as ApiResult<never>;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'internal', message: `The app's host cannot be reached (${detail}). Is it still running?` } };
      }
    },
  };
}
