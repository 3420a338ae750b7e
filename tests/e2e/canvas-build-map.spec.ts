import { computeMetrics } from '../../shared/vsm';
import { formatTotals } from '../../renderer/map/timeline/timeline-format';
import { loadMapFromStore, mapIdFromUrl } from './support/api-from-page';
import { connectorItems, contents, contentsItem, dragBetween, nodeCentre, nodeIdByText } from './support/canvas';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';

const STEPS = [
  { name: 'Stamping', cycle: '1 s', changeover: '1 h', uptime: '85' },
  { name: 'Weld 1', cycle: '39 s', changeover: '10 min', uptime: '100' },
  { name: 'Weld 2', cycle: '46 s', changeover: '10 min', uptime: '80' },
  { name: 'Assembly 1', cycle: '62 s', changeover: '0', uptime: '100' },
  { name: 'Assembly 2', cycle: '40', changeover: '0', uptime: '100 %' },
];
const STOCKS = ['4,600', '1100', '1600', '1200'];

test('a five-step current-state map built through the UI shows the engine’s totals and survives undo, redo and a restart', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Brackets');
  const mapId = mapIdFromUrl(page);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const enter = async (label: string, value: string) => {
    await inspector.getByLabel(label, { exact: true }).fill(value);
    await inspector.getByLabel(label, { exact: true }).press('Enter');
  };

  // With nothing selected, the inspector holds the map's settings.
  await enter('Customer demand per period', '18,400');
  await enter('Unit of demand', 'pcs');
  await enter('Working days per period', '20');
  await enter('Available working time per day', '15 h 20 min');
  await expect(inspector.getByText('60 s')).toBeVisible();

  // Each step from the palette, named in place, its data box filled in the inspector; an
  // inventory triangle from the palette after each but the last.
  for (const [index, step] of STEPS.entries()) {
    await page.getByRole('button', { name: 'Add process', exact: true }).click();
    await page.keyboard.type(step.name);
    await page.keyboard.press('Escape');
    await expect(inspector.getByLabel('Process name')).toHaveValue(step.name);
    await enter('Cycle time (C/T)', step.cycle);
    await enter('Changeover (C/O)', step.changeover);
    await enter('Uptime', step.uptime);
    const stock = STOCKS[index];
    if (stock) {
      await page.getByRole('button', { name: 'Add inventory', exact: true }).click();
      await enter('Quantity', stock);
      await enter('Unit', 'pcs');
    }
  }
  await expect(contents(page)).toHaveCount(9);

  // Connect them in flow order with the connect tool, dragging from each node to the next.
  await page.keyboard.press('Shift+1');
  await page.getByRole('button', { name: 'Push arrow' }).click();
  const ids = await contents(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-node-id')!));
  for (let index = 1; index < ids.length; index++) {
    await dragBetween(page, await nodeCentre(page, ids[index - 1]!), await nodeCentre(page, ids[index]!));
  }
  await page.keyboard.press('Escape');
  await expect(connectorItems(page)).toHaveCount(8);
  await expect(connectorItems(page).first()).toHaveAttribute('data-kind', 'push');

  // The totals under the map are the engine's figures for the map as saved.
  await waitUntilSaved(page);
  const saved = await loadMapFromStore(page, mapId);
  const metrics = computeMetrics(saved);
  expect(metrics.processTime).toBe(1 + 39 + 46 + 62 + 40);
  expect(metrics.criticalPath).toHaveLength(9);
  const totals = formatTotals(metrics, saved.map.settings);
  await expect(page.locator('[data-metric="lead-time"]')).toHaveText(totals.leadTime);
  await expect(page.locator('[data-metric="process-time"]')).toHaveText(totals.processTime);
  await expect(page.locator('[data-metric="activity-ratio"]')).toHaveText(totals.activityRatio);
  await expect(page.locator('[data-metric="takt-time"]')).toHaveText('60 s');
  await expect(page.getByRole('list', { name: 'Lead-time ladder' }).getByRole('listitem')).toHaveCount(9);

  // Move a step (Alt: no snapping), undo the move, redo it.
  const weld = await nodeIdByText(page, 'Weld 1');
  const before = saved.nodes.find((node) => node.id === weld)!;
  await page.keyboard.down('Alt');
  const from = await nodeCentre(page, weld);
  await dragBetween(page, from, { x: from.x, y: from.y + 120 });
  await page.keyboard.up('Alt');
  const item = contentsItem(page, weld);
  await expect(item).not.toHaveAttribute('data-y', String(before.y));
  const movedY = Number(await item.getAttribute('data-y'));
  expect(movedY).toBeGreaterThan(before.y);
  await page.keyboard.press('Control+z');
  await expect(item).toHaveAttribute('data-y', String(before.y));
  await page.keyboard.press('Control+Shift+z');
  await expect(item).toHaveAttribute('data-y', String(movedY));
  await waitUntilSaved(page);
  const final = await loadMapFromStore(page, mapId);
  expect(final.nodes.find((node) => node.id === weld)!.y).toBe(movedY);

  // Close and reopen the app: the map is exactly as saved.
  const host = await app.restart();
  await page.goto(host.url);
  await page.getByRole('button', { name: /Brackets/ }).click();
  await expect(contents(page)).toHaveCount(9);
  expect(await loadMapFromStore(page, mapId)).toEqual(final);
  await expect(page.locator('[data-metric="lead-time"]')).toHaveText(formatTotals(computeMetrics(final), final.map.settings).leadTime);
});
