import { createWorkshop, expect, test } from './support/fixtures';
import { callApi, workshopIdFromUrl } from './support/api-from-page';
import { clickTarget, seedMap } from './support/facilitation';

const ITEMS = [
  { id: 'k1', kind: 'kaizen-burst', text: 'Credit check waits 2 days', x: 200, y: 250 },
  { id: 'k2', kind: 'kaizen-burst', text: 'Rework at packing', x: 450, y: 250 },
] as const;

test('a dot whose answer was lost (stored, then the connection dropped) is sent again by itself and counts once', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Order to delivery');
  await seedMap(page, ITEMS);
  await page.getByRole('tab', { name: 'Vote' }).click();
  await page.getByLabel(/Add people/).fill('Ana Silva');
  await page.getByRole('button', { name: 'Add people' }).click();
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await page.getByRole('button', { name: /Start the round/ }).click();
  await page.getByRole('dialog', { name: 'Hand-over' }).getByRole('button', { name: 'I’m Ana Silva — start my turn' }).click();
  const dotsLeft = page.getByTestId('dots-left');
  await expect(dotsLeft).toHaveText('3 of 3 dots left');

  // The first cast reaches the host and is stored; its answer never reaches the page, as when the host dies before answering.
  const sent: string[] = [];
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postData() ?? '';
    if (!body.includes('"channel":"voting.cast"')) return route.continue();
    sent.push(body);
    if (sent.length > 1) return route.continue();
    await route.fetch();
    return route.abort('connectionreset');
  });
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/api/invoke') && (response.request().postData() ?? '').includes('voting.cast'),
  );
  await clickTarget(page, 'k1');
  await answered;
  expect(sent).toHaveLength(2);
  expect(sent[1]).toBe(sent[0]);
  await expect(dotsLeft).toHaveText('2 of 3 dots left');
  await expect(page.getByRole('region', { name: 'Voting turn' }).getByRole('alert')).toHaveCount(0);
  const sessions = await callApi(page, 'voting.list', { workshopId: workshopIdFromUrl(page) });
  const detail = await callApi(page, 'voting.get', { sessionId: sessions[0]!.id });
  expect(detail.votes.map((vote) => vote.nodeId)).toEqual(['k1']);
});
