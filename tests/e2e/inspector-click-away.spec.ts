import { contentsItem } from './support/canvas';
import { callApi, mapIdFromUrl } from './support/api-from-page';
import { seedMap } from './support/facilitation';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';
import { clickNode } from './support/map-nodes';

/**
 * The way a room fills in data boxes: type a value, then click the next box on the wall. What
 * was typed is kept for the box it was typed for, as if Enter had been pressed.
 */
test('a value typed in the inspector is saved when the next box on the map is clicked', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  await seedMap(page, [
    { id: 'a', kind: 'process', text: 'Register claim', x: 200, y: 300 },
    { id: 'b', kind: 'process', text: 'Assess claim', x: 500, y: 300 },
  ]);

  await clickNode(page, 'a');
  await page.getByLabel('Changeover (C/O)').fill('7 min');
  await page.getByLabel('Process name').fill('Register the claim');
  await page.getByLabel('Cycle time (C/T)').fill('45 s');
  await clickNode(page, 'b');
  await expect(page.getByLabel('Process name')).toHaveValue('Assess claim');
  await expect(page.getByLabel('Cycle time (C/T)')).toHaveValue('');

  await waitUntilSaved(page);
  await expect(contentsItem(page, 'a')).toContainText('Register the claim');
  const saved = await callApi(page, 'map.load', { mapId: mapIdFromUrl(page) });
  const register = saved.nodes.find((node) => node.id === 'a');
  const assess = saved.nodes.find((node) => node.id === 'b');
  expect(register?.kind === 'process' && register.process).toEqual({ changeoverTime: 420, cycleTime: 45 });
  expect(assess?.kind === 'process' && assess.process).toEqual({});
});
