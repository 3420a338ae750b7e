import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { loadMapFromStore, mapIdFromUrl } from './support/api-from-page';
import { clickTarget } from './support/facilitation';

test('a note moves to the parking lot and back; map undo never brings a parked note back', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Parking check');
  const notes = page.getByRole('list', { name: 'Map contents' }).getByRole('listitem');
  for (const text of ['Stays on the map', 'Off-topic: new ERP']) {
    await page.keyboard.press('n');
    await page.keyboard.type(text);
    await page.keyboard.press('Escape');
  }
  await expect(notes).toHaveText(['Stays on the map', 'Off-topic: new ERP']);
  const parkedId = (await notes.nth(1).getAttribute('data-node-id'))!;

  await page.getByRole('tab', { name: 'Parking lot' }).click();
  await page.getByRole('button', { name: 'Move a note here from the map' }).click();
  await clickTarget(page, parkedId);
  const parked = page.getByRole('list', { name: 'Parking lot' }).getByRole('listitem');
  await expect(parked).toHaveCount(1);
  await expect(parked.first()).toContainText('Off-topic: new ERP');
  await expect(notes).toHaveText(['Stays on the map']);

  // The rule: steps up to the parked note's last edit are no longer undoable; later steps are.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.keyboard.press('n');
  await page.keyboard.type('Added after');
  await page.keyboard.press('Escape');
  await expect(notes).toHaveText(['Stays on the map', 'Added after']);
  for (let press = 0; press < 4; press++) await page.keyboard.press('Control+z');
  await expect(notes).toHaveText(['Stays on the map']);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(notes).toHaveText(['Stays on the map', 'Added after']);
  await waitUntilSaved(page);
  const mapId = mapIdFromUrl(page);
  expect((await loadMapFromStore(page, mapId)).nodes.map((node) => node.text)).toEqual(['Stays on the map', 'Added after']);

  await page.getByRole('button', { name: '↩ Back to the map' }).click();
  await expect(parked).toHaveCount(0);
  await expect(notes).toHaveText(['Stays on the map', 'Added after', 'Off-topic: new ERP']);
  await expect(notes.nth(2)).toHaveAttribute('data-node-id', parkedId);
  // Undo still reaches "Added after" (its text, then the note), and never the returned note.
  for (let press = 0; press < 3; press++) await page.keyboard.press('Control+z');
  await expect(notes).toHaveText(['Stays on the map', 'Off-topic: new ERP']);
  await waitUntilSaved(page);

  await page.reload();
  await expect(notes).toHaveText(['Stays on the map', 'Off-topic: new ERP']);
  await page.getByRole('tab', { name: 'Parking lot' }).click();
  await page.getByLabel('Park a topic').fill('Ask finance about batch sizes');
  await page.getByRole('button', { name: 'Add to the parking lot' }).click();
  await expect(parked).toHaveText([/Ask finance about batch sizes/]);
});
