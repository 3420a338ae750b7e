import type { Page, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { mergeSteps } from '../../shared/editing/commands-merge';
import type { MapDocument } from '../../shared/model/vsm-map';
import { callApi, loadMapFromStore, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { expect, test, waitUntilSaved } from './support/fixtures';
import { invokeHost } from './support/host-api';
import { pdfPages, pdfToPngs } from './support/pdf-text';

/**
 * Issue 18: a German plant's facilitator on a laptop whose browser speaks German. The main
 * screens (workshop list, the Acme Stamping map, the comparison, the facilitation panel) and the
 * PDF report are in German with German figures ("1.700", "23,6 d"), and nothing overflows: no
 * button, tab, heading or table cell is wider than its box, however long the German words.
 * Screenshots of each screen and the PDF's pages are kept in test-results/ to look at.
 */
test.use({ viewport: { width: 1366, height: 768 }, locale: 'de-DE' });

/** The stations merged into one cell, as the example names them in the workshop's language. */
const STATIONS = {
  de: ['Schweißen 1', 'Schweißen 2', 'Montage 1', 'Montage 2'],
  en: ['S. Weld #1', 'S. Weld #2', 'Assembly #1', 'Assembly #2'],
};

/** What overflows its own box on screen: text cut off or spilling out, with the element that holds it. */
function overflowing(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((root) => {
    /** Inside a box clipped to nothing: read by screen readers (and shown when focused), not on screen now. */
    const hiddenInside = (element: HTMLElement) => {
      for (let box = element.parentElement; box; box = box.parentElement) {
        if ((box.clientWidth <= 2 || box.clientHeight <= 2) && getComputedStyle(box).overflow !== 'visible') return true;
      }
      return false;
    };
    /** The box that clips `element`: its nearest ancestor that does not let content spill out. */
    const clip = (element: HTMLElement) => {
      for (let box = element.parentElement; box; box = box.parentElement) if (getComputedStyle(box).overflowX !== 'visible') return box;
      return document.documentElement;
    };
    const spillsOut = (element: Element) => {
      const own = element.getBoundingClientRect();
      const box = (element instanceof SVGElement ? (element.ownerSVGElement ?? element) : clip(element as HTMLElement)).getBoundingClientRect();
      return own.right > Math.min(box.right, window.innerWidth) + 1 || own.left < Math.max(box.left, 0) - 1;
    };
    const selector =
      'button, [role="tab"], [role="menuitem"], h1, h2, h3, th, td, label, summary, [class*="title"], [class*="heading"], .header-actions > *, .report-bar > *';
    const svgText = [...document.querySelectorAll<SVGTextElement>(`${root} svg text`)]
      .filter((text) => (text.textContent ?? '').trim() !== '' && spillsOut(text))
      .map((text) => `svg text: “${(text.textContent ?? '').trim().slice(0, 60)}”`);
    const html = [...document.querySelectorAll<HTMLElement>(`${root} ${selector}`)]
      .filter((element) => element instanceof HTMLElement)
      // Shown and holding text: not a divider whose words are transparent.
      .filter((element) => element.offsetParent !== null && !hiddenInside(element) && (element.textContent ?? '').trim() !== '')
      .filter((element) => element.clientWidth > 2 && element.clientHeight > 2 && getComputedStyle(element).color !== 'rgba(0, 0, 0, 0)')
      .filter((element) => element.scrollWidth > element.clientWidth + 1 || spillsOut(element))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: “${(element.textContent ?? '').trim().slice(0, 60)}”`);
    return [...html, ...svgText];
  }, within);
}

/** The rows the side panel's tabs take: one, unless the words are too long for the panel. */
function tabRows(page: Page): Promise<number> {
  return page.evaluate(
    () => new Set([...document.querySelectorAll('aside [role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top))).size,
  );
}

/**
 * Words that the layout broke in the middle, across two lines ("Prozessschri / tt"), in the elements
 * `selector` finds: each word's text is measured on its own, and a word whose boxes stand on two lines is broken.
 */
function wordsBrokenMidWord(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((within) => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll(within)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1 && !match[0].includes('-')) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/**
 * Where `scripts/language-screenshots.sh` asks for the README's screenshots (docs/screenshots): the
 * map, the comparison and the PDF's first pages in each language. Unset, they stay in test-results/.
 */
const DOCS_SCREENSHOTS = process.env.VSW_LANGUAGE_SCREENSHOTS;

async function screenshot(page: Page, testInfo: TestInfo, name: string, docsName?: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  if (DOCS_SCREENSHOTS && docsName) await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, `${docsName}.png`) });
}

/** The PDF's first pages for the README, large enough to read. */
function keepPdfPages(pdf: string, language: string): void {
  if (!DOCS_SCREENSHOTS) return;
  for (const page of [1, 2, 3]) {
    execFileSync('pdftoppm', [
      '-r',
      '72',
      '-f',
      `${page}`,
      '-l',
      `${page}`,
      '-singlefile',
      '-png',
      pdf,
      path.join(DOCS_SCREENSHOTS, `${language}-report-page-${page}`),
    ]);
  }
}

function nodeIdByText(doc: MapDocument, text: string): string {
  const node = doc.nodes.find((candidate) => candidate.text === text);
  if (!node) throw new Error(`No node “${text}”`);
  return node.id;
}

test('a German room: the workshop list, the Acme map, the comparison, the facilitation panel and the PDF, in German and without overflow', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: 'Noch keine Workshops' })).toBeVisible();
  await expect(page.getByRole('button', { name: '+ Neuer Workshop' }).first()).toBeVisible();
  await screenshot(page, testInfo, '1-workshop-list');
  expect(await overflowing(page)).toEqual([]);

  await page.getByRole('button', { name: '+ Neuer Workshop' }).first().click();
  await page.getByLabel('Titel').fill('Acme Kaizen-Workshop');
  await page.getByLabel('Moderation').fill('Dana Lee');
  await expect(page.getByLabel('Sprache im Raum')).toHaveValue('de');
  await screenshot(page, testInfo, '2-new-workshop');
  expect(await overflowing(page, '[role="dialog"]')).toEqual([]);
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await page.getByRole('button', { name: 'Fertigung: Acme Stamping (Learning to See)' }).click();
  await expect(page.getByRole('list', { name: /.+/ }).getByRole('listitem').filter({ hasText: 'Montage 2' }).first()).toBeAttached();
  await waitUntilSaved(page);

  // The map: German words, German figures on the timeline and in the data boxes.
  const body = page.locator('body');
  await expect(body).toContainText('Durchlaufzeit');
  await expect(body).toContainText(/\d+,\d\u00a0d/);
  await screenshot(page, testInfo, '3-map-acme', 'de-map');
  expect(await overflowing(page)).toEqual([]);

  // The facilitation panel.
  const panel = page.getByRole('complementary', { name: 'Moderation' });
  if (!(await panel.getByRole('tablist').isVisible())) await page.getByRole('button', { name: 'Moderationsleiste einblenden' }).click();
  await expect(panel.getByRole('tab', { name: 'Parkplatz' })).toBeVisible();
  for (const tab of ['Agenda', 'Voting', 'Parkplatz']) {
    await panel.getByRole('tab', { name: tab }).click();
    await screenshot(page, testInfo, `4-facilitation-${tab.toLowerCase()}`);
    expect(await overflowing(page, 'aside')).toEqual([]);
    expect(await tabRows(page), 'the side panel’s tabs stand in one row').toBe(1);
    expect(await wordsBrokenMidWord(page, 'aside [role="tab"]')).toEqual([]);
  }
  // What the app writes into the workshop is German too: the vote's question and the agenda template.
  await panel.getByRole('tab', { name: 'Voting' }).click();
  await expect(panel.getByRole('textbox', { name: 'Frage' })).toHaveValue('Größte Probleme');
  await panel.getByRole('tab', { name: 'Agenda' }).click();
  await panel.getByRole('button', { name: 'Den VSM-Workshoptag verwenden' }).click();
  await expect(panel.getByRole('list', { name: 'Agenda' })).toContainText('Den Prozess ablaufen (Gemba)');
  await expect(panel.getByRole('list', { name: 'Agenda' })).not.toContainText('Kick-off');
  expect(await tabRows(page), 'the side panel’s tabs stand in one row').toBe(1);

  // The future state with the four stations merged into one cell, and the comparison.
  const workshopId = workshopIdFromUrl(page);
  const currentId = mapIdFromUrl(page);
  const meta = await callApi(page, 'map.deriveFutureState', { sourceMapId: currentId, name: 'Soll-Zustand mit Fließfertigungszelle' });
  const derived = await loadMapFromStore(page, meta.id);
  await callApi(page, 'map.applyChanges', {
    mapId: meta.id,
    changes: mergeSteps(
      derived,
      STATIONS.de.map((name) => nodeIdByText(derived, name)),
    ).changes,
  });
  await page.goto(`${app.host.origin}/#/workshops/${workshopId}/compare/${currentId}/${meta.id}`);
  const table = page.getByRole('table').first();
  await expect(table).toContainText('Durchlaufzeit');
  await expect(table).toContainText('Besser');
  await expect(table).toContainText(/\u2212\d+,\d\u00a0%/);
  await expect(table).toContainText(/\d\.\d{3}/);
  await screenshot(page, testInfo, '5-comparison', 'de-comparison');
  expect(await overflowing(page)).toEqual([]);

  // The report preview, laid out as it prints, then the PDF.
  await page.goto(`${app.host.origin}/#/workshops/${workshopId}/report?paper=a4`);
  await expect(page.locator('.report-document')).toContainText('Bericht zum Wertstrom-Workshop');
  await expect(page.locator('html')).toHaveAttribute('data-report-state', 'ready', { timeout: 60_000 });
  await screenshot(page, testInfo, '6-report-preview');
  expect(await overflowing(page, '.report-document')).toEqual([]);
  expect(await wordsBrokenMidWord(page, '.report-document th')).toEqual([]);

  const printed = await invokeHost(app.host, 'report.print', { workshopId, paper: 'a4' });
  if (printed.savedBy !== 'page') throw new Error('The browser host hands the PDF to the page');
  const pdf = testInfo.outputPath('bericht.pdf');
  fs.writeFileSync(pdf, Buffer.from(printed.pdfBase64, 'base64'));
  const text = pdfPages(pdf).join('\n');
  for (const words of [
    'Bericht zum Wertstrom-Workshop',
    'Auf einen Blick',
    'Inhalt',
    'Durchlaufzeit',
    'Bearbeitungszeit',
    'Flussgrad',
    'Besser',
    'Hinweise zu den Kennzahlen',
  ]) {
    expect(text, words).toContain(words);
  }
  expect(text).toMatch(/\d+,\d d/);
  // The maps' data boxes and the example's words, drawn into the report, are German too.
  expect(text).toContain('Verfügb.');
  expect(text).toContain('Schweißen 1');
  for (const english of [
    'Value stream workshop report',
    'At a glance',
    'Contents',
    'Lead time',
    'Process time',
    'Notes on the figures',
    'Uptime',
    'Weekly schedule',
  ]) {
    expect(text, english).not.toContain(english);
  }
  for (const [index, png] of pdfToPngs(pdf).entries()) fs.copyFileSync(png, testInfo.outputPath(`7-pdf-page-${index + 1}.png`));
  keepPdfPages(pdf, 'de');
});

test('the Flow tab of a German map that cannot be simulated yet says why in German', async ({ page, app }, testInfo) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '+ Neuer Workshop' }).first().click();
  await page.getByLabel('Titel').fill('Leere Karte');
  await page.getByLabel('Moderation').fill('Dana Lee');
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await page.getByRole('tab', { name: 'Fluss' }).click();
  const flow = page.getByRole('tabpanel', { name: 'Fluss' });
  await flow.getByRole('button', { name: 'Linie laufen lassen' }).click();
  await expect(flow.getByRole('alert')).toHaveText(
    'Tragen Sie Kundenbedarf, Arbeitstage und Arbeitszeit in den Karteneinstellungen ein: Aufträge werden im Takt freigegeben.',
  );
  await flow.getByRole('alert').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, '8-flow-cannot-simulate');
  expect(await overflowing(page, 'aside')).toEqual([]);
});

test.describe('the same room in English', () => {
  test.use({ locale: 'en-GB' });

  test('the Acme map, the comparison and the PDF in English, for comparison with the German screenshots', async ({ page, app }, testInfo) => {
    await page.goto(app.host.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: '+ New workshop' }).first().click();
    await page.getByLabel('Title').fill('Acme kaizen workshop');
    await expect(page.getByLabel('Language of the room')).toHaveValue('en');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.getByRole('button', { name: 'Manufacturing: Acme Stamping (Learning to See)' }).click();
    await waitUntilSaved(page);
    await expect(page.locator('body')).toContainText(/\d+\.\d\u00a0d/);
    await screenshot(page, testInfo, 'en-1-map-acme', 'en-map');
    expect(await overflowing(page)).toEqual([]);

    const workshopId = workshopIdFromUrl(page);
    const currentId = mapIdFromUrl(page);
    const meta = await callApi(page, 'map.deriveFutureState', { sourceMapId: currentId, name: 'Future state with a continuous-flow cell' });
    const derived = await loadMapFromStore(page, meta.id);
    await callApi(page, 'map.applyChanges', {
      mapId: meta.id,
      changes: mergeSteps(
        derived,
        STATIONS.en.map((name) => nodeIdByText(derived, name)),
      ).changes,
    });
    await page.goto(`${app.host.origin}/#/workshops/${workshopId}/compare/${currentId}/${meta.id}`);
    await expect(page.getByRole('table').first()).toContainText('Better');
    await screenshot(page, testInfo, 'en-2-comparison', 'en-comparison');
    expect(await overflowing(page)).toEqual([]);

    const printed = await invokeHost(app.host, 'report.print', { workshopId, paper: 'a4' });
    if (printed.savedBy !== 'page') throw new Error('The browser host hands the PDF to the page');
    const pdf = testInfo.outputPath('report.pdf');
    fs.writeFileSync(pdf, Buffer.from(printed.pdfBase64, 'base64'));
    const text = pdfPages(pdf).join('\n');
    for (const words of ['Value stream workshop report', 'Lead time', 'Activity ratio', 'Better', 'Page 1 of']) expect(text, words).toContain(words);
    expect(text).not.toContain('Durchlaufzeit');
    for (const [index, png] of pdfToPngs(pdf).entries()) fs.copyFileSync(png, testInfo.outputPath(`en-3-pdf-page-${index + 1}.png`));
    keepPdfPages(pdf, 'en');
  });
});
