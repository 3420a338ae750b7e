import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { seedWholeMap } from './support/map-nodes';
import { openReportWorkshop } from './support/report-workshop';

/**
 * The Flow tab on Acme Stamping: the line runs in a worker and names Assembly #1 (62 s against a
 * 60 s takt) as the constraint with its queue growing; the lead-time range runs with a progress
 * bar that Cancel stops, while the map stays in use.
 */
test('the Flow tab runs Acme Stamping, names the constraint and the queue building, and a range can be cancelled', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Acme');
  await page.getByRole('button', { name: 'Manufacturing: Acme Stamping (Learning to See)' }).click();
  await waitUntilSaved(page);
  await page.getByRole('tab', { name: 'Flow' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Flow' });
  await expect(panel.getByText('Lead time with rework')).toBeVisible();

  await panel.getByRole('button', { name: 'Run the line' }).click();
  await expect(panel.getByText('Assembly #1 (load 103 %)')).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('the queue before Assembly #1')).toBeVisible();
  await expect(panel.getByRole('img', { name: /Work in process before each step/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('flow-run.png') });

  await panel.getByLabel('Demand (%)', { exact: true }).fill('80');
  await panel.getByRole('button', { name: /Lead-time range/ }).click();
  await expect(panel.getByRole('progressbar', { name: 'Simulation progress' })).toBeVisible();
  // The map stays in use while the worker runs: the inspector answers a click on the canvas' contents list.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('progressbar')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Run the line' })).toBeEnabled();
});

test('on a 1366×768 laptop the side panel keeps Agenda, Vote, Parking lot, Room and Flow in one row, fold button included', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Laptop');
  const tabs = page.getByRole('tablist', { name: 'Facilitation tools' }).getByRole('tab');
  await expect(tabs).toHaveText(['Agenda', 'Vote', 'Parking lot', 'Room', 'Flow']);
  const fold = page.getByRole('button', { name: 'Hide the facilitation panel' });
  for (const name of ['Agenda', 'Vote', 'Parking lot', 'Room', 'Flow']) {
    await tabs.filter({ hasText: name }).click();
    const tops = await tabs.evaluateAll((all) => all.map((tab) => Math.round(tab.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const [row, button] = [(await tabs.first().boundingBox())!, (await fold.boundingBox())!];
    expect(button.y).toBeLessThan(row.y + row.height);
  }
  await expect(fold).toBeInViewport({ ratio: 1 });
});

test('the comparison draws the current and future lead-time ranges on one scale, with the chance of meeting a number of days', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { workshopId, currentId, futureId } = await openReportWorkshop(page, app.host, 'Acme ranges');
  await page.goto(`${app.host.url.split('#')[0]}#/workshops/${workshopId}/compare/${currentId}/${futureId}`);
  const ranges = page.getByRole('region', { name: 'Lead-time ranges' });
  await ranges.getByRole('button', { name: /Simulate both/ }).click();
  await ranges.getByLabel('Chance within').fill('5');
  await expect(ranges.getByRole('img', { name: 'Lead-time ranges on one scale' })).toBeVisible({ timeout: 120_000 });
  await expect(ranges.getByText(/Next quarter: \d+ % of orders within 5 days/)).toBeVisible();
  await ranges.screenshot({ path: test.info().outputPath('flow-comparison.png') });
});

test('a rework arrow takes its rate in the inspector, and the ladder shows lead time with rework beside the first pass', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims');
  const place = (id: string, x: number) => ({ id, text: id, x, y: 200, width: 120, height: 80, z: 0, color: 'yellow' as const, originId: null });
  await seedWholeMap(
    page,
    [
      { ...place('Review', 100), kind: 'process', process: { cycleTime: 600 } },
      { ...place('Approve', 400), kind: 'process', process: { cycleTime: 1_200 } },
    ],
    [
      { id: 'forward', kind: 'push', fromId: 'Review', toId: 'Approve', label: '', originId: null },
      { id: 'back', kind: 'push', fromId: 'Approve', toId: 'Review', label: '', originId: null },
    ],
    { demandPerPeriod: 40, workingDaysPerPeriod: 1, workingTimePerDay: 8 * 3_600 },
  );
  await page.locator('li[data-connector-id="back"] button').evaluate((button: HTMLButtonElement) => button.click());
  const rate = page.getByLabel('Sent back for rework');
  await rate.fill('20');
  await rate.press('Enter');
  await waitUntilSaved(page);
  await expect(page.locator('[data-metric="lead-time-with-rework"]')).toHaveText('37.5 min with rework');
  await page.getByRole('tab', { name: 'Flow' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Flow' }).getByText('37.5 min', { exact: true })).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('rework-rate.png') });
});
