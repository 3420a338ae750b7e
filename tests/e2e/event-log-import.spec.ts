import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { loadMapFromStore, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { generateLog, MAIN_PATH, toXes, type SyntheticLog } from '../shared/event-log/synthetic-log';
import { writeEventLogCsv } from '../bench/support/event-log-file';

/**
 * The event-log import through the screen at a laptop's 1366×768: a semicolon CSV with a BOM,
 * day-first dates and column names nobody guesses, then an XES file; the columns mapped, the
 * steps chosen, the maps made and the first one opened in the comparison.
 */
test.use({ viewport: { width: 1366, height: 768 } });

function dayFirst(time: number): string {
  const date = new Date(time);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(date.getUTCDate())}.${two(date.getUTCMonth() + 1)}.${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}

function ticketCsv(log: SyntheticLog): Buffer {
  const lines = log.events.map((event) => [event.caseId, event.activity, event.lifecycle, dayFirst(event.time)].join(';'));
  return Buffer.from(`\ufeff${['Reference;Step;Lifecycle;When', ...lines].join('\r\n')}\r\n`, 'utf8');
}

async function openImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: '+ New map' }).click();
  await page.getByRole('button', { name: 'New map from an event log…' }).click();
  await expect(page.getByRole('dialog', { name: 'New map from an event log' })).toBeVisible();
}

function boxesInOrder(doc: Awaited<ReturnType<typeof loadMapFromStore>>): string[] {
  return doc.nodes
    .filter((node) => node.kind === 'process')
    .sort((a, b) => a.x - b.x)
    .map((node) => node.text);
}

test('import a CSV and an XES event log through the screen, choose the steps, and compare the measured map', async ({ page, app }, testInfo) => {
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Service desk');

  await openImport(page);
  const dialog = page.getByRole('dialog', { name: 'New map from an event log' });
  await shot('1-choose');
  await dialog.getByLabel('Event log (CSV or XES)').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
  await expect(dialog.getByRole('alert')).toHaveText('The file is empty.');

  const badTimes = 'Case ID,Activity,Timestamp\n1,Open,2026-01-01T10:00:00Z\n1,Close,yesterday\n2,Open,soon\n';
  await dialog.getByLabel('Event log (CSV or XES)').setInputFiles({ name: 'bad-times.csv', mimeType: 'text/csv', buffer: Buffer.from(badTimes) });
  await dialog.getByRole('button', { name: 'Read the whole file' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    '2 timestamps in column “Timestamp” could not be read as ISO 8601 (2026-03-14 09:30); the first is “yesterday” on row 3. Choose the format the file uses.',
  );

  const big = path.join(testInfo.outputDir, 'big.csv');
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  writeEventLogCsv(big, 400_000);
  await dialog.getByLabel('Event log (CSV or XES)').setInputFiles(big);
  await dialog.getByRole('button', { name: 'Read the whole file' }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await shot('2-reading');
  await dialog.getByRole('button', { name: 'Stop reading' }).click();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Read the whole file' })).toBeVisible();
  fs.rmSync(big);

  await dialog
    .getByLabel('Event log (CSV or XES)')
    .setInputFiles({ name: 'tickets.csv', mimeType: 'text/csv', buffer: ticketCsv(generateLog(400, 16)) });
  const preview = dialog.getByRole('region', { name: 'The first rows of the file' });
  await expect(preview.getByRole('columnheader')).toHaveCount(4);
  await expect(preview.getByRole('columnheader', { name: /When/ })).toContainText('read as dates (day first)');
  await expect(preview.getByRole('columnheader', { name: /Lifecycle/ })).toContainText('read as start / complete');
  await expect(dialog.getByLabel('Timestamps are written')).toHaveValue('day-month-year');
  await shot('3-columns-unmapped');

  await dialog.getByRole('button', { name: 'Read the whole file' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Choose the column that holds the case id.');
  await dialog.getByLabel('Case id', { exact: true }).selectOption({ label: 'Reference' });
  await dialog.getByLabel('Timestamp (or completion time)').selectOption({ label: 'When' });
  await expect(preview.getByRole('columnheader', { name: /Reference/ })).toContainText('Case id');
  await shot('4-columns-mapped');
  await dialog.getByRole('button', { name: 'Read the whole file' }).click();

  const mapSteps = dialog.getByRole('list', { name: 'The map’s steps, in order' });
  await expect(dialog.getByRole('heading', { name: 'The map’s steps, in order' })).toBeVisible();
  await expect(dialog.getByText(/^400 cases, 4,\d{3} events from/)).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Cases by lead time' }).getByRole('listitem')).not.toHaveCount(0);
  await expect(mapSteps.getByRole('listitem')).toHaveCount(MAIN_PATH.length);
  await expect(dialog.getByRole('checkbox', { name: /Escalate/ })).not.toBeChecked();
  await expect(dialog.getByRole('list', { name: 'Variants' }).getByRole('listitem').filter({ hasText: 'Triage → other → Fix' })).not.toHaveCount(0);
  await shot('5-steps');

  await dialog.getByRole('button', { name: 'All' }).click();
  await expect(mapSteps.getByRole('listitem')).toHaveCount(MAIN_PATH.length + 1);
  await dialog.getByRole('checkbox', { name: /Escalate/ }).uncheck();
  await dialog.getByRole('checkbox', { name: /Close/ }).uncheck();
  await expect(mapSteps.getByRole('listitem')).toHaveCount(MAIN_PATH.length - 1);
  await expect(mapSteps.getByRole('listitem').first()).toContainText('Receive');
  await dialog.getByLabel('Name of the new map').fill('Tickets (CSV)');
  await shot('6-steps-chosen');
  await dialog.getByRole('button', { name: 'Create map' }).click();

  const tabs = page.getByRole('navigation', { name: 'Maps of this workshop' });
  await expect(tabs.getByRole('button', { name: 'Tickets (CSV)' })).toHaveAttribute('aria-current', 'page');
  // Nothing was created by the refused file or the stopped read: the first map, this one and “+ New map”.
  await expect(tabs.getByRole('button')).toHaveCount(3);
  const csvMapId = mapIdFromUrl(page);
  const csvMap = await loadMapFromStore(page, csvMapId);
  expect(boxesInOrder(csvMap)).toEqual(MAIN_PATH.slice(0, -1));
  expect(csvMap.map.settings.eventLog).toMatchObject({ fileName: 'tickets.csv', format: 'csv', cases: 400, foldedActivities: ['Close', 'Escalate'] });
  expect(csvMap.connectors.some((connector) => (connector.reworkRate ?? 0) > 0)).toBe(true);
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').filter({ hasText: 'Review' }).first()).toBeVisible();
  await waitUntilSaved(page);
  await shot('7-csv-map');

  await openImport(page);
  await dialog
    .getByLabel('Event log (CSV or XES)')
    .setInputFiles({ name: 'claims.xes', mimeType: 'application/xml', buffer: Buffer.from(toXes(generateLog(250, 3)), 'utf8') });
  await expect(preview.getByRole('columnheader', { name: /case:concept:name/ })).toContainText('Case id');
  await shot('8-xes-columns');
  await dialog.getByRole('button', { name: 'Read the whole file' }).click();
  await expect(mapSteps.getByRole('listitem')).toHaveCount(MAIN_PATH.length);
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(tabs.getByRole('button', { name: /^claims – measured current state$/ })).toHaveAttribute('aria-current', 'page');
  const xesMap = await loadMapFromStore(page, mapIdFromUrl(page));
  expect(boxesInOrder(xesMap)).toEqual([...MAIN_PATH]);
  expect(xesMap.map.settings.eventLog).toMatchObject({ fileName: 'claims.xes', format: 'xes', cases: 250 });

  await tabs.getByRole('button', { name: 'Tickets (CSV)' }).click();
  await page.getByRole('button', { name: 'Map ▾' }).click();
  await page.getByRole('menuitem', { name: 'Derive a future state…' }).click();
  await page.getByLabel('Name').fill('Tickets to be');
  await page.getByRole('button', { name: 'Create future state' }).click();
  await expect(tabs.getByRole('button', { name: 'Tickets to be' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByTestId('current-map')).toBeVisible();
  await expect(page.getByRole('table').locator('tr[data-metric="leadTime"]')).toBeVisible();
  await shot('9-comparison');

  const workshopId = workshopIdFromUrl(page);
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/workshops/${workshopId}/report`);
  await expect(
    page
      .getByText(
        /^Measured from the event log tickets\.csv: 400 cases, 4,\d{3} events from Jan \d+, 2026 to Apr \d+, 2026\. Lead time per case: median [\d.]+\s[hd], 85 % within /,
      )
      .first(),
  ).toBeVisible();
  await expect(page.getByText(/^Measured from the event log claims\.xes: 250 cases/).first()).toBeVisible();
});
