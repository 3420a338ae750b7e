import type { Page } from '@playwright/test';
import { clickTarget, seedMap } from './support/facilitation';
import { expect, test } from './support/fixtures';
import { LAPTOP, overlap } from './support/laptop';

/**
 * A pass-the-laptop vote on a 1366×768 laptop: the turn's banner is one compact row in a strip of
 * its own, never over the map, showing one message at a time; the dots read at zoom to fit.
 * The people were named when the workshop was made, in the New workshop dialog.
 */
const ITEMS = [
  { id: 'k1', kind: 'kaizen-burst', text: 'Changeover takes an hour', x: 200, y: 250 },
  { id: 'k2', kind: 'kaizen-burst', text: 'Coils wait five days', x: 1_300, y: 250 },
  { id: 'k3', kind: 'kaizen-burst', text: 'Weekly schedule is ignored', x: 2_400, y: 250 },
  { id: 'p1', kind: 'process', text: 'Stamping', x: 1_300, y: 700 },
] as const;

async function dotScreenDiameters(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    type Circle = { radius: () => number; getAbsoluteScale: () => { x: number } };
    const stages = (window as unknown as { Konva: { stages: Array<{ find: (selector: string) => Circle[] }> } }).Konva.stages;
    return stages.flatMap((stage) => stage.find('.vote-dot')).map((dot) => 2 * dot.radius() * dot.getAbsoluteScale().x);
  });
}

test('a voting turn at 1366×768: one compact row above the map, one message at a time, dots legible at fit', async ({ page, app }, testInfo) => {
  await page.setViewportSize(LAPTOP);
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '+ New workshop' }).first().click();
  await page.getByLabel('Title').fill('Acme stamping');
  await page.getByLabel('Facilitator').fill('Dana Lee');
  await page.getByLabel(/Participants/).fill('Ana Silva\nBen Okafor, Cy Ng');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await seedMap(page, ITEMS);

  await page.getByRole('tab', { name: 'Vote' }).click();
  const people = page.getByRole('region', { name: 'Participants' }).getByRole('listitem');
  await expect(people).toHaveText([/Ana Silva/, /Ben Okafor/, /Cy Ng/]);
  await page.getByLabel('Most dots on one item').fill('2');
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await page.getByRole('button', { name: /Start the round/ }).click();
  const handOver = page.getByRole('dialog', { name: 'Hand-over' });
  await handOver.getByRole('button', { name: 'I’m Ana Silva — start my turn' }).click();
  await page.getByRole('button', { name: 'Done — pass the laptop' }).click();
  await handOver.getByRole('button', { name: 'I’m Ben Okafor — start my turn' }).click();

  const turn = page.getByRole('region', { name: 'Voting turn' });
  const wall = page.getByTestId('map-canvas');
  await expect(turn).toBeVisible();
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  expect(await overlap(turn, wall)).toBe(false);
  const banner = (await turn.boundingBox())!;
  expect(banner.height).toBeLessThanOrEqual(60);
  const name = (await turn.getByText('Ben Okafor is voting').boundingBox())!;
  expect(name.height, 'the voter’s name on one line').toBeLessThan(32);

  await clickTarget(page, 'k1');
  await clickTarget(page, 'k1');
  await clickTarget(page, 'k1');
  await expect(turn.getByRole('alert')).toHaveText('Ben Okafor already has 2 dots on this item, the most allowed.');
  await clickTarget(page, 'k1');
  await expect(turn.getByRole('alert')).toHaveCount(1);
  const refusal = turn.getByRole('alert');
  expect(await refusal.evaluate((element) => element.scrollHeight <= element.clientHeight), 'the refusal is shown whole').toBe(true);
  expect((await turn.boundingBox())!.height).toBe(banner.height);
  await expect(page.getByTestId('dots-left')).toHaveText('1 of 3 dots left');
  await page.screenshot({ path: testInfo.outputPath('voting-turn-1366.png') });

  const dots = await dotScreenDiameters(page);
  expect(dots).toHaveLength(2);
  for (const diameter of dots) expect(diameter).toBeGreaterThanOrEqual(16);
});
