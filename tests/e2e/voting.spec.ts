import { createWorkshop, expect, test } from './support/fixtures';
import { callApi, workshopIdFromUrl } from './support/api-from-page';
import { clickTarget, dotsDrawn, hasClickTarget, seedMap } from './support/facilitation';

const ITEMS = [
  { id: 'k1', kind: 'kaizen-burst', text: 'Credit check waits 2 days', x: 200, y: 250 },
  { id: 'k2', kind: 'kaizen-burst', text: 'Rework at packing', x: 450, y: 250 },
  { id: 's1', kind: 'sticky-note', text: 'Orders arrive by fax', x: 700, y: 250 },
  { id: 'p1', kind: 'process', text: 'Picking', x: 450, y: 450 },
] as const;

test('three people vote by passing the laptop, each unseen by the next, and the ranking shows the tie', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Order to delivery');
  await seedMap(page, ITEMS);

  await page.getByRole('tab', { name: 'Vote' }).click();
  await page.getByLabel(/Add people/).fill('Ana Silva\nBen Okafor\nCy Ng');
  await page.getByRole('button', { name: 'Add people' }).click();
  await expect(page.getByRole('region', { name: 'Participants' }).getByRole('listitem')).toHaveCount(3);
  await page.getByLabel('Most dots on one item').fill('2');
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await page.getByRole('button', { name: /Start the round/ }).click();

  const handOver = page.getByRole('dialog', { name: 'Hand-over' });
  const dotsLeft = page.getByTestId('dots-left');
  const turn = page.getByRole('region', { name: 'Voting turn' });

  await expect(handOver).toContainText('Pass the laptop to Ana Silva');
  await handOver.getByRole('button', { name: 'I’m Ana Silva — start my turn' }).click();
  await clickTarget(page, 'k1');
  await expect(dotsLeft).toHaveText('2 of 3 dots left');
  await clickTarget(page, 'k1');
  await clickTarget(page, 'k1');
  await expect(turn.getByRole('alert')).toHaveText('Ana Silva already has 2 dots on this item, the most allowed.');
  await clickTarget(page, 's1');
  await expect(dotsLeft).toHaveText('0 of 3 dots left');
  await expect.poll(() => dotsDrawn(page)).toBe(3);
  // The process step is not among the kinds this session votes on: it has no target, the bursts do.
  expect(await hasClickTarget(page, 'p1')).toBe(false);
  expect(await hasClickTarget(page, 'k2')).toBe(true);
  await page.getByRole('button', { name: 'Done — pass the laptop' }).click();

  await expect(handOver).toContainText('Pass the laptop to Ben Okafor');
  await expect.poll(() => dotsDrawn(page)).toBe(0);
  await page.keyboard.press('n');
  await expect(page.locator('ul[aria-label="Map contents"] > li')).toHaveCount(ITEMS.length);
  await handOver.getByRole('button', { name: 'I’m Ben Okafor — start my turn' }).click();
  await expect(dotsLeft).toHaveText('3 of 3 dots left');
  await expect.poll(() => dotsDrawn(page)).toBe(0);
  await clickTarget(page, 'k2');
  await clickTarget(page, 's1');
  await expect(dotsLeft).toHaveText('1 of 3 dots left');
  await clickTarget(page, 's1', { shift: true });
  await expect(dotsLeft).toHaveText('2 of 3 dots left');
  await clickTarget(page, 'k2');
  await clickTarget(page, 'k1');
  await expect(dotsLeft).toHaveText('0 of 3 dots left');
  await page.getByRole('button', { name: 'Done — pass the laptop' }).click();

  await handOver.getByRole('button', { name: 'I’m Cy Ng — start my turn' }).click();
  await expect.poll(() => dotsDrawn(page)).toBe(0);
  await clickTarget(page, 'k1');
  await clickTarget(page, 'k1');
  await clickTarget(page, 's1');
  await expect(dotsLeft).toHaveText('0 of 3 dots left');
  await page.getByRole('button', { name: 'Done — pass the laptop' }).click();

  await expect(handOver).toContainText('Everyone has voted');
  await handOver.getByRole('button', { name: 'Close the vote and reveal the results' }).click();

  // k1: Ana 2 + Ben 1 + Cy 2 = 5; k2: Ben 2; s1: Ana 1 + Cy 1 = 2.
  const results = page.getByRole('list', { name: 'Voting results' }).getByRole('listitem');
  await expect(results).toHaveCount(3);
  await expect(results.nth(0)).toContainText('1Credit check waits 2 days5 dots');
  await expect(results.nth(1)).toContainText('=2Rework at packing2 dotstie');
  await expect(results.nth(2)).toContainText('=2Orders arrive by fax2 dotstie');
  await expect(page.getByText('Results revealed')).toBeVisible();
  await expect.poll(() => dotsDrawn(page)).toBe(9);

  const workshopId = workshopIdFromUrl(page);
  const [session] = await callApi(page, 'voting.list', { workshopId });
  const saved = await callApi(page, 'voting.get', { sessionId: session!.id });
  expect(saved.session.status).toBe('revealed');
  expect(saved.votes).toHaveLength(9);
});
