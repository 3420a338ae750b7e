import fs from 'node:fs';
import path from 'node:path';
import { mapFigureRows } from '../../shared/report/map-figures';
import { votingResults } from '../../shared/report/vote-results';
import { computeMetrics, isProcessNode, nodeLabel } from '../../shared/vsm';
import { expect, test } from './support/fixtures';
import { hostCall, invokeHost } from './support/host-api';
import { pdfImageCount, pdfPages, pdfPageSizes, pdfToPngs } from './support/pdf-text';
import { openReportWorkshop, seedReportWorkshop } from './support/report-workshop';

/**
 * The PDF report end to end: a workshop built through the UI and the API, the report made from
 * Export ▾ in the browser host (printed by Chromium) and read back with pdftotext. Every figure
 * the test looks for is worked out here by the engine from the maps as saved, never written in.
 */
const TITLE = 'Widget line kaizen';

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the PDF report holds the title, each map’s figures, the vote ranking and the action plan', async ({ app, page }, testInfo) => {
  const { workshopId, actions } = await openReportWorkshop(page, app.host, TITLE);

  await page.getByRole('button', { name: 'Export ▾' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'PDF report (A4)…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Making the PDF report (A4)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export ▾' })).toBeDisabled();
  const pdf = testInfo.outputPath('report.pdf');
  await (await download).saveAs(pdf);
  await expect(page.locator('[data-export-state="done"]')).toContainText('Widget line kaizen - report A4.pdf');
  await expect(page.getByRole('button', { name: 'Export ▾' })).toBeEnabled();

  const pages = pdfPages(pdf);
  expect(pages[0]).toContain(TITLE);
  pages.forEach((text, index) => {
    expect(text, `page ${index + 1}`).toContain(TITLE);
    expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
  });
  const sizes = pdfPageSizes(pdf);
  expect(sizes).toHaveLength(pages.length);
  for (const size of sizes)
    expect([Math.round(Math.min(size.width, size.height)), Math.round(Math.max(size.width, size.height))]).toEqual([595, 842]);
  expect(sizes.some((size) => size.width > size.height)).toBe(true);

  const file = await invokeHost(app.host, 'workshop.exportFile', { id: workshopId });
  for (const map of file.maps) {
    const doc = await invokeHost(app.host, 'map.load', { mapId: map.id });
    const figuresPage = pages.find((text) => text.includes(`${map.name} · timeline and figures`));
    expect(figuresPage, `the figures page of ${map.name}`).toBeDefined();
    const rows = mapFigureRows(computeMetrics(doc), doc.map.settings);
    for (const key of ['leadTime', 'processTime', 'activityRatio', 'taktTime', 'totalInventory']) {
      const row = rows.find((candidate) => candidate.key === key)!;
      expect(figuresPage, `${map.name}: ${row.label}`).toMatch(
        new RegExp(`${escaped(row.label)}\\s+${escaped(row.shown).replaceAll('\u00a0', '\\s')}(\\s|$)`, 'm'),
      );
    }
  }

  // The maps are drawn as vectors, so every step's name on them is text a reader can select.
  for (const map of file.maps) {
    const doc = await invokeHost(app.host, 'map.load', { mapId: map.id });
    const drawing = pages.filter((text) => new RegExp(`-STATE MAP\\s+${escaped(map.name)}( · part \\d+ of \\d+)?\\s*$`, 'm').test(text)).join('\n');
    expect(drawing, `the map pages of ${map.name}`).not.toBe('');
    // Word by word: a name wrapped in its box is read line by line across the page.
    for (const step of doc.nodes.filter(isProcessNode)) {
      for (const word of nodeLabel(step).split(/\s+/)) expect(drawing, `${map.name}: ${nodeLabel(step)}`).toContain(word);
    }
  }
  // Drawn as vectors, not pictures: the file holds no raster image at all.
  expect(pdfImageCount(pdf)).toBe(0);

  const [result] = votingResults(file);
  const votesPage = pages.find((text) => text.includes('Voting results') && text.includes(result!.session.title))!;
  let lastAt = -1;
  for (const row of result!.rows) {
    const firstLine = row.label.split('\n')[0]!;
    const line = new RegExp(`^\\s*${row.tied ? '=' : ''}${row.rank}\\s+${escaped(firstLine)}\\s`, 'm').exec(votesPage);
    expect(line, `rank ${row.rank}: ${firstLine}`).not.toBeNull();
    expect(line!.index).toBeGreaterThan(lastAt);
    lastAt = line!.index;
  }

  const actionPage = pages.find((text) => text.includes('Action plan') && text.includes(actions[0]!))!;
  for (const what of actions) expect(actionPage).toContain(what);

  const pngs = pdfToPngs(pdf);
  expect(pngs).toHaveLength(pages.length);
  for (const png of pngs) await testInfo.attach(path.basename(png), { path: png, contentType: 'image/png' });
});

test('the report prints on Letter paper as well, through the same page', async ({ app }, testInfo) => {
  const overview = await invokeHost(app.host, 'workshop.create', { title: TITLE, date: '2026-11-25', facilitator: 'Dana Lee' });
  await seedReportWorkshop(hostCall(app.host), overview.workshop.id);
  const printed = await invokeHost(app.host, 'report.print', { workshopId: overview.workshop.id, paper: 'letter' });
  if (printed.savedBy !== 'page') throw new Error('The browser host saved the report itself');
  const pdf = testInfo.outputPath('letter.pdf');
  fs.writeFileSync(pdf, Buffer.from(printed.pdfBase64, 'base64'));
  for (const size of pdfPageSizes(pdf))
    expect([Math.round(Math.min(size.width, size.height)), Math.round(Math.max(size.width, size.height))]).toEqual([612, 792]);
  expect(pdfPages(pdf)[0]).toContain(TITLE);
});

test('a report made again by the same host is drawn afresh from the workshop and the app’s language as they are now', async ({ app }, testInfo) => {
  const overview = await invokeHost(app.host, 'workshop.create', { title: TITLE, date: '2026-11-25', facilitator: 'Dana Lee' });
  const workshopId = overview.workshop.id;
  const mapId = overview.maps[0]!.id;
  const printText = async (name: string, paper: 'a4' | 'letter' = 'a4') => {
    const printed = await invokeHost(app.host, 'report.print', { workshopId, paper });
    if (printed.savedBy !== 'page') throw new Error('The browser host saved the report itself');
    const pdf = testInfo.outputPath(`${name}.pdf`);
    fs.writeFileSync(pdf, Buffer.from(printed.pdfBase64, 'base64'));
    return { text: pdfPages(pdf).join('\n'), sizes: pdfPageSizes(pdf) };
  };

  await invokeHost(app.host, 'map.rename', { mapId, name: 'Before the walk' });
  expect((await printText('first')).text).toContain('Before the walk');
  await invokeHost(app.host, 'map.rename', { mapId, name: 'After the walk' });
  const again = await printText('again');
  expect(again.text).toContain('After the walk');
  expect(again.text).not.toContain('Before the walk');

  const letter = await printText('letter', 'letter');
  expect(letter.text).toContain('After the walk');
  expect(Math.round(Math.min(letter.sizes[0]!.width, letter.sizes[0]!.height))).toBe(612);

  // A workshop without a language of its own is reported in the app's, chosen since the window was kept.
  expect(letter.text).toContain('CURRENT-STATE MAP');
  await invokeHost(app.host, 'settings.setLocale', { locale: 'de-DE' });
  const german = await printText('german');
  expect(german.text).toContain('WERTSTROMKARTE IST-ZUSTAND');
  expect(german.text).not.toContain('CURRENT-STATE MAP');
});

test('a report that cannot be made says why, and the menu is ready again', async ({ app, page }) => {
  process.env.VSW_CHROMIUM = '/nowhere/chromium';
  try {
    await app.restart();
  } finally {
    delete process.env.VSW_CHROMIUM;
  }
  await openReportWorkshop(page, app.host, TITLE);
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: 'PDF report (Letter)…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No Chromium to print the report with at /nowhere/chromium' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export ▾' })).toBeEnabled();
});
