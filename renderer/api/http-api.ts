import type { VswApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

/**
 * Every request to the browser host's API, the calls and the live feed alike, is made here, so
 * how a page proves it may use the API lives in this one function.
 */
export function authorizedFetch(token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` } });
}

/** The browser host's transport for the typed API: one POST per call, with this run's token. */
export function createHttpApi(token: string): VswApi {
  return {
    async invoke(channel, input) {
      try {
        const response = await authorizedFetch(token, './api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
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
