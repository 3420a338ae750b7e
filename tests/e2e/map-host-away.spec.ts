import type { Page } from '@playwright/test';
import { callApi, mapIdFromUrl } from './support/api-from-page';
import { contents, nodeIdByText } from './support/canvas';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

/**
 * The facilitator looks at another tab and comes back, as the browser tells the page: a tab coming
 * back catches up on what it missed. Headless Chromium keeps every tab visible, so the page is told here.
 */
async function lookAwayAndBack(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const state of ['hidden', 'visible']) {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });
}

test('a map that could not catch up while the host was away says so, stays on screen, and the notice goes by itself once it has caught up', async ({
  page,
  app,
}) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Host away from the map');
  await page.keyboard.press('n');
  await page.keyboard.type('Welding');
  await page.keyboard.press('Escape');
  await waitUntilSaved(page);
  const noteId = await nodeIdByText(page, 'Welding');
  const mapId = mapIdFromUrl(page);
  const behind = page.getByRole('alert').filter({ hasText: 'The map could not be brought up to date' });

  // The tab also stays deaf for a while after the host is back, so what another window saves meanwhile reaches it only by catching up.
  await page.route('**/api/feed', (route) => route.abort());
  await app.restart(async () => {
    await lookAwayAndBack(page);
    await expect(behind).toContainText('The app is not running or cannot be reached');
    await expect(behind).not.toContainText('ApiCallError');
    await expect(page.getByRole('status')).toHaveAttribute('data-save-state', 'behind');
    await expect(page.getByRole('status')).toHaveText('Not up to date');
  });

  // The map stays on screen, not swapped for "could not be opened", while its header could not be refreshed.
  await expect(page.getByText('This map could not be opened')).toHaveCount(0);
  await expect(contents(page)).toHaveText(['Welding']);
  const map = await callApi(page, 'map.load', { mapId });
  await callApi(page, 'map.applyChanges', {
    mapId,
    baseRevision: map.map.revision,
    clientId: 'another-window',
    changes: [{ op: 'patchNode', id: noteId, before: { text: 'Welding' }, after: { text: 'Welding and grinding' } }],
  });
  await expect(behind).toBeVisible();

  await page.unroute('**/api/feed');
  await expect(contents(page)).toHaveText(['Welding and grinding'], { timeout: 5_000 });
  await expect(behind).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveAttribute('data-save-state', 'saved');
});
