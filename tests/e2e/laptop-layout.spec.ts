import { callApi, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';

/**
 * The map screen on the laptops facilitators carry (1366×768, 1440×900) and on a projector with
 * every side panel tab there: no control may end up past the edge of the window, where a mouse
 * cannot reach it and nothing shows that it exists.
 */
for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
]) {
  test(`every map tool is in reach at ${viewport.width}×${viewport.height}`, async ({ page, app }) => {
    await page.setViewportSize(viewport);
    await page.goto(app.host.url);
    await createWorkshop(page, 'Claims handling');
    const tools = page.locator('.map-toolbar').getByRole('button');
    const count = await tools.count();
    expect(count).toBeGreaterThan(20);
    for (let index = 0; index < count; index++) await expect(tools.nth(index)).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Present' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeInViewport({ ratio: 1 });
  });
}

test('with the future-state tab as well, every side panel tab and the fold button are in reach', async ({ page, app }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  const workshopId = workshopIdFromUrl(page);
  const future = await callApi(page, 'map.deriveFutureState', { sourceMapId: mapIdFromUrl(page), name: 'Next quarter' });
  await callApi(page, 'parkingLot.add', { workshopId, text: 'Who owns the claims form?' });
  await page.goto(`${app.host.url.split('#')[0]}#/workshops/${workshopId}/maps/${future.id}`);

  const tabs = page.getByRole('tablist', { name: 'Facilitation tools' });
  await expect(tabs.getByRole('tab')).toHaveCount(6);
  await expect(tabs.getByRole('tab', { name: /From the room/ })).toHaveCount(0);
  for (const name of ['Agenda', 'Vote', /Parking lot/, /^Room/, 'Future state', 'Flow'])
    await expect(tabs.getByRole('tab', { name })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Hide the facilitation panel' })).toBeInViewport({ ratio: 1 });
});

test('the comparison table shows every column whole on a 1366×768 laptop', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  await page.getByRole('button', { name: 'Manufacturing: Acme Stamping (Learning to See)' }).click();
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').first()).toBeAttached();
  await waitUntilSaved(page);
  const workshopId = workshopIdFromUrl(page);
  const currentId = mapIdFromUrl(page);
  const future = await callApi(page, 'map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
  await page.goto(`${app.host.url.split('#')[0]}#/workshops/${workshopId}/compare/${currentId}/${future.id}`);

  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(6);
  const tableBox = (await table.boundingBox())!;
  const sectionBox = (await page.getByRole('region', { name: 'Figures before and after' }).boundingBox())!;
  const laddersBox = (await page.getByRole('region', { name: 'Lead-time ladders' }).boundingBox())!;
  // The table stays inside its own panel, clear of the ladders beside it.
  expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(sectionBox.x + sectionBox.width);
  expect(sectionBox.x + sectionBox.width).toBeLessThanOrEqual(laddersBox.x);
  await expect(table.locator('tr[data-metric="leadTime"] [data-column="verdict"]')).toBeInViewport({ ratio: 1 });
});

test('on a 1366×768 laptop a running timer leaves most of the wall in view', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  await page.getByRole('button', { name: 'Start a 10-minute timer' }).click();
  const timer = page.getByRole('region', { name: 'Timer' });
  await expect(timer).toHaveAttribute('data-timer-state', 'running');
  const timerBox = (await timer.boundingBox())!;
  const wallBox = (await page.getByTestId('map-canvas').boundingBox())!;
  expect((timerBox.width * timerBox.height) / (wallBox.width * wallBox.height)).toBeLessThan(0.2);
});
