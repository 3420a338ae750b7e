import { contentsItem, nodeCentre } from './support/canvas';
import { seedMap } from './support/facilitation';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';

test('Escape during a drag puts the note back where it was, and there is nothing to undo', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  await seedMap(page, [{ id: 'n1', kind: 'sticky-note', text: 'Wrong note grabbed', x: 300, y: 300 }]);
  const item = contentsItem(page, 'n1');
  const [x, y] = [await item.getAttribute('data-x'), await item.getAttribute('data-y')];

  const from = await nodeCentre(page, 'n1');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 120, from.y + 90, { steps: 8 });
  await page.keyboard.press('Escape');
  await page.mouse.move(from.x + 160, from.y + 120, { steps: 4 });
  await page.mouse.up();

  await waitUntilSaved(page);
  await expect(item).toHaveAttribute('data-x', x!);
  await expect(item).toHaveAttribute('data-y', y!);
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();
});
