import { callApi, workshopIdFromUrl } from './support/api-from-page';
import { createWorkshop, expect, test } from './support/fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

/** Within the feed's second, with room for a loaded machine; far below the reload a stale window would need. */
const HEARD = { timeout: 3_000 };

test('two tabs on the workshop list: a workshop created, renamed, given a map, duplicated or deleted in one shows in the other without a reload', async ({
  page,
  context,
  app,
}) => {
  await page.goto(app.host.url);
  const other = await context.newPage();
  await other.goto(app.host.url);
  const list = other.getByRole('list', { name: 'Workshops' });
  await expect(other.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  // A page that reloads loses this; the list must follow without one.
  await other.evaluate(() => Object.assign(window, { notReloaded: true }));

  await createWorkshop(page, 'Order to delivery');
  const workshopId = workshopIdFromUrl(page);
  await expect(list.getByRole('listitem')).toHaveCount(1, HEARD);
  await expect(list.getByRole('listitem', { name: 'Order to delivery' })).toContainText('1 map', HEARD);

  await callApi(page, 'map.create', { workshopId, name: 'Future state', state: 'future', template: 'blank' });
  await expect(list.getByRole('listitem', { name: 'Order to delivery' })).toContainText('2 maps', HEARD);

  await page.goto(app.host.url);
  const card = page.getByRole('listitem', { name: 'Order to delivery' });
  await card.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Title').fill('Order to cash');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(list.getByRole('listitem', { name: 'Order to cash' })).toBeVisible(HEARD);
  await expect(list.getByRole('listitem', { name: 'Order to delivery' })).toHaveCount(0);

  await page.getByRole('listitem', { name: 'Order to cash' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2, HEARD);

  await page.getByRole('listitem', { name: 'Order to cash' }).first().getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete workshop' }).click();
  await expect(page.getByRole('list', { name: 'Workshops' }).getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toHaveCount(1, HEARD);
  await page.getByRole('listitem').first().getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete workshop' }).click();
  await expect(other.getByRole('heading', { name: 'No workshops yet' })).toBeVisible(HEARD);

  expect(await other.evaluate(() => 'notReloaded' in window)).toBe(true);
});
