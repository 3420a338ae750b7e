import type { Page } from '@playwright/test';
import type { ApiInput, ApiOutput, Channel } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import type { MapDocument } from '../../../shared/model/vsm-map';

/** Calls the app's API through the page's own token, as the renderer would; throws on a failed call. */
export async function callApi<C extends Channel>(page: Page, channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const token = sessionStorage.getItem('vsw.token');
      const response = await fetch('./api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ channel: name, input: body }),
      });
      return (await response.json()) as ApiResult<unknown>;
    },
    [channel, input] as const,
  );
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as ApiOutput<C>;
}

/** Reads a map straight from the store through the page's own API token, to check what was saved. */
export async function loadMapFromStore(page: Page, mapId: string): Promise<MapDocument> {
  return callApi(page, 'map.load', { mapId });
}

export function mapIdFromUrl(page: Page): string {
  const match = /\/maps\/([^/]+)$/.exec(new URL(page.url()).hash);
  if (!match?.[1]) throw new Error(`Not on a map page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

export function workshopIdFromUrl(page: Page): string {
  const match = /^#\/workshops\/([^/]+)\//.exec(new URL(page.url()).hash);
  if (!match?.[1]) throw new Error(`Not on a workshop page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}
