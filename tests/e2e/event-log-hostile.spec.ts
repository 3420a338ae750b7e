import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './support/fixtures';

/**
 * The event-log wizard against files a tester brings on purpose: a log with tens of thousands of
 * distinct activities, which must stay a list a person can read and a map of at most 60 steps.
 */
test.use({ viewport: { width: 1366, height: 768 } });

async function openImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: '+ New map' }).click();
  await page.getByRole('button', { name: 'New map from an event log…' }).click();
  await expect(page.getByRole('dialog', { name: 'New map from an event log' })).toBeVisible();
}

function manyActivitiesCsv(activities: number): Buffer {
  const start = Date.UTC(2026, 2, 2, 9);
  const lines = Array.from({ length: activities }, (_, index) => `c${index % 500},act-${index},${new Date(start + index * 60_000).toISOString()}`);
  return Buffer.from(['case,activity,timestamp', ...lines].join('\n'));
}

test('a log with 20,000 distinct activities lists the 200 most common and keeps at most 60 steps', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Hostile logs');
  await openImport(page);
  const dialog = page.getByRole('dialog', { name: 'New map from an event log' });
  await dialog.getByLabel('Event log (CSV or XES)').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: manyActivitiesCsv(20_000) });
  await dialog.getByRole('button', { name: 'Read the whole file' }).click();
  const activities = dialog.getByRole('list', { name: 'Steps to keep' });
  await expect(activities.getByRole('listitem')).toHaveCount(200);
  await expect(dialog.getByText('and 19,800 rarer activities, folded into “other”')).toBeVisible();
  await dialog.getByRole('button', { name: 'The 60 most common' }).click();
  await expect(dialog.getByRole('list', { name: 'The map’s steps, in order' }).getByRole('listitem')).toHaveCount(60);
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Maps of this workshop' }).getByRole('button', { name: 'many – measured current state' }),
  ).toHaveAttribute('aria-current', 'page');
});
