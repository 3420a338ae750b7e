import fs from 'node:fs';
import type { MapNode } from '../../shared/model/map-node';
import { createNode } from '../../shared/model/node-factory';
import { serializeWorkshopFile } from '../../shared/workshop-file/write-workshop-file';
import { callApi, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { contents } from './support/canvas';
import { createWorkshop, expect, test } from './support/fixtures';
import { invokeHost } from './support/host-api';
import { LAPTOP, openAcmeMap } from './support/laptop';

/** The small stumbles of a workshop day on a 1366×768 laptop, each as the facilitator met it. */
test.beforeEach(async ({ page }) => {
  await page.setViewportSize(LAPTOP);
});

test('the toolbar keeps to one row and every palette tool, the arrows too, is above the fold', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Acme stamping');
  const tools = page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button');
  const middles = (await Promise.all((await tools.all()).map((tool) => tool.boundingBox()))).map((box) => box!.y + box!.height / 2);
  expect(middles.length).toBeGreaterThan(20);
  expect(Math.max(...middles) - Math.min(...middles), 'every tool on one row').toBeLessThanOrEqual(4);
  const palette = page.getByRole('navigation', { name: 'Palette' }).getByRole('button');
  expect(await palette.count()).toBe(20);
  for (const item of await palette.all()) await expect(item).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Manual info arrow' })).toBeInViewport({ ratio: 1 });
});

test('the lead-time ladder shows every rung of Acme Stamping with its whole name', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Acme stamping');
  await openAcmeMap(page);
  const ladder = page.getByRole('list', { name: 'Lead-time ladder' });
  const rungs = ladder.getByRole('listitem');
  await expect(rungs).toHaveCount(12);
  const shown = (await ladder.boundingBox())!;
  for (const rung of await rungs.all()) {
    const box = (await rung.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(shown.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(shown.x + shown.width + 1);
    const label = rung.locator('.timeline-label');
    const whole = await label.evaluate(
      (element) => element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1,
    );
    expect(whole, `“${await label.textContent()}” is shown whole`).toBe(true);
  }
});

test('a new truck’s name sits on one line in its cargo box, not broken inside the word', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Acme stamping');
  await page.getByRole('button', { name: 'Add shipment' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Zoom to 100 %' }).click();
  const lines = await page.evaluate(() => {
    type KonvaText = { text: () => string; textArr: Array<{ text: string }> };
    const stages = (window as unknown as { Konva: { stages: Array<{ find: (selector: string) => KonvaText[] }> } }).Konva.stages;
    const label = stages.flatMap((stage) => stage.find('Text')).find((text) => text.text() === 'Shipment');
    return label?.textArr.map((line) => line.text) ?? null;
  });
  expect(lines).toEqual(['Shipment']);
});

test('an action’s What shows a whole sentence in the action plan', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Acme stamping');
  await openAcmeMap(page);
  const future = await callApi(page, 'map.deriveFutureState', { sourceMapId: mapIdFromUrl(page), name: 'Next quarter' });
  const sentence = 'Cut the stamping changeover from one hour to ten minutes with SMED and a second set of dies';
  await callApi(page, 'action.create', { mapId: future.id, what: sentence, kaizenNodeId: null, stepNodeId: null });
  await page.getByRole('link', { name: 'Action plan' }).click();
  const what = page.getByRole('table').getByLabel('What');
  await expect(what).toHaveValue(sentence);
  expect(await what.evaluate((element) => element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1)).toBe(
    true,
  );
  await what.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' now');
  await page.keyboard.press('Enter');
  await expect(what).toHaveValue(`${sentence} now`);
  await expect.poll(async () => (await callApi(page, 'action.list', { workshopId: workshopIdFromUrl(page) }))[0]?.what).toBe(`${sentence} now`);
});

test('a number and its unit are never split by a line break: the comparison writes them with a no-break space', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Acme stamping');
  await openAcmeMap(page);
  const workshopId = workshopIdFromUrl(page);
  const currentId = mapIdFromUrl(page);
  const future = await callApi(page, 'map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
  await page.goto(`${app.host.url.split('#')[0]}#/workshops/${workshopId}/compare/${currentId}/${future.id}`);
  const row = (metric: string) => page.locator(`tr[data-metric="${metric}"] [data-column="before"]`);
  expect(await row('leadTime').textContent()).toBe('23.6\u00a0d');
  expect(await row('activityRatio').textContent()).toMatch(/^0\.0\d+\u00a0%$/);
  await page.goto(`${app.host.url.split('#')[0]}#/workshops/${workshopId}/maps/${currentId}`);
  await expect(page.locator('[data-metric="process-time"]')).toHaveText('188 s');
  expect(await page.locator('[data-metric="process-time"]').textContent()).toBe('188\u00a0s');
});

test('a workshop file cut short is refused in words, without the JSON parser’s internals', async ({ page, app }, testInfo) => {
  const { workshop } = await invokeHost(app.host, 'workshop.create', { title: 'Acme stamping', date: '2026-11-25', facilitator: 'Dana Lee' });
  const text = serializeWorkshopFile(await invokeHost(app.host, 'workshop.exportFile', { id: workshop.id }));
  const cut = testInfo.outputPath('cut.vsw.json');
  fs.writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.6)));
  await page.goto(app.host.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a workshop file…' }).click();
  await (await chooser).setFiles(cut);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'This workshop file ends early: it was cut short, perhaps while it was being copied or downloaded. Nothing was imported.',
  );
  await expect(alert).not.toContainText(/JSON|position|Unexpected|Unterminated/);
  expect(await invokeHost(app.host, 'workshop.list', {})).toHaveLength(1);
});

test('an inventory with a quantity is named by it in the map’s contents list', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Acme stamping');
  const stock = createNode({ id: 'stock', kind: 'inventory', at: { x: 300, y: 300 }, z: 1 });
  const counted = stock.kind === 'inventory' ? { ...stock, inventory: { quantity: 1_700, unit: 'pcs' } } : stock;
  const bare = createNode({ id: 'bare', kind: 'inventory', at: { x: 600, y: 300 }, z: 2 });
  await callApi(page, 'map.applyChanges', {
    mapId: mapIdFromUrl(page),
    changes: [
      { op: 'putNode', node: counted },
      { op: 'putNode', node: bare },
    ],
  });
  await page.reload();
  const named = (id: string) =>
    contents(page)
      .and(page.locator(`[data-node-id="${id}"]`))
      .getByRole('button');
  await expect(named('stock')).toHaveText('Inventory: 1,700 pcs');
  await expect(named('bare')).toHaveText('(empty inventory)');
});

test('a process box with no arrows is never the bottleneck', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  const process = (id: string, text: string, x: number, cycleTime: number): MapNode => {
    const node = createNode({ id, kind: 'process', text, at: { x, y: 300 }, z: 1 });
    return node.kind === 'process' ? { ...node, process: { cycleTime } } : node;
  };
  const mapId = mapIdFromUrl(page);
  await callApi(page, 'map.applyChanges', {
    mapId,
    changes: [
      { op: 'putNode', node: process('a', 'Register', 100, 40) },
      { op: 'putNode', node: process('b', 'Assess', 400, 90) },
      { op: 'putNode', node: process('lone', 'Archive (not yet connected)', 700, 900) },
      { op: 'putConnector', connector: { id: 'ab', kind: 'push', fromId: 'a', toId: 'b', label: '', originId: null } },
    ],
  });
  await page.goto(`${app.host.url.split('#')[0]}#/workshops/${workshopIdFromUrl(page)}/report?paper=a4`);
  const bottleneck = page.getByRole('table', { name: 'Current state: figures' }).locator('tr[data-metric="bottleneckCycleTime"] td');
  await expect(bottleneck).toHaveText('90 s');
});
