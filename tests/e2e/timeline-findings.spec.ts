import { createWorkshop, expect, test } from './support/fixtures';
import { seedMap } from './support/facilitation';
import { clickNode } from './support/map-nodes';

test('what the figures are missing leads to where it is fixed, and the list closes as other popups do', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  await seedMap(page, [{ id: 'p1', kind: 'process', text: 'Register claim', x: 300, y: 300 }]);
  await clickNode(page, 'p1');
  await expect(page.getByLabel('Process name')).toHaveValue('Register claim');

  const toCheck = page.getByRole('button', { name: /to check/ });
  const findings = page.getByRole('list', { name: 'Things to check' });
  await toCheck.click();
  // A finding about the whole map (customer demand is not set) shows the map settings, where it is entered.
  await findings.locator('li[data-code="demand-not-set"]').getByRole('button').click();
  await expect(page.getByRole('heading', { name: 'Map settings' })).toBeVisible();
  await expect(page.getByLabel('Customer demand per period')).toBeVisible();

  // A finding about a node selects it.
  await findings.locator('li[data-code="process-time-missing"]').getByRole('button').click();
  await expect(page.getByLabel('Process name')).toHaveValue('Register claim');

  await page.keyboard.press('Escape');
  await expect(findings).toHaveCount(0);
  await toCheck.click();
  await expect(findings).toBeVisible();
  await page.getByRole('navigation', { name: 'Palette' }).click();
  await expect(findings).toHaveCount(0);
});
