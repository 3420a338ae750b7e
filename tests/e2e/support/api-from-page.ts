import type { Page } from '@playwright/test';
import type { MapDocument } from '../../../shared/model/vsm-map';

/** Reads a map straight from the store through the page's own API token, to check what was saved. */
export async function loadMapFromStore(page: Page, mapId: string): Promise<MapDocument> {
  const result = await page.evaluate(async (id) => {
    const token = sessionStorage.getItem('vsw.token');
    const response = await fetch('./api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ channel: 'map.load', input: { mapId: id } }),
    });
    return response.json();
  }, mapId);
  if (!result.ok) throw new Error(`map.load failed: ${JSON.stringify(result.error)}`);
  return result.value as MapDocument;
}

export function mapIdFromUrl(page: Page): string {
  const match = /\/maps\/([^/]+)$/.exec(new URL(page.url()).hash);
  if (!match?.[1]) throw new Error(`Not on a map page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}
