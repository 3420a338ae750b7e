import type { BrowserContext, Page } from '@playwright/test';
import { loadMapFromStore, mapIdFromUrl } from './support/api-from-page';
import { contents, nodeIdByText } from './support/canvas';
import { clickTarget } from './support/facilitation';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { clickNode } from './support/map-nodes';

async function openSameMap(context: BrowserContext, url: string, first: Page): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('button', { name: '+ New workshop' }).first()).toBeVisible();
  await page.evaluate((hash) => (window.location.hash = hash), new URL(first.url()).hash);
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  return page;
}
async function addNote(page: Page, text: string): Promise<string> {
  await page.keyboard.press('n');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  return nodeIdByText(page, text);
}
async function rename(page: Page, id: string, text: string) {
  await clickNode(page, id);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

test('undo after the other tab renamed the same note', async ({ page, context, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Undo');
  const id = await addNote(page, 'Original');
  await waitUntilSaved(page);
  const b = await openSameMap(context, app.host.url, page);
  await rename(page, id, 'From A');
  await waitUntilSaved(page);
  await expect(contents(b)).toHaveText(['From A']);
  await rename(b, id, 'From B');
  await waitUntilSaved(b);
  await expect(contents(page)).toHaveText(['From B']);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(1500);
  console.log('A shows', await contents(page).allTextContents(), 'status', await page.getByRole('status').textContent());
  console.log('B shows', await contents(b).allTextContents());
  console.log('disk', (await loadMapFromStore(page, mapIdFromUrl(page))).nodes.map((n) => n.text));
  await page.screenshot({ path: '/tmp/qa-writers/undo-a.png' });
});

test('park from one tab while the other edits', async ({ page, context, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Park');
  const x = await addNote(page, 'Park me');
  const y = await addNote(page, 'Keep me');
  await waitUntilSaved(page);
  const b = await openSameMap(context, app.host.url, page);
  await b.getByRole('tab', { name: 'Parking lot' }).click();
  await clickNode(b, y);
  await b.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { name: 'green' }).click();
  await page.getByRole('tab', { name: 'Parking lot' }).click();
  await page.getByRole('button', { name: 'Move a note here from the map' }).click();
  await clickTarget(page, x);
  await page.waitForTimeout(1500);
  console.log('A shows', await contents(page).allTextContents(), await page.getByRole('status').textContent());
  console.log('B shows', await contents(b).allTextContents(), await b.getByRole('status').textContent());
  console.log('B parking', await b.getByRole('list', { name: 'Parking lot' }).getByRole('listitem').allTextContents());
  console.log('disk', (await loadMapFromStore(page, mapIdFromUrl(page))).nodes.map((n) => [n.text, n.color]));
  await b.screenshot({ path: '/tmp/qa-writers/park-b.png' });
});

test('paste thousands in one tab while the other edits', async ({ page, context, app }) => {
  test.setTimeout(240_000);
  await page.goto(app.host.url);
  await createWorkshop(page, 'Paste');
  const keep = await addNote(page, 'Edited in B');
  await addNote(page, 'Copied');
  await waitUntilSaved(page);
  const b = await openSameMap(context, app.host.url, page);
  for (let round = 0; round < 11; round++) {
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    if (round === 9) await rename(b, keep, 'Renamed in B');
  }
  await waitUntilSaved(page);
  await waitUntilSaved(b);
  await page.waitForTimeout(3000);
  const disk = (await loadMapFromStore(page, mapIdFromUrl(page))).nodes;
  console.log('disk', disk.length, disk.filter((n) => n.text === 'Renamed in B').length, disk.filter((n) => n.text === 'Edited in B').length);
  console.log('A', await contents(page).count(), 'B', await contents(b).count());
  console.log('A status', await page.getByRole('status').textContent(), 'B status', await b.getByRole('status').textContent());
  await b.screenshot({ path: '/tmp/qa-writers/paste-b.png' });
});
