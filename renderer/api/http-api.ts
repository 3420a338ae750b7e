import { uiFormat, uiText } from '../ui-text/ui-text';
import type { VswApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

/**
 * Every request to the browser host's API, the calls and the live feed alike, is made here, so
 * how a page proves it may use the API lives in this one function. The token is read on every
 * request, so a token pasted in later (a restarted host's new address) is used at once.
 */
export function authorizedFetch(token: () => string | null, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${token() ?? ''}` } });
}

/**
 * The browser host's transport for the typed API: one POST per call, with the tab's current token.
 * A host that cannot be reached (stopped, restarting) is a passing state, said briefly: autosave
 * keeps the edits and retries.
 */
export function createHttpApi(token: () => string | null): VswApi {
  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await authorizedFetch(token, './api/invoke', {
          method: 'POST',
          // The app's language, which may not be the browser's: a refusal comes back in it.
          headers: { 'Content-Type': 'application/json', 'Accept-Language': uiFormat().language },
          body: JSON.stringify({ channel, input }),
        });
      } catch {
        return { ok: false, error: { code: 'host-unreachable', message: uiText('app:hostUnreachable') } };
      }
      return (await response.json()) as ApiResult<never>;
    },
  };
}
