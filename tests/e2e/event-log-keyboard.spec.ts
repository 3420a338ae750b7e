import { createWorkshop, expect, test } from './support/fixtures';

/** The event-log wizard from the keyboard alone: focus follows the wizard from step to step. */
test.use({ viewport: { width: 1366, height: 768 } });

test('reading the file from the keyboard puts the focus on Stop reading, then on the steps, and Enter creates the map', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Keyboard');
  await page.getByRole('button', { name: '+ New map' }).click();
  await page.getByRole('button', { name: 'New map from an event log…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New map from an event log' });
  const start = Date.UTC(2026, 2, 2, 9);
  const rows = Array.from({ length: 300_000 }, (_, index) => `c${index % 3_000},Step ${index % 5},${new Date(start + index * 1_000).toISOString()}`);
  await dialog
    .getByLabel('Event log (CSV or XES)')
    .setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(['case,activity,timestamp', ...rows].join('\n')) });
  await dialog.getByRole('button', { name: 'Read the whole file' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Stop reading' })).toBeFocused();
  await expect(dialog.getByRole('heading', { name: 'Steps to keep' })).toBeFocused({ timeout: 30_000 });
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Main path (in ≥ 20 % of cases)' })).toBeFocused();
  await dialog.getByLabel('Name of the new map').focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('navigation', { name: 'Maps of this workshop' }).getByRole('button', { name: 'orders – measured current state' }),
  ).toHaveAttribute('aria-current', 'page');
});
