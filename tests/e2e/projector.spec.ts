import { createWorkshop, expect, test } from './support/fixtures';
import { callApi, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { dotsDrawn, seedMap } from './support/facilitation';

test.use({ viewport: { width: 1920, height: 1080 } });

test('the projector view follows the facilitator: map, activity, timer and revealed results, readable at 1920x1080', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Order to delivery');
  await seedMap(page, [
    { id: 'p1', kind: 'process', text: 'Order entry', x: 100, y: 100 },
    { id: 'p2', kind: 'process', text: 'Credit check', x: 360, y: 100 },
    { id: 'p3', kind: 'process', text: 'Picking', x: 620, y: 100 },
    { id: 'k1', kind: 'kaizen-burst', text: 'Credit check waits 2 days', x: 360, y: 260 },
    { id: 'k2', kind: 'kaizen-burst', text: 'Rework at packing', x: 620, y: 260 },
    { id: 's1', kind: 'sticky-note', text: 'Orders arrive by fax', x: 100, y: 260 },
  ]);
  const workshopId = workshopIdFromUrl(page);
  const mapId = mapIdFromUrl(page);

  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Projector view' }).click()]);
  await expect(projector.getByRole('main', { name: 'Projector view' })).toBeVisible();
  await expect(projector.locator('.projector-workshop')).toHaveText('Order to delivery');
  await expect(projector.locator('.projector-map-name')).toHaveText('Current state');
  await expect(projector.getByTestId('timer-digits')).toHaveCount(0);

  await page.getByRole('button', { name: 'Use the VSM workshop day' }).click();
  await page.getByRole('button', { name: 'Start: Kick-off ▶' }).click();
  await expect(projector.locator('.projector-activity')).toHaveText('Kick-off');
  await expect(projector.getByTestId('timer-digits')).toHaveText(/^(30:00|29:5\d)$/);

  const people = await callApi(page, 'participant.add', { workshopId, people: [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }, { name: 'Cy Ng' }] });
  const session = await callApi(page, 'voting.create', {
    workshopId,
    mapId,
    setup: {
      title: 'Biggest problems',
      targetKinds: ['kaizen-burst', 'sticky-note'],
      votesPerParticipant: 3,
      maxVotesPerItem: 3,
      visibility: 'secret',
      mode: 'pass-the-laptop',
    },
  });
  const ballots: [number, string][] = [
    [0, 'k1'],
    [0, 'k1'],
    [0, 's1'],
    [1, 'k1'],
    [1, 'k2'],
    [1, 'k2'],
    [2, 'k1'],
    [2, 's1'],
    [2, 'k1'],
  ];
  for (const [person, nodeId] of ballots) {
    await callApi(page, 'voting.cast', { sessionId: session.id, participantId: people[person]!.id, nodeId, writeId: crypto.randomUUID() });
  }
  await expect(projector.getByRole('complementary', { name: 'Results' })).toHaveCount(0);

  await page.reload();
  await page.getByRole('tab', { name: 'Vote' }).click();
  await page.getByRole('button', { name: 'Close and reveal' }).click();
  const ranking = projector.getByRole('list', { name: 'Voting results' }).getByRole('listitem');
  await expect(ranking).toHaveCount(3);
  await expect(ranking.nth(0)).toContainText('Credit check waits 2 days');
  await expect(ranking.nth(1)).toContainText('=2');
  await expect(projector.locator('.projector-stage')).toHaveAttribute('data-view', 'dots');

  await page.getByLabel('Ranking and heat view').click();
  await expect(projector.locator('.projector-stage')).toHaveAttribute('data-view', 'heat');
  await page.getByLabel('Ranking and dots on the items').click();
  await expect(projector.locator('.projector-stage')).toHaveAttribute('data-view', 'dots');
  await expect.poll(() => dotsDrawn(projector)).toBe(ballots.length);
  const shot = testInfo.outputPath('projector-1920x1080.png');
  await projector.screenshot({ path: shot });
  await testInfo.attach('projector at 1920x1080', { path: shot, contentType: 'image/png' });

  await page.getByLabel('Nothing').click();
  await expect(projector.getByRole('complementary', { name: 'Results' })).toHaveCount(0);
});
