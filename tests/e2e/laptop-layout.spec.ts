import type { Page } from '@playwright/test';
import { callApi, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';

/**
 * The map screen on the laptops facilitators carry (1366×768, 1440×900) and on a projector with
 * every side panel tab there: no control may end up past the edge of the window, where a mouse
 * cannot reach it and nothing shows that it exists.
 */
for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
]) {
  test(`every map tool is in reach at ${viewport.width}×${viewport.height}`, async ({ page, app }) => {
    await page.setViewportSize(viewport);
    await page.goto(app.host.url);
    await createWorkshop(page, 'Claims handling');
    const tools = page.locator('.map-toolbar').getByRole('button');
    const count = await tools.count();
    expect(count).toBeGreaterThan(20);
    for (let index = 0; index < count; index++) await expect(tools.nth(index)).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Present' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeInViewport({ ratio: 1 });
  });
}

/** The rows the side panel's own tabs stand in (the future-state tools' inner tabs are not the panel's). */
function panelTabRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('.facilitation-panel .panel-tablist > [role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top)),
      ).size,
  );
}

/** Each language's six tab names on a future-state map, in the panel's order. */
const FUTURE_MAP_TABS = {
  en: { tools: 'Facilitation tools', hide: 'Hide the facilitation panel', tabs: ['Agenda', 'Vote', /^Parking lot/, /^Room/, 'Future state', 'Flow'] },
  de: {
    tools: 'Moderationswerkzeuge',
    hide: 'Moderationsleiste ausblenden',
    tabs: ['Agenda', 'Voting', /^Parkplatz/, /^Raum/, 'Soll-Zustand', 'Fluss'],
  },
  fr: {
    tools: 'Outils d’animation',
    hide: 'Masquer le panneau d’animation',
    tabs: ['Programme', 'Vote', /^Parking/, /^Salle/, 'État futur', 'Flux'],
  },
  es: {
    tools: 'Herramientas de facilitación',
    hide: 'Ocultar el panel de facilitación',
    tabs: ['Agenda', 'Votación', /^Parking/, /^Sala/, 'Estado futuro', 'Flujo'],
  },
};

for (const language of ['en', 'de', 'fr', 'es'] as const) {
  test(`a future-state map's six side panel tabs stand in one row, in reach, on a laptop and a projector (${language})`, async ({ page, app }) => {
    const { tools, hide, tabs: names } = FUTURE_MAP_TABS[language];
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.host.url);
    await callApi(page, 'settings.setLanguage', { language });
    const { workshop, maps } = await callApi(page, 'workshop.create', {
      title: 'Claims handling',
      date: '2026-03-02',
      facilitator: 'Dana Lee',
      language,
    });
    const future = await callApi(page, 'map.deriveFutureState', { sourceMapId: maps[0]!.id, name: 'Next quarter' });
    await callApi(page, 'parkingLot.add', { workshopId: workshop.id, text: 'Who owns the claims form?' });
    await page.goto(`${app.host.url.split('#')[0]}#/workshops/${workshop.id}/maps/${future.id}`);
    // Opened afresh in the chosen language, not switched to it while the page was loading.
    await page.reload();

    const tablist = page.getByRole('tablist', { name: tools });
    await expect(tablist.getByRole('tab')).toHaveCount(6);
    await expect(tablist.getByRole('tab', { name: /From the room|Aus dem Raum|De la salle|De la sala/ })).toHaveCount(0);
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport);
      // Every tab keeps its name for a screen reader, and a click on it opens it, words shown or not.
      for (const name of names) {
        const tab = tablist.getByRole('tab', { name });
        await expect(tab).toBeInViewport({ ratio: 1 });
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        expect(await panelTabRows(page), `the tabs stand in one row at ${viewport.width}×${viewport.height}`).toBe(1);
      }
      await expect(page.getByRole('button', { name: hide })).toBeInViewport({ ratio: 1 });
    }
    // On the projector every tab has room for its words.
    for (const name of names) await expect(tablist.getByRole('tab', { name }).locator('.visually-hidden')).toHaveCount(0);
  });
}

test('the comparison table shows every column whole on a 1366×768 laptop', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  await page.getByRole('button', { name: 'Manufacturing: Acme Stamping (Learning to See)' }).click();
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').first()).toBeAttached();
  await waitUntilSaved(page);
  const workshopId = workshopIdFromUrl(page);
  const currentId = mapIdFromUrl(page);
  const future = await callApi(page, 'map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
  await page.goto(`${app.host.url.split('#')[0]}#/workshops/${workshopId}/compare/${currentId}/${future.id}`);

  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(6);
  const tableBox = (await table.boundingBox())!;
  const sectionBox = (await page.getByRole('region', { name: 'Figures before and after' }).boundingBox())!;
  const laddersBox = (await page.getByRole('region', { name: 'Lead-time ladders' }).boundingBox())!;
  // The table stays inside its own panel, clear of the ladders beside it.
  expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(sectionBox.x + sectionBox.width);
  expect(sectionBox.x + sectionBox.width).toBeLessThanOrEqual(laddersBox.x);
  await expect(table.locator('tr[data-metric="leadTime"] [data-column="verdict"]')).toBeInViewport({ ratio: 1 });
});

test('on a 1366×768 laptop a running timer leaves most of the wall in view', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  await page.getByRole('button', { name: 'Start a 10-minute timer' }).click();
  const timer = page.getByRole('region', { name: 'Timer' });
  await expect(timer).toHaveAttribute('data-timer-state', 'running');
  const timerBox = (await timer.boundingBox())!;
  const wallBox = (await page.getByTestId('map-canvas').boundingBox())!;
  expect((timerBox.width * timerBox.height) / (wallBox.width * wallBox.height)).toBeLessThan(0.2);
});
