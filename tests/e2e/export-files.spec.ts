import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { exportFileName } from '../../shared/export/file-names';
import { computeMetrics, formatDuration } from '../../shared/vsm';
import { canonicalFile } from '../support/canonical-file';
import { expect, test } from './support/fixtures';
import { invokeHost } from './support/host-api';
import { pngSize } from './support/pdf-text';
import { openReportWorkshop } from './support/report-workshop';

/**
 * The workshop file out and back in through the workshop list, a bad file refused, and the
 * map image (file and clipboard) and the CSV tables from Export ▾, in the browser host.
 */
const TITLE = 'Widget line kaizen';

async function exportFromMenu(page: Page, item: string, savedAs: string): Promise<string> {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await download;
  await file.saveAs(savedAs);
  await expect(page.locator('[data-export-state="done"]')).toContainText(`Downloaded “${file.suggestedFilename()}”`);
  await page.getByRole('button', { name: 'Close this message' }).click();
  return file.suggestedFilename();
}

async function importThroughList(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file…' }).click();
  await (await chooser).setFiles(file);
}

test('a workshop file goes out and comes back in as an equal new workshop; a bad file is refused and changes nothing', async ({
  app,
  page,
}, testInfo) => {
  const { workshopId } = await openReportWorkshop(page, app.host, TITLE);
  const saved = testInfo.outputPath('workshop.vsw.json');
  expect(await exportFromMenu(page, 'Workshop file…', saved)).toBe(`${TITLE}.vsw.json`);

  await page.getByRole('button', { name: '← Workshops' }).click();
  const truncated = testInfo.outputPath('truncated.vsw.json');
  fs.writeFileSync(truncated, fs.readFileSync(saved, 'utf8').slice(0, 5_000));
  await importThroughList(page, truncated);
  await expect(page.getByRole('alert')).toContainText(
    'Importing the workshop file failed: This workshop file ends early: it was cut short, perhaps while it was being copied or downloaded. Nothing was imported.',
  );
  expect(await invokeHost(app.host, 'workshop.list', {})).toHaveLength(1);
  await page.getByRole('button', { name: 'Close this message' }).click();

  await importThroughList(page, saved);
  await expect(page.locator('[data-export-state="done"]')).toContainText(`Imported “${TITLE} (imported)” (another workshop already had its title).`);
  await expect(page.getByRole('listitem', { name: `${TITLE} (imported)` })).toBeVisible();
  const workshops = await invokeHost(app.host, 'workshop.list', {});
  const imported = workshops.find((workshop) => workshop.id !== workshopId)!;
  const [before, after] = await Promise.all([workshopId, imported.id].map((id) => invokeHost(app.host, 'workshop.exportFile', { id })));
  expect(canonicalFile(after!)).toEqual(canonicalFile(before!));

  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.header-workshop')).toHaveText(`${TITLE} (imported)`);
});

test('the map as PNG at 2× and 4×, on the clipboard, and the figures, votes and actions as CSV', async ({ app, page }, testInfo) => {
  const { workshopId, currentId } = await openReportWorkshop(page, app.host, TITLE);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.host.origin });

  const sizes = [];
  for (const ratio of [2, 4]) {
    const file = testInfo.outputPath(`map-${ratio}.png`);
    expect(await exportFromMenu(page, `This map as PNG (${ratio}×)…`, file)).toBe(exportFileName(TITLE, `Current state ${ratio}x`, '.png'));
    sizes.push(pngSize(fs.readFileSync(file)));
  }
  expect(sizes[1]!.width).toBe(2 * sizes[0]!.width);
  expect(sizes[1]!.height).toBe(2 * sizes[0]!.height);
  expect(sizes[0]!.width).toBeGreaterThan(2 * 1_800);

  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'Copy this map as an image' }).click();
  await expect(page.locator('[data-export-state="done"]')).toContainText('The map is on the clipboard.');
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(types).toContain('image/png');
  await page.getByRole('button', { name: 'Close this message' }).click();

  const figures = testInfo.outputPath('figures.csv');
  await exportFromMenu(page, 'Figures (CSV)…', figures);
  const doc = await invokeHost(app.host, 'map.load', { mapId: currentId });
  const metrics = computeMetrics(doc);
  expect(fs.readFileSync(figures, 'utf8')).toContain(
    `Current state,current,,Lead time,${metrics.leadTime},s,${formatDuration(metrics.leadTime, doc.map.settings)}\r\n`,
  );

  const votes = testInfo.outputPath('votes.csv');
  await exportFromMenu(page, 'Votes (CSV)…', votes);
  expect(fs.readFileSync(votes, 'utf8')).toContain(
    'Where does it hurt most,Current state,revealed,1,no,"Stamping\n200-t press",3,AL 1; BK 1; CP 1\r\n',
  );

  const actions = testInfo.outputPath('actions.csv');
  await exportFromMenu(page, 'Action plan (CSV)…', actions);
  const file = await invokeHost(app.host, 'workshop.exportFile', { id: workshopId });
  for (const action of file.actions) expect(fs.readFileSync(actions, 'utf8')).toContain(`${action.what},`);
});
