import type { VswApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';

/**
 * The browser host's transport for the typed API: one POST per call, with the tab's current token
 * (read on every call, so a token pasted in later is used at once). A host that cannot be reached
 * (stopped, restarting) is a passing state, said briefly: autosave keeps the edits and retries.
 */
export function createHttpApi(token: () => string | null): VswApi {
  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch('./api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token() ?? ''}` },
          body: JSON.stringify({ channel, input }),
        });
      } catch {
        return { ok: false, error: { code: 'host-unreachable', message: HOST_UNREACHABLE } };
      }
      return (await response.json()) as ApiResult<never>;
    },
  };
}

export const HOST_UNREACHABLE = 'The app is not running or cannot be reached; try again when it is back.';
