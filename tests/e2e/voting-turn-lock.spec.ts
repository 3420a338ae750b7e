import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { loadMapFromStore, mapIdFromUrl } from './support/api-from-page';
import { contents, contentsItem, dragBetween, nodeCentre, nodeIdByText, waitForSettledViewport } from './support/canvas';
import { clickNode } from './support/map-nodes';

test.use({ viewport: { width: 1366, height: 768 } });

test('a voter cannot change the map during a secret pass-the-laptop turn; the turn’s end unlocks it', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Acme day');
  await page.getByRole('button', { name: /Acme Stamping/ }).click();
  await expect(contents(page)).toHaveCount(17);
  const leadTime = page.locator('[data-metric="lead-time"]');
  await expect(leadTime).toHaveText('23.6 d');
  await waitUntilSaved(page);
  const mapId = mapIdFromUrl(page);
  const stamping = await nodeIdByText(page, 'Stamping');
  const before = await loadMapFromStore(page, mapId);

  await page.getByRole('tab', { name: 'Vote' }).click();
  await page.getByLabel(/Add people/).fill('Ana Silva\nBen Okafor');
  await page.getByRole('button', { name: 'Add people' }).click();
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await page.getByRole('button', { name: /Start the round/ }).click();
  const handOver = page.getByRole('dialog', { name: 'Hand-over' });
  await handOver.getByRole('button', { name: 'I’m Ana Silva — start my turn' }).click();
  await expect(page.getByRole('region', { name: 'Voting turn' })).toBeVisible();
  await waitForSettledViewport(page);
  await page.screenshot({ path: test.info().outputPath('voting-turn-1366.png') });

  // The map: dragging the Stamping box and deleting it by key change nothing.
  const from = await nodeCentre(page, stamping);
  await dragBetween(page, from, { x: from.x + 150, y: from.y + 120 });
  await clickNode(page, stamping);
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('p');
  await expect(contentsItem(page, stamping)).toBeAttached();
  await expect(contents(page)).toHaveCount(17);
  // Nor can the voter reach the app's settings by their key.
  await page.keyboard.press('Control+Comma');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toHaveCount(0);

  // The inspector: its fields and buttons are locked, and typing reaches neither them nor the map.
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Process name')).toBeDisabled();
  await expect(inspector.getByLabel('Cycle time (C/T)')).toBeDisabled();
  await inspector.getByLabel('Cycle time (C/T)').click({ force: true });
  await page.keyboard.type('999 s');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(inspector.getByLabel('Customer demand per period')).toBeDisabled();

  // The toolbar and the palette: every button that edits is off, and clicking it anyway does nothing.
  const toolbar = page.getByRole('toolbar', { name: 'Map tools' });
  for (const name of ['Undo', 'Paste', 'Connect', 'Snap to grid']) await expect(toolbar.getByRole('button', { name, exact: true })).toBeDisabled();
  await toolbar.getByRole('button', { name: 'Paste', exact: true }).click({ force: true });
  const palette = page.getByRole('navigation', { name: 'Palette' });
  await expect(palette.getByRole('button', { name: 'Add process' })).toBeDisabled();
  await palette.getByRole('button', { name: 'Add process' }).click({ force: true });

  await expect(contents(page)).toHaveCount(17);
  await expect(leadTime).toHaveText('23.6 d');
  await page.waitForTimeout(500);
  expect(await loadMapFromStore(page, mapId)).toEqual(before);

  // Done: the hand-over screen keeps the map locked; the facilitator pausing the round unlocks it.
  await page.getByRole('button', { name: 'Done — pass the laptop' }).click();
  await expect(handOver).toContainText('Pass the laptop to Ben Okafor');
  await handOver.getByRole('button', { name: /Pause/ }).click();
  await expect(handOver).toHaveCount(0);
  await clickNode(page, stamping);
  await page.keyboard.press('Delete');
  await expect(contentsItem(page, stamping)).toHaveCount(0);
  await expect(leadTime).not.toHaveText('23.6 d');
});
