import { loadMapFromStore, mapIdFromUrl } from './support/api-from-page';
import { connectorItems, contents, contentsItem, dragBetween, nodeCentre, nodeIdByText } from './support/canvas';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';

test('copy and paste work within a map and into a new map of the workshop', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Paste check');
  await page.keyboard.press('n');
  await page.keyboard.type('Rework at packing');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(contents(page)).toHaveText(['Rework at packing', 'Rework at packing']);
  const [first, second] = await contents(page).evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-x'))));
  expect(second! - first!).toBe(24);
  await expect(contents(page).nth(1).getByRole('button')).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: '+ New map' }).click();
  await page.getByLabel('Name').fill('Future state');
  await page.getByLabel('State').selectOption('future');
  await page.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByRole('button', { name: 'Future state' })).toHaveAttribute('aria-current', 'page');
  await expect(contents(page)).toHaveCount(0);
  await page.keyboard.press('Control+v');
  await expect(contents(page)).toHaveText(['Rework at packing']);
  await waitUntilSaved(page);
  const future = await loadMapFromStore(page, mapIdFromUrl(page));
  expect(future.map.state).toBe('future');
  expect(future.nodes.map((node) => node.text)).toEqual(['Rework at packing']);
});

test('marquee, align, resize, connect and change an arrow’s kind, each undoable', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Arrange check');
  for (const name of ['Cut', 'Weld', 'Paint']) {
    await page.keyboard.press('p');
    await page.keyboard.type(name);
    await page.keyboard.press('Escape');
  }
  // Pull the middle box down (Alt: no snapping), so the three are out of line.
  const weld = await nodeIdByText(page, 'Weld');
  await page.keyboard.down('Alt');
  const weldAt = await nodeCentre(page, weld);
  await dragBetween(page, weldAt, { x: weldAt.x, y: weldAt.y + 90 });
  await page.keyboard.up('Alt');
  const tops = () => contents(page).evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-y'))));
  await expect.poll(async () => new Set(await tops()).size).toBe(2);
  const before = await tops();

  // A marquee from above-left of the first box to below-right of the last selects all three.
  const cut = await nodeCentre(page, await nodeIdByText(page, 'Cut'));
  const paint = await nodeCentre(page, await nodeIdByText(page, 'Paint'));
  await page.keyboard.press('Escape');
  await dragBetween(page, { x: cut.x - 120, y: cut.y - 80 }, { x: paint.x + 120, y: paint.y + 200 });
  await expect(page.getByRole('heading', { name: '3 nodes selected' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+t');
  await expect.poll(tops).toEqual([before[0], before[0], before[0]]);
  await page.keyboard.press('Control+z');
  await expect.poll(tops).toEqual(before);

  // Connect two boxes: click one, shift-click the other, L connects them in that order.
  await page.mouse.click(cut.x, cut.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(paint.x, paint.y);
  await page.keyboard.up('Shift');
  await page.keyboard.press('l');
  await expect(connectorItems(page)).toHaveText(['Push: Cut → Paint']);

  // Select the arrow from the contents list and make it a pull arrow in the inspector.
  await connectorItems(page).first().getByRole('button').focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Push arrow' })).toBeVisible();
  await inspector.getByRole('radio', { name: 'Pull' }).click();
  await expect(connectorItems(page).first()).toHaveAttribute('data-kind', 'pull');
  await page.keyboard.press('Control+z');
  await expect(connectorItems(page).first()).toHaveAttribute('data-kind', 'push');

  // Resize a box by its bottom-right handle.
  await page.mouse.click(paint.x, paint.y);
  const item = contentsItem(page, await nodeIdByText(page, 'Paint'));
  const width = Number(await item.getAttribute('data-width'));
  const scale = Number((await page.getByTestId('map-canvas').getAttribute('data-viewport'))!.split(',')[2]);
  const corner = { x: paint.x + (width / 2) * scale, y: paint.y + (Number(await item.getAttribute('data-height')) / 2) * scale };
  await dragBetween(page, corner, { x: corner.x + 80, y: corner.y + 40 });
  await expect.poll(async () => Number(await item.getAttribute('data-width'))).toBeGreaterThan(width + 60 / scale);
  await waitUntilSaved(page);
  const saved = await loadMapFromStore(page, mapIdFromUrl(page));
  expect(saved.nodes.find((node) => node.text === 'Paint')!.width).toBeGreaterThan(width);
});

test('the inspector checks data as it is typed, says what is wrong at the field and saves only good values', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Data check');
  await page.getByRole('button', { name: 'Add process', exact: true }).click();
  await page.keyboard.type('Assembly');
  await page.keyboard.press('Escape');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const uptime = inspector.getByLabel('Uptime', { exact: true });
  await uptime.fill('140');
  await expect(inspector.getByRole('alert')).toHaveText('Uptime must be a percentage from 0 to 100');
  await expect(uptime).toHaveAttribute('aria-invalid', 'true');
  await uptime.press('Enter');
  await uptime.fill('85 %');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await uptime.press('Enter');

  const cycle = inspector.getByLabel('Cycle time (C/T)', { exact: true });
  await cycle.fill('2,5 min');
  await expect(inspector.getByRole('alert')).toContainText('point for decimals');
  await cycle.fill('1 h 30 min');
  await cycle.press('Enter');
  // The engine's finding about the missing %C&A is not shown for one step alone; process time comes from the cycle time.
  await expect(inspector.getByText('“Assembly” has no process time')).toHaveCount(0);
  await waitUntilSaved(page);
  const saved = await loadMapFromStore(page, mapIdFromUrl(page));
  const node = saved.nodes[0]!;
  expect(node.kind === 'process' && node.process).toEqual({ uptime: 85, cycleTime: 5400 });

  // One committed field is one undo step.
  await page.keyboard.press('Control+z');
  await expect(cycle).toHaveValue('');
  await expect(uptime).toHaveValue('85 %');
});

test('a worked example in one click, presented full screen and left with Escape, with a shortcut sheet', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Show and tell');
  await page.getByRole('button', { name: /Acme Stamping/ }).click();
  await expect(contents(page)).toHaveCount(17);
  await expect(page.locator('[data-metric="lead-time"]')).toHaveText('23.6 d');
  await expect(page.locator('[data-metric="takt-time"]')).toHaveText('60 s');

  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Connect the selected nodes in the order they were selected');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('toolbar', { name: 'Map tools' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Palette' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
  await expect(page.locator('[data-metric="lead-time"]')).toBeVisible();
  // Presenting is for looking: a stray key changes nothing on the map.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('n');
  await expect(contents(page)).toHaveCount(17);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar', { name: 'Map tools' })).toBeVisible();

  // The whole example was one step: undo leaves the wall empty again.
  await page.keyboard.press('Control+z');
  await expect(contents(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Start mapping' })).toBeVisible();
});

test('a symbol dropped from the palette lands where it is let go; a selection drags together, undone in one step; wheel zooms, space-drag pans', async ({
  page,
  app,
}) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Wall check');
  const canvas = page.getByTestId('map-canvas');
  const box = (await canvas.boundingBox())!;
  const viewport = async () => (await canvas.getAttribute('data-viewport'))!.split(',').map(Number) as [number, number, number];

  await page.getByRole('button', { name: 'Add supermarket' }).dragTo(canvas, { targetPosition: { x: 300, y: 200 } });
  await expect(contents(page)).toHaveCount(1);
  const supermarket = contents(page).first();
  await expect(supermarket).toHaveAttribute('data-kind', 'supermarket');
  const dropped = await nodeCentre(page, (await supermarket.getAttribute('data-node-id'))!);
  expect(Math.abs(dropped.x - (box.x + 300))).toBeLessThan(2);
  expect(Math.abs(dropped.y - (box.y + 200))).toBeLessThan(2);

  await page.keyboard.press('n');
  await page.keyboard.type('Travels with it');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+a');
  const ys = () => contents(page).evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-y'))));
  const before = await ys();
  await dragBetween(page, dropped, { x: dropped.x, y: dropped.y + 100 });
  await expect.poll(async () => (await ys())[0]! - before[0]!).toBeGreaterThan(60);
  const after = await ys();
  expect(after[1]! - before[1]!).toBe(after[0]! - before[0]!);
  await page.keyboard.press('Control+z');
  await expect.poll(ys).toEqual(before);

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const [, , scale] = await viewport();
  await page.mouse.wheel(0, -100);
  await expect.poll(async () => (await viewport())[2]).toBeGreaterThan(scale);

  const [x, y] = await viewport();
  await page.mouse.move(box.x + 60, box.y + 60);
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + 110, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  await expect.poll(async () => Math.hypot((await viewport())[0] - (x + 100), (await viewport())[1] - (y + 50))).toBeLessThan(0.05);
  await expect(contents(page)).toHaveCount(2);
});
