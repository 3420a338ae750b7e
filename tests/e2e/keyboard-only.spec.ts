import { connectorItems, contents } from './support/canvas';
import { createWorkshop, expect, test } from './support/fixtures';

test('steps are added, named and connected without a mouse', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  for (const name of ['Register', 'Assess', 'Pay out']) {
    // P places a process box and starts naming it.
    await page.keyboard.press('p');
    await page.keyboard.type(name);
    await page.keyboard.press('Escape');
    await expect(contents(page).filter({ hasText: name })).toHaveCount(1);
  }
  await page.keyboard.press('Escape');

  // The list of what is on the map takes the keyboard focus like any other control.
  const list = page.getByRole('list', { name: 'Map contents' });
  await list.getByRole('button', { name: 'Register' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Enter');
  await expect(list.getByRole('button', { pressed: true })).toHaveCount(3);
  await page.keyboard.press('l');

  await expect(connectorItems(page)).toHaveCount(2);
  await expect(connectorItems(page).filter({ hasText: 'Push: Register → Assess' })).toHaveCount(1);
  await expect(connectorItems(page).filter({ hasText: 'Push: Assess → Pay out' })).toHaveCount(1);
});
