import { loadMapFromStore, mapIdFromUrl } from './support/api-from-page';
import { contents, contentsItem, nodeIdByText, waitForSettledViewport } from './support/canvas';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('Enter in a symbol’s text keeps it and ends the edit; Shift+Enter starts a new line; no line break is stored last', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Text entry');
  const editorBox = page.getByRole('textbox', { name: 'Node text' });

  await page.keyboard.press('n');
  await page.keyboard.type('Orders wait');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('for credit check');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Enter');
  await expect(editorBox).toHaveCount(0);
  const id = await nodeIdByText(page, 'Orders wait');

  // Enter on the selected note edits it again; a second Enter keeps what was typed.
  await page.keyboard.press('Enter');
  await expect(editorBox).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (2 d)');
  await page.keyboard.press('Enter');
  await expect(editorBox).toHaveCount(0);
  await waitUntilSaved(page);
  const saved = await loadMapFromStore(page, mapIdFromUrl(page));
  expect(saved.nodes.find((node) => node.id === id)?.text).toBe('Orders wait\nfor credit check (2 d)');
  await expect(contents(page)).toHaveCount(1);
});

test('P, K and N add at the pointer when it is over the map, else beside the selection', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Pointer');
  await waitForSettledViewport(page);
  const canvas = page.getByTestId('map-canvas');
  const box = (await canvas.boundingBox())!;
  const viewport = async () => (await canvas.getAttribute('data-viewport'))!.split(',').map(Number) as [number, number, number];
  const centreOf = async (nodeId: string) => {
    const item = contentsItem(page, nodeId);
    const read = async (name: string) => Number(await item.getAttribute(`data-${name}`));
    return { x: (await read('x')) + (await read('width')) / 2, y: (await read('y')) + (await read('height')) / 2 };
  };

  for (const [key, text, at] of [
    ['p', 'Weld', { x: 220, y: 160 }],
    ['k', 'Changeover 4 h', { x: 480, y: 320 }],
  ] as const) {
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.keyboard.press(key);
    await page.keyboard.type(text);
    await page.keyboard.press('Escape');
    const [vx, vy, scale] = await viewport();
    const centre = await centreOf(await nodeIdByText(page, text));
    expect(Math.abs(centre.x * scale + vx - at.x)).toBeLessThan(2);
    expect(Math.abs(centre.y * scale + vy - at.y)).toBeLessThan(2);
  }

  // The pointer on the toolbar: the note goes beside the selected burst, continuing the row.
  const burst = await nodeIdByText(page, 'Changeover 4 h');
  await contentsItem(page, burst).getByRole('button').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar', { name: 'Map tools' }).hover();
  await page.keyboard.press('n');
  await page.keyboard.type('Beside');
  await page.keyboard.press('Escape');
  const beside = await centreOf(await nodeIdByText(page, 'Beside'));
  const anchor = await centreOf(burst);
  expect(beside.x).toBeGreaterThan(anchor.x);
  expect(Math.abs(beside.y - anchor.y)).toBeLessThan(40);
});
