import Database from 'better-sqlite3';
import path from 'node:path';
import { DATABASE_FILE_NAME } from '../../main/store/open-database';
import { callApi, workshopIdFromUrl } from './support/api-from-page';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { openSameMap } from './support/second-window';

test.use({ viewport: { width: 1366, height: 768 } });

/** Within the feed's second, with room for a loaded machine; far below the reload a stale window would need. */
const HEARD = { timeout: 3_000 };

test('what one window does to the vote, the people, the timer and the parking lot shows in the other without a reload', async ({
  page,
  context,
  app,
}) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Two windows, one room');
  await page.keyboard.press('n');
  await page.keyboard.type('Long changeover');
  await page.keyboard.press('Escape');
  await waitUntilSaved(page);
  const second = await openSameMap(context, app.host.url, page);
  await second.getByRole('tab', { name: 'Vote' }).click();
  await expect(second.getByRole('heading', { name: 'People in the room (0)' })).toBeVisible();

  await page.getByRole('tab', { name: 'Vote' }).click();
  await page.getByLabel(/Add people/).fill('Ana Silva\nBen Okafor');
  await page.getByRole('button', { name: 'Add people' }).click();
  await expect(page.getByRole('heading', { name: 'People in the room (2)' })).toBeVisible();
  await expect(second.getByRole('heading', { name: 'People in the room (2)' })).toBeVisible(HEARD);

  await page.getByRole('button', { name: 'Start the vote' }).click();
  await expect(page.getByRole('button', { name: /Start the round/ })).toBeVisible();
  // The other window follows into the running vote instead of offering to start a second one.
  await expect(second.getByRole('button', { name: /Start the round/ })).toBeVisible(HEARD);
  await expect(second.getByRole('button', { name: 'Start the vote' })).toHaveCount(0);

  // The roster typed again in the window that had not heard makes no twins (the store keeps one of each name).
  await second.getByLabel(/Add people/).fill('Ana Silva, Ben Okafor, Cy Ng');
  await second.getByRole('button', { name: 'Add people' }).click();
  await expect(page.getByRole('heading', { name: 'People in the room (3)' })).toBeVisible(HEARD);
  const people = await callApi(page, 'participant.list', { workshopId: workshopIdFromUrl(page) });
  expect(people.map((person) => person.name)).toEqual(['Ana Silva', 'Ben Okafor', 'Cy Ng']);

  const timer = page.getByRole('region', { name: 'Timer' });
  await timer.getByRole('button', { name: 'Start a 10-minute timer' }).click();
  await expect(timer).toHaveAttribute('data-timer-state', 'running');
  await expect(second.getByRole('region', { name: 'Timer' })).toHaveAttribute('data-timer-state', 'running', HEARD);

  await second.getByRole('tab', { name: 'Parking lot' }).click();
  await page.getByRole('tab', { name: 'Parking lot' }).click();
  await page.getByLabel('Park a topic').fill('Ask IT about the new ERP');
  await page.getByRole('button', { name: 'Add to the parking lot' }).click();
  await expect(page.getByRole('list', { name: 'Parking lot' }).getByRole('listitem')).toHaveCount(1);
  await expect(second.getByRole('list', { name: 'Parking lot' }).getByRole('listitem')).toHaveText([/Ask IT about the new ERP/], HEARD);

  // The workshop's maps and title: a map added and the workshop retitled in one tab show in the other's header.
  const workshopId = workshopIdFromUrl(page);
  await callApi(page, 'map.create', { workshopId, name: 'Future state', state: 'future', template: 'blank' });
  await callApi(page, 'workshop.update', { id: workshopId, title: 'Two windows, one room (day 2)' });
  await expect(second.getByRole('button', { name: 'Future state' })).toBeVisible(HEARD);
  await expect(second.locator('.header-workshop')).toHaveText('Two windows, one room (day 2)', HEARD);
});

test('a tab on a workshop another tab deleted says so in words, with no internal id', async ({ page, context, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Deleted elsewhere');
  await page.keyboard.press('n');
  await page.keyboard.type('On the map');
  await page.keyboard.press('Escape');
  await waitUntilSaved(page);
  const other = await openSameMap(context, app.host.url, page);

  await callApi(page, 'workshop.delete', { id: workshopIdFromUrl(page) });
  await other.keyboard.press('n');
  await other.keyboard.type('Typed into a deleted workshop');
  await other.keyboard.press('Escape');
  const message = other.getByRole('alert').filter({ hasText: 'This map could not be opened' });
  await expect(message).toContainText('deleted', HEARD);
  await expect(message).not.toContainText(workshopIdFromUrl(page));
  await expect(other.getByText(/ with id /)).toHaveCount(0);
});

test('a tab on another workshop lets this workshop’s timer, votes and parking lot pass without reading anything, and hears its own', async ({
  page,
  context,
  app,
}) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Line 4');
  const busy = workshopIdFromUrl(page);
  const other = await context.newPage();
  await other.goto(app.host.url);
  await createWorkshop(other, 'Line 7');
  const quiet = workshopIdFromUrl(other);
  await other.getByRole('tab', { name: 'Parking lot' }).click();
  const parked = other.getByRole('list', { name: 'Parking lot' }).getByRole('listitem');
  await callApi(page, 'parkingLot.add', { workshopId: quiet, text: 'Ask about line 7' });
  await expect(parked).toHaveText([/Ask about line 7/], HEARD);
  const panelReads: string[] = [];
  other.on('request', (request) => {
    const channel = /"channel":"([\w.]+)"/.exec(request.postData() ?? '')?.[1];
    if (channel && /^(parkingLot|agenda|timer|participant|voting)\./.test(channel)) panelReads.push(channel);
  });

  await callApi(page, 'parkingLot.add', { workshopId: busy, text: 'Only on line 4' });
  await callApi(page, 'timer.command', { workshopId: busy, command: { type: 'set', durationMs: 600_000, agendaItemId: null, start: true } });
  await callApi(page, 'participant.add', { workshopId: busy, people: [{ name: 'Ana Silva' }] });
  // Its own workshop's change, sent last: once it shows, the others had their chance to be heard.
  await callApi(page, 'parkingLot.add', { workshopId: quiet, text: 'Ask about line 7, again' });
  await expect(parked).toHaveCount(2, HEARD);
  expect(panelReads).toEqual(['parkingLot.list']);
});

test('after the host was away, the side panels show what changed meanwhile and the “cannot be reached” message goes by itself', async ({
  page,
  app,
}) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Host away');
  const workshopId = workshopIdFromUrl(page);
  await page.getByRole('tab', { name: 'Vote' }).click();
  await expect(page.getByRole('heading', { name: 'People in the room (0)' })).toBeVisible();
  const unreachable = page.getByRole('alert').filter({ hasText: 'The app is not running or cannot be reached' });

  await app.restart(async (dataDir) => {
    await page.getByRole('region', { name: 'Timer' }).getByRole('button', { name: 'Start a 10-minute timer' }).click();
    await expect(unreachable).toBeVisible();
    // Written while this tab could not hear: as another program on the folder, or a window whose word was lost, would.
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    db.prepare(
      "INSERT INTO participants (id, workshop_id, position, name, initials, color) VALUES ('p-away', ?, 1, 'Ana Silva', 'AS', '#c62828')",
    ).run(workshopId);
    db.close();
  });

  await expect(page.getByRole('heading', { name: 'People in the room (1)' })).toBeVisible({ timeout: 15_000 });
  await expect(unreachable).toHaveCount(0);
});

test('a vote revealed from another window ends the private turn on this one: its panel comes back and the map unlocks', async ({
  page,
  context,
  app,
}) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Revealed elsewhere');
  await page.keyboard.press('n');
  await page.keyboard.type('Long changeover');
  await page.keyboard.press('Escape');
  await waitUntilSaved(page);
  const second = await openSameMap(context, app.host.url, page);

  await page.getByRole('tab', { name: 'Vote' }).click();
  await page.getByLabel(/Add people/).fill('Ana Silva\nBen Okafor');
  await page.getByRole('button', { name: 'Add people' }).click();
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await page.getByRole('button', { name: /Start the round/ }).click();
  await page.getByRole('dialog', { name: 'Hand-over' }).getByRole('button', { name: 'I’m Ana Silva — start my turn' }).click();
  await expect(page.getByRole('region', { name: 'Voting turn' })).toBeVisible();
  const palette = page.getByRole('navigation', { name: 'Palette' });
  await expect(palette.getByRole('button', { name: 'Add process' })).toBeDisabled();

  await second.getByRole('tab', { name: 'Vote' }).click();
  await second.getByRole('button', { name: 'Close and reveal' }).click();

  await expect(page.getByRole('region', { name: 'Voting turn' })).toHaveCount(0, HEARD);
  await expect(page.getByText('Voting in progress: the panel is hidden until this turn ends.')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Vote' })).toBeVisible();
  await expect(palette.getByRole('button', { name: 'Add process' })).toBeEnabled();
});
