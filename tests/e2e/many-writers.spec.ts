import type { Page } from '@playwright/test';
import { callApi, loadMapFromStore, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { contents, contentsItem, nodeIdByText } from './support/canvas';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { openSameMap } from './support/second-window';
import { clickNode } from './support/map-nodes';

async function addNote(page: Page, text: string): Promise<string> {
  await page.keyboard.press('n');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  return nodeIdByText(page, text);
}

async function select(page: Page, nodeId: string): Promise<void> {
  await clickNode(page, nodeId);
  await expect(page.getByRole('radiogroup', { name: 'Note colour' })).toBeVisible();
}

const xOf = (page: Page, nodeId: string) => contentsItem(page, nodeId).getAttribute('data-x').then(Number);

test('three tabs on one map: a move, a rename and a recolour of one box all stay, and every tab shows the others’ edits within a second', async ({
  page,
  context,
  app,
}) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Many writers');
  const id = await addNote(page, 'Assembly');
  await waitUntilSaved(page);
  const second = await openSameMap(context, app.host.url, page);
  const third = await openSameMap(context, app.host.url, page);
  await expect(contents(second)).toHaveText(['Assembly']);
  const startX = await xOf(page, id);

  await select(page, id);
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => xOf(page, id)).toBeGreaterThan(startX);
  const movedX = await xOf(page, id);
  await expect.poll(() => xOf(second, id), { timeout: 1_500 }).toBe(movedX);
  await expect.poll(() => xOf(third, id), { timeout: 1_500 }).toBe(movedX);

  await select(second, id);
  await second.keyboard.press('Enter');
  await second.keyboard.press('Control+a');
  await second.keyboard.type('Final assembly');
  await second.keyboard.press('Escape');
  await expect(contents(page)).toHaveText(['Final assembly'], { timeout: 1_500 });

  await select(third, id);
  await third.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { name: 'pink' }).click();
  for (const tab of [page, second, third]) {
    await waitUntilSaved(tab);
    await expect(contents(tab)).toHaveText(['Final assembly']);
    await expect.poll(() => xOf(tab, id)).toBe(movedX);
  }
  const saved = (await loadMapFromStore(page, mapIdFromUrl(page))).nodes;
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ id, text: 'Final assembly', x: movedX, color: 'pink' });
  await select(page, id);
  await expect(page.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { name: 'pink' })).toBeChecked();
});

test('a tab that missed the others’ edits: its rename of a box another tab moved keeps the move; its edit of a note another tab deleted is refused, and it shows what is saved and says so', async ({
  page,
  browser,
  app,
}) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Stale tab');
  const doomed = await addNote(page, 'Waiting for approval');
  const kept = await addNote(page, 'Kept');
  await waitUntilSaved(page);
  // The second tab hears nothing from the host, as a laptop lid closed on it would. It is in a
  // browser of its own (a second context), as tabs of one browser share one feed connection.
  const staleBrowser = await browser.newContext();
  await staleBrowser.route('**/api/feed', (route) => route.abort());
  const stale = await openSameMap(staleBrowser, app.host.url, page);
  await expect(contents(stale)).toHaveText(['Waiting for approval', 'Kept']);
  const startX = await xOf(stale, kept);

  await select(page, kept);
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
  await select(page, doomed);
  await page.keyboard.press('Delete');
  await expect(contents(page)).toHaveText(['Kept']);
  await waitUntilSaved(page);
  const movedX = await xOf(page, kept);
  expect(movedX).toBeGreaterThan(startX);

  // Renaming the box the other tab moved: the store rebases the rename, and the move stays.
  await select(stale, kept);
  await stale.keyboard.press('Enter');
  await stale.keyboard.press('Control+a');
  await stale.keyboard.type('Kept and renamed');
  await stale.keyboard.press('Escape');
  await waitUntilSaved(stale);
  const mapId = mapIdFromUrl(page);
  expect((await loadMapFromStore(page, mapId)).nodes).toMatchObject([{ id: kept, text: 'Kept and renamed', x: movedX }]);

  // Recolouring the note the other tab deleted: refused, and the tab shows what is saved.
  await select(stale, doomed);
  await stale.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { name: 'green' }).click();
  await expect(stale.getByRole('status')).toHaveAttribute('data-save-state', 'not-applied');
  const notice = stale.getByRole('alert');
  await expect(notice).toContainText('Not saved: Another window deleted “Waiting for approval” while this one changed it.');
  await expect(notice).toContainText('The map now shows what is saved.');
  await expect(contents(stale)).toHaveText(['Kept and renamed']);
  await expect.poll(() => xOf(stale, kept)).toBe(movedX);
  expect((await loadMapFromStore(page, mapId)).nodes.map((node) => [node.id, node.color])).toEqual([[kept, 'yellow']]);

  // The first tab moves the box again while the second still hears nothing; once it can hear
  // (the laptop wakes), it catches up, and its next edit reaches the first tab.
  await select(page, kept);
  await page.keyboard.press('ArrowDown');
  await waitUntilSaved(page);
  const yOf = (tab: Page) => contentsItem(tab, kept).getAttribute('data-y').then(Number);
  const movedY = await yOf(page);
  await staleBrowser.unroute('**/api/feed');
  await expect.poll(() => yOf(stale), { timeout: 5_000 }).toBe(movedY);
  await select(stale, kept);
  await stale.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { name: 'green' }).click();
  await waitUntilSaved(stale);
  await select(page, kept);
  await expect(page.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { name: 'green' })).toBeChecked({ timeout: 1_500 });
  expect((await loadMapFromStore(page, mapId)).nodes).toMatchObject([{ id: kept, text: 'Kept and renamed', x: movedX, y: movedY, color: 'green' }]);
  await staleBrowser.close();
});

test('a tab open across a restore of a backup reloads its map and says so', async ({ page, context, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Restore while open');
  await addNote(page, 'In the backup');
  await waitUntilSaved(page);
  const backup = await callApi(page, 'backup.create', {});
  const other = await openSameMap(context, app.host.url, page);
  await addNote(page, 'After the backup');
  await waitUntilSaved(page);
  await expect(contents(other)).toHaveText(['In the backup', 'After the backup'], { timeout: 1_500 });

  await callApi(page, 'backup.restore', { name: backup.name });
  for (const tab of [page, other]) {
    await expect(contents(tab)).toHaveText(['In the backup']);
    await expect(tab.getByRole('alert')).toContainText('The workshop database was restored from a backup');
  }
});

test('two tabs recolour the same note at the same moment: whichever way it falls, both tabs end up showing what is on disk', async ({
  page,
  context,
  app,
}) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Same moment');
  const id = await addNote(page, 'Contested');
  await waitUntilSaved(page);
  const other = await openSameMap(context, app.host.url, page);
  await select(page, id);
  await select(other, id);
  const colourOf = async (tab: Page) => {
    const checked = tab.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { checked: true });
    return checked.getAttribute('aria-label');
  };
  await Promise.all([
    page.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { name: 'pink' }).click(),
    other.getByRole('radiogroup', { name: 'Note colour' }).getByRole('radio', { name: 'blue' }).click(),
  ]);
  const mapId = mapIdFromUrl(page);
  for (const tab of [page, other]) {
    await expect(tab.getByRole('status')).toHaveAttribute('data-save-state', /^(saved|not-applied)$/);
  }
  await expect
    .poll(async () => {
      const onDisk = (await loadMapFromStore(page, mapId)).nodes[0]?.color;
      return [...new Set([onDisk, await colourOf(page), await colourOf(other)])];
    })
    .toEqual([expect.stringMatching(/^(pink|blue)$/)]);
});

test('seven tabs open on one map all load, save and hear each other: the tabs share one feed connection, so the browser’s six per host are not all held', async ({
  page,
  context,
  app,
}) => {
  test.setTimeout(120_000);
  await page.goto(app.host.url);
  await createWorkshop(page, 'Seven tabs');
  await addNote(page, 'First');
  await waitUntilSaved(page);
  const tabs = [page];
  for (let opened = 1; opened < 7; opened++) tabs.push(await openSameMap(context, app.host.url, page));
  const last = tabs.at(-1)!;
  await expect(contents(last)).toHaveText(['First']);

  await last.bringToFront();
  await addNote(last, 'From the seventh');
  await waitUntilSaved(last);
  for (const tab of tabs) await expect(contents(tab)).toHaveText(['First', 'From the seventh'], { timeout: 1_500 });

  // The tab that holds the shared connection goes away; another takes it over and the rest still hear.
  await page.close();
  await addNote(tabs[1]!, 'After the first closed');
  await waitUntilSaved(tabs[1]!);
  for (const tab of tabs.slice(2)) {
    await expect(contents(tab)).toHaveText(['First', 'From the seventh', 'After the first closed'], { timeout: 3_000 });
  }
});

test('a tab on a map that another tab deleted says so, and never claims what it typed there is saved', async ({ page, context, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Deleted map');
  const firstMap = mapIdFromUrl(page);
  const second = await callApi(page, 'map.create', { workshopId: workshopIdFromUrl(page), name: 'Second map', state: 'current', template: 'blank' });
  await page.evaluate(([from, to]) => (window.location.hash = window.location.hash.replace(from!, to!)), [firstMap, second.id]);
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await addNote(page, 'On the second map');
  await waitUntilSaved(page);
  const other = await openSameMap(context, app.host.url, page);

  await callApi(page, 'map.delete', { mapId: second.id });
  await other.keyboard.press('n');
  await other.keyboard.type('Typed into a deleted map');
  await other.keyboard.press('Escape');
  await expect(other.getByRole('alert').filter({ hasText: 'This map could not be opened' })).toContainText('it was deleted in another window');
  await expect(other.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveText(/^Not saved: this map was deleted in another window/);
  await expect(other.getByText(/ApiCallError|No map with id/)).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Second map' })).toHaveCount(0);
  await expect(other.getByRole('status')).toHaveAttribute('data-save-state', 'failed');
  await expect(other.getByRole('status')).toHaveAttribute('title', 'Not saved: this map was deleted in another window');
});
