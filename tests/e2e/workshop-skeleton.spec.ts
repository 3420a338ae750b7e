import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { loadMapFromStore, mapIdFromUrl } from './support/api-from-page';
import { nodeCentre } from './support/canvas';

test('a workshop with sticky notes survives a restart of the app', async ({ page, app }) => {
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();

  await createWorkshop(page, 'Order to delivery');
  const mapId = mapIdFromUrl(page);
  const canvas = page.getByTestId('map-canvas');
  const box = (await canvas.boundingBox())!;
  const notes = page.getByRole('list', { name: 'Map contents' }).getByRole('listitem');

  await page.keyboard.press('n');
  await page.keyboard.type('Waiting for credit check');
  await page.keyboard.press('Escape');

  await page.mouse.dblclick(box.x + 300, box.y + 200);
  await page.keyboard.type('Rework loop at packing');
  await page.mouse.click(box.x + box.width - 30, box.y + box.height - 30);

  await page.getByRole('button', { name: 'Add sticky note' }).click();
  await page.keyboard.type('Delete me');
  await page.keyboard.press('Escape');
  await expect(notes).toHaveText(['Waiting for credit check', 'Rework loop at packing', 'Delete me']);

  // The third note is still selected after editing: delete it.
  await page.keyboard.press('Delete');
  await expect(notes).toHaveText(['Waiting for credit check', 'Rework loop at packing']);

  // Drag the second note by 200 x 100 screen pixels at 100 % zoom, holding Alt so it does not snap to the grid.
  await waitUntilSaved(page);
  const before = (await loadMapFromStore(page, mapId)).nodes.find((node) => node.text === 'Rework loop at packing')!;
  const from = await nodeCentre(page, before.id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.keyboard.down('Alt');
  await page.mouse.move(from.x + 100, from.y + 50, { steps: 5 });
  await page.mouse.move(from.x + 200, from.y + 100, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Alt');

  // It is selected by the drag: make it pink.
  await page.getByRole('button', { name: 'Colour pink' }).click();
  await expect(notes.nth(1)).toHaveAttribute('data-color', 'pink');
  await waitUntilSaved(page);

  const saved = await loadMapFromStore(page, mapId);
  const moved = saved.nodes.find((node) => node.text === 'Rework loop at packing')!;
  expect(moved.x - before.x).toBeCloseTo(200, 0);
  expect(moved.y - before.y).toBeCloseTo(100, 0);
  expect(moved.color).toBe('pink');

  const host = await app.restart();
  await page.goto(host.url);
  await page.getByRole('button', { name: /Order to delivery/ }).click();
  await expect(notes).toHaveText(['Waiting for credit check', 'Rework loop at packing']);
  expect(await loadMapFromStore(page, mapId)).toEqual(saved);
});

test('undo and redo restore notes and are saved', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Undo check');
  const notes = page.getByRole('list', { name: 'Map contents' }).getByRole('listitem');
  await page.keyboard.press('n');
  await page.keyboard.type('Keep me');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Delete');
  await expect(notes).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(notes).toHaveText(['Keep me']);
  await page.keyboard.press('Control+Shift+z');
  await expect(notes).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await waitUntilSaved(page);
  const saved = await loadMapFromStore(page, mapIdFromUrl(page));
  expect(saved.nodes.map((node) => node.text)).toEqual(['Keep me']);
});

test('workshops can be renamed, duplicated and deleted from the list, delete asking first', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  await page.keyboard.press('n');
  await page.keyboard.type('Four hand-offs');
  await page.keyboard.press('Escape');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: '← Workshops' }).click();

  const cards = page.getByRole('list', { name: 'Workshops' }).getByRole('listitem');
  await cards.filter({ hasText: 'Claims handling' }).getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Title').fill('Claims handling, day 1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Claims handling, day 1');

  await cards.first().getByRole('button', { name: 'Duplicate' }).click();
  await expect(cards).toHaveCount(2);
  await cards
    .filter({ hasText: '(copy)' })
    .getByRole('button', { name: /Claims handling, day 1 \(copy\)/ })
    .click();
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem')).toHaveText(['Four hand-offs']);
  await page.getByRole('button', { name: '← Workshops' }).click();

  const original = cards.filter({ hasNotText: '(copy)' });
  await original.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete workshop?' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(cards).toHaveCount(2);
  await original.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete workshop' }).click();
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('(copy)');
});

test('a bad workshop form says what is wrong and creates nothing', async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '+ New workshop' }).first().click();
  await page.getByLabel('Title').fill('   ');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('alert')).toContainText('title must not be empty');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
});
