import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { comparisonRows } from '../../shared/comparison/format-comparison';
import { mergeSteps } from '../../shared/editing/commands-merge';
import type { MapDocument } from '../../shared/model/vsm-map';
import { compareMaps } from '../../shared/vsm';
import { plain } from '../../shared/vsm/examples/example-builder';
import { callApi, loadMapFromStore, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { clickNode } from './support/map-nodes';
import { invokeHost } from './support/host-api';
import { pdfPages, pdfToPngs } from './support/pdf-text';

/**
 * Issue 13, items 5–8, on the most common facilitator laptop: Learning to See's Acme Stamping
 * as a room maps it, its future state with the four stations merged into one cell, the
 * comparison and the PDF report. Every figure expected is worked out here by the engine.
 */
test.use({ viewport: { width: 1366, height: 768 } });

const STATIONS = ['S. Weld #1', 'S. Weld #2', 'Assembly #1', 'Assembly #2'];
const FUTURE_NAME = 'Acme Stamping – future state with one continuous-flow cell';

async function openAcme(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await createWorkshop(page, 'Acme kaizen');
  await page.getByRole('button', { name: 'Manufacturing: Acme Stamping (Learning to See)' }).click();
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').filter({ hasText: 'Assembly #2' })).toHaveCount(1);
  await waitUntilSaved(page);
}

/** Every text drawn on the canvas right now (text below the zoom where it is drawn is left out). */
function canvasTextsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type KonvaStage = { find: (selector: string) => Array<{ text: () => string }> };
    return (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages.flatMap((stage) => stage.find('Text').map((text) => text.text()));
  });
}

/** The canvas texts Konva drew only in part: ending in "…", or with lines left off below its box. */
function cutTextsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type KonvaText = { text: () => string; textArr?: Array<{ text: string }> };
    type KonvaStage = { find: (selector: string) => KonvaText[] };
    const words = (text: string) => text.replace(/\s+/g, '');
    return (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages.flatMap((stage) =>
      stage
        .find('Text')
        .filter((text) => {
          const lines = text.textArr ?? [];
          return lines.some((line) => line.text.endsWith('…')) || words(lines.map((line) => line.text).join('')) !== words(text.text());
        })
        .map((text) => text.text()),
    );
  });
}

function nodeIdByText(doc: MapDocument, text: string): string {
  const node = doc.nodes.find((candidate) => candidate.text === text);
  if (!node) throw new Error(`No node “${text}”`);
  return node.id;
}

/** Derives the future state through the API and merges the four stations the way M does. */
async function mergedFuture(page: Page): Promise<{ current: MapDocument; futureId: string }> {
  const currentId = mapIdFromUrl(page);
  const meta = await callApi(page, 'map.deriveFutureState', { sourceMapId: currentId, name: FUTURE_NAME });
  const derived = await loadMapFromStore(page, meta.id);
  const { changes } = mergeSteps(
    derived,
    STATIONS.map((name) => nodeIdByText(derived, name)),
  );
  await callApi(page, 'map.applyChanges', { mapId: meta.id, changes });
  return { current: await loadMapFromStore(page, currentId), futureId: meta.id };
}

test('a merged cell’s process time follows the cycle time typed for it, and the inspector says where P/T comes from', async ({ page, app }) => {
  await openAcme(page, app.host.url);
  await page.getByRole('button', { name: 'Map ▾' }).click();
  await page.getByRole('menuitem', { name: 'Derive a future state…' }).click();
  await page.getByLabel('Name').fill('Future');
  await page.getByRole('button', { name: 'Create future state' }).click();
  await expect(page.getByRole('navigation', { name: 'Maps of this workshop' }).getByRole('button', { name: 'Future' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const future = await loadMapFromStore(page, mapIdFromUrl(page));

  const [first, ...others] = STATIONS.map((name) => nodeIdByText(future, name));
  await clickNode(page, first!);
  for (const id of others) await clickNode(page, id, { shift: true });
  await page.keyboard.press('m');
  const cellName = STATIONS.join(' + ');
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').filter({ hasText: cellName })).toHaveCount(1);

  // The cell's long name is drawn whole: its box grows rather than cutting it off.
  await page.keyboard.press('Shift+2');
  await expect.poll(async () => (await canvasTextsOf(page)).includes(cellName)).toBe(true);
  await expect.poll(() => cutTextsOf(page)).toEqual([]);

  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const processTime = inspector.getByLabel('Process time (P/T)', { exact: true });
  const totals = page.getByRole('region', { name: 'Timeline' }).locator('dd[data-metric="process-time"]');
  await expect(processTime).toHaveValue('187 s');
  await expect(processTime).toHaveAccessibleDescription(/The sum of the 4 merged steps/);
  await expect(totals).toHaveText('188 s');
  await waitUntilSaved(page);
  expect((await loadMapFromStore(page, mapIdFromUrl(page))).nodes.find((node) => node.id === first)).toMatchObject({
    processTimeFrom: 'merged-steps',
  });

  await inspector.getByLabel('Cycle time (C/T)', { exact: true }).fill('168');
  await inspector.getByLabel('Cycle time (C/T)', { exact: true }).press('Enter');
  await expect(totals).toHaveText('169 s');
  await expect(processTime).toHaveValue('');
  await expect(processTime).toHaveAccessibleDescription(/Empty, so it follows C\/T: 168\ss/);

  // A work content of the room's own stays, whatever pace the cell is then given.
  await processTime.fill('168');
  await processTime.press('Enter');
  await inspector.getByLabel('Cycle time (C/T)', { exact: true }).fill('56');
  await inspector.getByLabel('Cycle time (C/T)', { exact: true }).press('Enter');
  await expect(totals).toHaveText('169 s');
  await waitUntilSaved(page);
  const saved = (await loadMapFromStore(page, mapIdFromUrl(page))).nodes.find((node) => node.id === first);
  expect(saved?.kind === 'process' && saved.process).toMatchObject({ cycleTime: 56, processTime: 168 });
});

test('a number typed alone in a time field is read by one rule said in the field, and the data box writes 27,600 s', async ({
  page,
  app,
}, testInfo) => {
  await openAcme(page, app.host.url);
  const doc = await loadMapFromStore(page, mapIdFromUrl(page));
  const stamping = nodeIdByText(doc, 'Stamping\n200-t press');
  const canvasTexts = () => canvasTextsOf(page);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });

  // The data boxes' shifts feed the map's working day, which alone sets takt, when it has none.
  const workingDay = inspector.getByLabel('Available working time per day', { exact: true });
  await expect(workingDay).toHaveValue('55,200 s');
  await workingDay.fill('');
  await workingDay.press('Enter');
  await expect(workingDay).toHaveAccessibleDescription(/states 55,200\ss a day in shifts × available time|and \d+ more state 55,200\ss a day/);
  await inspector.getByRole('button', { name: 'Use 55,200 s a day from the data boxes' }).click();
  await expect(workingDay).toHaveValue('55,200 s');
  await expect(inspector.getByRole('button', { name: /from the data boxes/ })).toHaveCount(0);
  await clickNode(page, stamping);
  await page.keyboard.press('Shift+2');
  await expect.poll(async () => (await canvasTexts()).some((text) => text.split('\n').includes('27,600\u00a0s'))).toBe(true);
  expect((await canvasTexts()).some((text) => text.includes('7.7\u00a0h'))).toBe(false);
  const available = inspector.getByLabel('Available time per shift', { exact: true });
  await expect(available).toHaveValue('27,600 s');
  await expect(available).toHaveAccessibleDescription(/A number alone is seconds/);
  await expect(available).toHaveAttribute('placeholder', /27600 \(s\)/);
  await expect(inspector.getByLabel('Lead time (L/T)', { exact: true })).toHaveAccessibleDescription(/A number alone is working days/);

  await available.fill('25200');
  await available.press('Enter');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  // 2 × 25,200 s no longer agrees with the map's 55,200 s working day, which sets takt: said, not silent.
  await expect(available).toHaveAccessibleDescription(
    /2 × 25,200\ss = 50,400\ss a day, but the map’s available working time per day, which sets takt, is 55,200\ss/,
  );
  await page.screenshot({ path: testInfo.outputPath('inspector-1366.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Map ▾' }).press('Escape');
  await waitUntilSaved(page);
  const saved = (await loadMapFromStore(page, mapIdFromUrl(page))).nodes.find((node) => node.id === stamping);
  expect(saved?.kind === 'process' && saved.process.availableTimePerShift).toBe(25_200);
});

test('the comparison names what was removed and merged, gives change to one decimal, and fits at 1366', async ({ page, app }, testInfo) => {
  await openAcme(page, app.host.url);
  const { current, futureId } = await mergedFuture(page);
  const future = await loadMapFromStore(page, futureId);
  await page.goto(page.url().replace(/\/maps\/[^/]+$/, `/maps/${futureId}`));
  await page.reload();
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('table')).toBeVisible();

  const differences = page.getByRole('list', { name: 'Differences' }).getByRole('listitem');
  for (const line of [
    'Removed inventory: 1,700 pcs between “S. Weld #1” and “S. Weld #2”',
    'Removed inventory: 2,450 pcs between “S. Weld #2” and “Assembly #1”',
    'Removed inventory: 1,840 pcs between “Assembly #1” and “Assembly #2”',
  ]) {
    await expect(differences.filter({ hasText: line })).toHaveCount(1);
  }
  await expect(differences.filter({ hasText: `4 steps merged into 1: ${STATIONS.join(', ')}` })).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Differences by kind' })).toContainText('4 steps merged into 1');

  const rows = comparisonRows(compareMaps(current, future), current.map.settings);
  const lead = rows.find((row) => row.key === 'leadTime')!;
  expect(lead.changePercent).toMatch(/^\u2212\d+\.\d\u00a0%$/);
  await expect(page.locator('tr[data-metric="leadTime"] [data-column="change-percent"]')).toHaveText(lead.changePercent);

  const futureHeading = page.getByRole('heading', { name: `Future ${FUTURE_NAME}` });
  await expect(futureHeading).toBeVisible();
  expect(await futureHeading.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  // The ladder's title (SVG text, which does not wrap by itself) is whole and inside its chart.
  const ladderTitle = page.locator(`[data-ladder="${FUTURE_NAME}"] text.ladder-title`).first();
  const fits = await ladderTitle.evaluate((text) => {
    const svg = text.closest('svg')!.getBoundingClientRect();
    const box = text.getBoundingClientRect();
    return {
      whole: [...text.querySelectorAll('tspan:not(.ladder-totals)')].map((span) => span.textContent).join(' '),
      inside: box.right <= svg.right + 0.5,
    };
  });
  expect(fits).toEqual({ whole: FUTURE_NAME, inside: true });

  const badges = await page.evaluate(() => {
    type Box = { x: number; y: number; width: number; height: number };
    type KonvaNode = { name: () => string; getClientRect: () => Box };
    type KonvaStage = { find: (filter: (node: KonvaNode) => boolean) => KonvaNode[] };
    return (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages.flatMap((stage) =>
      stage.find((node) => node.name() === 'difference-badge').map((node) => node.getClientRect()),
    );
  });
  expect(badges).toHaveLength(4);
  for (const [index, a] of badges.entries()) {
    for (const b of badges.slice(index + 1)) {
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `badges ${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(false);
    }
  }
  await page.mouse.move(0, 0);
  await page.screenshot({ path: testInfo.outputPath('comparison-1366.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.screenshot({ path: testInfo.outputPath('comparison-1920.png') });
});

test('the PDF prints Learning to See’s maps on one page each, a big map in parts, and a burst’s and a note’s text whole', async ({
  page,
  app,
}, testInfo) => {
  await openAcme(page, app.host.url);
  const currentId = mapIdFromUrl(page);
  const burstText = 'Cut stamping changeover from one hour to ten minutes so the press can build every part every day';
  const burst = { ...plain('kaizen-burst', { id: 'burst-changeover', text: burstText, x: 200, y: 720 }), z: 500 };
  const noteText =
    'Ask the press team why the coil changeover takes an hour: the die cart, the crane, the first-piece check and waiting for quality to sign off each take time';
  const note = { ...plain('sticky-note', { id: 'note-changeover', text: noteText, x: 420, y: 720 }), z: 501 };
  await callApi(page, 'map.applyChanges', {
    mapId: currentId,
    changes: [
      { op: 'putNode', node: burst },
      { op: 'putNode', node: note },
    ],
  });
  await page.reload();
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').filter({ hasText: 'Cut stamping changeover' })).toHaveCount(1);
  await clickNode(page, burst.id);
  await page.keyboard.press('Shift+2');
  await expect.poll(async () => (await canvasTextsOf(page)).includes(burstText)).toBe(true);
  expect(await canvasTextsOf(page)).toContain(noteText);
  await expect.poll(() => cutTextsOf(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('long-texts-1366.png') });

  await mergedFuture(page);
  // A wall ten times as wide: it must be split, and only it.
  const workshopId = workshopIdFromUrl(page);
  const wide = await callApi(page, 'map.create', { workshopId, name: 'Whole plant', state: 'current', template: 'blank' });
  const boxes = Array.from({ length: 40 }, (_, index) => ({
    ...plain('sticky-note', { id: `note-${index}`, text: `Note ${index + 1}`, x: (index % 20) * 600, y: Math.floor(index / 20) * 900 }),
    z: index + 1,
  }));
  await callApi(page, 'map.applyChanges', { mapId: wide.id, changes: boxes.map((node) => ({ op: 'putNode' as const, node })) });

  const printed = await invokeHost(app.host, 'report.print', { workshopId, paper: 'a4' });
  if (printed.savedBy !== 'page') throw new Error('The browser host saved the report itself');
  const pdf = testInfo.outputPath('report.pdf');
  fs.writeFileSync(pdf, Buffer.from(printed.pdfBase64, 'base64'));
  const pages = pdfPages(pdf);
  fs.writeFileSync(testInfo.outputPath('pages.txt'), pages.join('\n\f\n'));
  // The worked example fills the workshop's first map, "Current state".
  const acmePages = pages.filter((text) => /^Current state( ·.*)?$/m.test(text) && !text.includes('timeline and figures'));
  expect(acmePages, 'the map pages of Acme Stamping').toHaveLength(1);
  expect(acmePages[0]).not.toMatch(/overview|part \d+ of/);
  const futurePages = pages.filter(
    (text) => text.includes('Future-state map'.toUpperCase()) && text.includes(FUTURE_NAME) && !text.includes('timeline and figures'),
  );
  expect(futurePages, 'the map pages of the future state').toHaveLength(1);
  const plantPages = pages.filter((text) => /Whole plant · part \d+ of \d+/.test(text));
  expect(plantPages.length).toBeGreaterThan(1);
  expect(pages.some((text) => text.includes('Whole plant · the whole map'))).toBe(true);
  for (const png of pdfToPngs(pdf)) {
    fs.copyFileSync(png, testInfo.outputPath(path.basename(png)));
    await testInfo.attach(path.basename(png), { path: png, contentType: 'image/png' });
  }
});
