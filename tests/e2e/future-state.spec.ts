import { comparisonRows } from '../../shared/comparison/format-comparison';
import type { MapDocument } from '../../shared/model/vsm-map';
import { compareMaps } from '../../shared/vsm';
import { arrow, plain, processBox, stock } from '../../shared/vsm/examples/example-builder';
import { callApi, loadMapFromStore, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { clickNode, seedWholeMap } from './support/map-nodes';

test.use({ viewport: { width: 1920, height: 1080 } });

const HOUR = 3_600;
const SETTINGS = { demandPerPeriod: 9_200, demandUnit: 'pcs', workingDaysPerPeriod: 20, workingTimePerDay: 16 * HOUR };

/** Supplier → five steps with a stock between each two → customer, laid out left to right. */
function fiveStepLine() {
  const steps = ['Cut', 'Bend', 'Weld', 'Paint', 'Pack'];
  const nodes = [
    plain('supplier', { id: 'sup', text: 'Steel mill', x: 0, y: 300 }),
    ...steps.flatMap((text, index) => {
      const box = processBox(
        { id: `s${index + 1}`, text, x: 200 + index * 300, y: 300 },
        { cycleTime: 30 + index * 10, operators: 1, uptime: 90, percentCompleteAccurate: 95 },
      );
      return index === 0 ? [box] : [stock('inventory', { id: `i${index}`, text: '', x: 50 + index * 300, y: 310 }, { quantity: 400 * index }), box];
    }),
    plain('customer', { id: 'cus', text: 'Assembly plant', x: 1700, y: 300 }),
  ];
  const chain = ['sup', 's1', 'i1', 's2', 'i2', 's3', 'i3', 's4', 'i4', 's5', 'cus'];
  const connectors = chain.slice(1).map((to, index) => arrow(`f${index + 1}`, 'push', chain[index]!, to));
  return { nodes: nodes.map((node, index) => ({ ...node, z: index + 1 })), connectors };
}

test('derive a future state, merge two steps, remove an inventory, and read the comparison', async ({ page, app }, testInfo) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Brackets');
  const currentId = mapIdFromUrl(page);
  const { nodes, connectors } = fiveStepLine();
  await seedWholeMap(page, nodes, connectors, SETTINGS);
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').filter({ hasText: 'Pack' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Map ▾' }).click();
  await page.getByRole('menuitem', { name: 'Derive a future state…' }).click();
  await page.getByLabel('Name').fill('Next quarter');
  await page.getByRole('button', { name: 'Create future state' }).click();
  await expect(page.getByRole('navigation', { name: 'Maps of this workshop' }).getByRole('button', { name: 'Next quarter' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const futureId = mapIdFromUrl(page);
  expect(futureId).not.toBe(currentId);

  const derived = await loadMapFromStore(page, futureId);
  const idOf = (origin: string) => derived.nodes.find((node) => node.originId === origin)!.id;
  const panel = page.getByRole('tabpanel', { name: 'Future state', exact: true });
  await expect(panel.getByText('Select two or more process steps')).toBeVisible();

  await clickNode(page, idOf('s2'));
  await clickNode(page, idOf('s3'), { shift: true });
  await expect(panel.getByRole('button', { name: 'Merge 2 steps into one' })).toBeVisible();
  const contents = page.getByRole('list', { name: 'Map contents' }).getByRole('listitem');
  await page.keyboard.press('m');
  await expect(contents.filter({ hasText: 'Bend + Weld' })).toHaveCount(1);
  await expect(contents).toHaveCount(nodes.length - 2);
  await page.keyboard.press('Control+z');
  await expect(contents).toHaveCount(nodes.length);
  await expect(contents.filter({ hasText: 'Bend + Weld' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(contents.filter({ hasText: 'Bend + Weld' })).toHaveCount(1);
  await waitUntilSaved(page);

  // Remove the inventory after the merged step: the merged step now feeds the next one directly.
  await clickNode(page, idOf('i3'));
  await page.keyboard.press('Delete');
  await expect(page.getByRole('list', { name: 'Map connectors' }).getByRole('listitem').filter({ hasText: 'Push: Bend + Weld → Paint' })).toHaveCount(
    1,
  );
  await waitUntilSaved(page);

  const current = await loadMapFromStore(page, currentId);
  const future = await loadMapFromStore(page, futureId);
  expect(future.nodes.find((node) => node.id === idOf('s2'))).toMatchObject({ originId: 's2', mergedOriginIds: ['s3'] });
  expect(future.nodes.some((node) => node.originId === 'i3' || node.originId === 'i2')).toBe(false);
  expect(future.connectors.some((connector) => connector.fromId === idOf('s2') && connector.toId === idOf('s4'))).toBe(true);

  await page.getByRole('link', { name: 'Compare' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(10);
  const expected = comparisonRows(compareMaps(current, future), current.map.settings);
  for (const row of expected) {
    const cells = table.locator(`tr[data-metric="${row.key}"]`);
    await expect(cells.locator('th')).toHaveText(row.label);
    await expect(cells.locator('[data-column="before"]')).toHaveText(row.before);
    await expect(cells.locator('[data-column="after"]')).toHaveText(row.after);
    await expect(cells.locator('[data-column="change"]')).toHaveText(row.change);
    await expect(cells.locator('[data-column="change-percent"]')).toHaveText(row.changePercent);
    await expect(cells.locator('[data-column="verdict"]')).toContainText(row.verdictText);
  }
  // Two stocks and a step fewer: the engine must call lead time, steps and inventory better.
  for (const key of ['leadTime', 'stepCount', 'totalInventory', 'handOffs']) {
    await expect(table.locator(`tr[data-metric="${key}"] [data-column="verdict"]`)).toHaveText(/Better/);
  }

  const differences = page.getByRole('list', { name: 'Differences' }).getByRole('listitem');
  await expect(differences.filter({ hasText: 'Merged: Bend + Weld — 2 steps merged into 1: Bend, Weld' })).toHaveCount(1);
  await expect(differences.filter({ hasText: 'Removed inventory' })).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Differences by kind' })).toContainText('2 steps merged into 1');

  await clickNode(page, `mark-${idOf('s2')}`, { name: 'difference-mark' });
  await expect(page.getByRole('tooltip')).toContainText('2 steps merged into 1: Bend, Weld');

  await page.mouse.move(0, 0);
  await page.screenshot({ path: testInfo.outputPath('comparison.png') });

  // Both maps pan together.
  const futureMap = page.getByTestId('future-map');
  const before = await futureMap.getAttribute('data-viewport');
  const box = (await page.getByTestId('current-map').boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height - 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 140, box.y + box.height - 60, { steps: 5 });
  await page.mouse.up();
  await expect(futureMap).not.toHaveAttribute('data-viewport', before ?? '');
});

test('kaizen bursts on the future map become actions in the action plan', async ({ page, app }, testInfo) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Brackets');
  const { nodes, connectors } = fiveStepLine();
  await seedWholeMap(page, nodes, connectors, SETTINGS);
  const workshopId = workshopIdFromUrl(page);
  const currentId = mapIdFromUrl(page);
  const future = await callApi(page, 'map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
  const doc: MapDocument = await loadMapFromStore(page, future.id);
  const paint = doc.nodes.find((node) => node.originId === 's4')!;
  await callApi(page, 'map.applyChanges', {
    mapId: future.id,
    changes: [
      { op: 'putNode', node: { ...plain('kaizen-burst', { id: 'kb', text: 'Paint changeover under 10 min', x: paint.x, y: paint.y - 120 }), z: 99 } },
    ],
  });
  await page.goto(`${app.host.url.split('#')[0]}#/workshops/${workshopId}/maps/${future.id}`);

  const panel = page.getByRole('tabpanel', { name: 'Future state', exact: true });
  await expect(page.getByRole('list', { name: 'Map contents' }).getByRole('listitem').filter({ hasText: 'Paint changeover' })).toHaveCount(1);
  await clickNode(page, 'kb');
  await panel.getByRole('button', { name: 'Make the selected burst an action' }).click();
  const burstEntry = panel.getByRole('list', { name: 'Kaizen bursts' }).getByRole('listitem').filter({ hasText: 'Paint changeover under 10 min' });
  await expect(burstEntry.getByRole('combobox', { name: /Status of/ })).toHaveValue('open');

  await panel.getByRole('tab', { name: /Questions/ }).click();
  await panel.getByLabel('Which single process is the pacemaker?').fill('Paint');
  await panel.getByRole('tab', { name: /Actions/ }).click();
  await panel.getByRole('link', { name: 'Open the action plan' }).click();

  const rows = page.locator('.action-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByLabel('Step it improves')).toHaveValue(paint.id);
  await rows.first().getByLabel('Owner').fill('Kim Larsen');
  await rows.first().getByLabel('Owner').press('Enter');
  await rows.first().getByLabel('Status').selectOption('in-progress');
  await page.getByPlaceholder('What is to be done').fill('Kanban cards for the bend supermarket');
  await page.getByLabel('Owner', { exact: true }).first().fill('Ana');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: /^What/ }).click();
  await expect(rows.nth(0).getByLabel('What')).toHaveValue('Kanban cards for the bend supermarket');
  await page.getByRole('button', { name: /^What/ }).click();
  await expect(rows.nth(0).getByLabel('What')).toHaveValue('Paint changeover under 10 min');

  const saved = await callApi(page, 'action.list', { workshopId });
  expect(saved.map((action) => [action.what, action.owner, action.status, action.kaizenNodeId])).toEqual([
    ['Paint changeover under 10 min', 'Kim Larsen', 'in-progress', 'kb'],
    ['Kanban cards for the bend supermarket', 'Ana', 'open', null],
  ]);
  expect(await callApi(page, 'futureState.getAnswers', { mapId: future.id })).toEqual([
    expect.objectContaining({ question: 'pacemaker', answer: 'Paint' }),
  ]);
  await page.screenshot({ path: testInfo.outputPath('action-plan.png') });

  await rows
    .nth(1)
    .getByRole('button', { name: /Delete the action/ })
    .click();
  await page.getByRole('button', { name: 'Delete action' }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'still to do' })).toHaveText('1 action, 1 still to do');
  expect(await callApi(page, 'action.list', { workshopId })).toHaveLength(1);
});
