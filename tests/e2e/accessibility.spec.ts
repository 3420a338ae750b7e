import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { damageDatabaseFile } from '../support/store-fixtures';
import { callApi, mapIdFromUrl, workshopIdFromUrl } from './support/api-from-page';
import { clickTarget, seedMap } from './support/facilitation';
import { expect, test } from './support/fixtures';
import { LAPTOP, openAcmeMap } from './support/laptop';

/**
 * Every screen of a workshop day passes an axe-core audit (WCAG 2.x A and AA rules and axe's best
 * practices) at 1366×768 with no serious or critical violation: the workshop list, the map with
 * each tab of the facilitation panel, a voting turn and its hand-over, the comparison, the action
 * plan, the report preview, the recovery screen and the projector. axe-core runs in the page; it
 * downloads nothing. A failure names each rule, its impact and the elements that break it.
 */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  expect(serious, `axe on ${screen}`).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(LAPTOP);
});

test('the workshop list, the New workshop dialog and the map with each facilitation tab pass axe', async ({ page, app }) => {
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the empty workshop list');
  await page.getByRole('button', { name: '+ New workshop' }).first().click();
  await expectNoSeriousViolations(page, 'the New workshop dialog');
  await page.getByLabel('Title').fill('Acme stamping');
  await page.getByLabel(/Participants/).fill('Ana Silva, Ben Okafor');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await expectNoSeriousViolations(page, 'an empty map with its start panel');
  await openAcmeMap(page);
  await expectNoSeriousViolations(page, 'the map with the agenda');
  await page.getByRole('button', { name: 'Start a 10-minute timer' }).click();
  for (const tab of ['Vote', /Parking lot/]) {
    await page.getByRole('tab', { name: tab }).click();
    await expectNoSeriousViolations(page, `the map with the ${String(tab)} tab`);
  }
  await page.getByRole('button', { name: '← Workshops' }).click();
  await expect(page.getByRole('list', { name: 'Workshops' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the workshop list');
});

test('a voting turn, its hand-over, and the revealed results pass axe', async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '+ New workshop' }).first().click();
  await page.getByLabel('Title').fill('Acme stamping');
  await page.getByLabel(/Participants/).fill('Ana Silva, Ben Okafor');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  await seedMap(page, [
    { id: 'k1', kind: 'kaizen-burst', text: 'Changeover takes an hour', x: 200, y: 250 },
    { id: 'k2', kind: 'kaizen-burst', text: 'Coils wait five days', x: 600, y: 250 },
  ]);
  await page.getByRole('tab', { name: 'Vote' }).click();
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await expectNoSeriousViolations(page, 'an open vote in the panel');
  await page.getByRole('button', { name: /Start the round/ }).click();
  const handOver = page.getByRole('dialog', { name: 'Hand-over' });
  await expect(handOver).toBeVisible();
  await expectNoSeriousViolations(page, 'the hand-over screen');
  await handOver.getByRole('button', { name: 'I’m Ana Silva — start my turn' }).click();
  await expect(page.getByRole('region', { name: 'Voting turn' })).toBeVisible();
  await clickTarget(page, 'k1');
  await expect(page.getByTestId('dots-left')).toHaveText('2 of 3 dots left');
  await expectNoSeriousViolations(page, 'a voting turn');
  await page.getByRole('button', { name: 'Done — pass the laptop' }).click();
  await handOver.getByRole('button', { name: 'I’m Ben Okafor — start my turn' }).click();
  await page.getByRole('button', { name: 'Done — pass the laptop' }).click();
  await handOver.getByRole('button', { name: 'Close the vote and reveal the results' }).click();
  await expect(page.getByRole('list', { name: 'Voting results' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the revealed results');
});

test('the future state, the comparison, the action plan and the report preview pass axe', async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '+ New workshop' }).first().click();
  await page.getByLabel('Title').fill('Acme stamping');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await openAcmeMap(page);
  const workshopId = workshopIdFromUrl(page);
  const currentId = mapIdFromUrl(page);
  const future = await callApi(page, 'map.deriveFutureState', { sourceMapId: currentId, name: 'Next quarter' });
  await callApi(page, 'action.create', {
    mapId: future.id,
    what: 'Cut the stamping changeover to ten minutes',
    kaizenNodeId: null,
    stepNodeId: null,
  });
  const base = app.host.url.split('#')[0];
  await page.goto(`${base}#/workshops/${workshopId}/maps/${future.id}`);
  await expect(page.getByRole('tab', { name: 'Future state' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the future-state map and its panel');
  await page.goto(`${base}#/workshops/${workshopId}/compare/${currentId}/${future.id}`);
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page, 'the comparison');
  await page.goto(`${base}#/workshops/${workshopId}/maps/${future.id}/actions`);
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page, 'the action plan');
  await page.goto(`${base}#/workshops/${workshopId}/report?paper=a4`);
  await expect(page.getByRole('table', { name: 'Current state: figures' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the report preview');
});

test('the projector view passes axe', async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '+ New workshop' }).first().click();
  await page.getByLabel('Title').fill('Acme stamping');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await openAcmeMap(page);
  await page.getByRole('button', { name: 'Start a 10-minute timer' }).click();
  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Projector view' }).click()]);
  await projector.setViewportSize(LAPTOP);
  await expect(projector.getByRole('main', { name: 'Projector view' })).toBeVisible();
  await expect(projector.getByTestId('timer-digits')).toBeVisible();
  await expectNoSeriousViolations(projector, 'the projector');
});

test('the recovery screen after a damaged database passes axe', async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '+ New workshop' }).first().click();
  await page.getByLabel('Title').fill('Acme stamping');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByTestId('map-canvas')).toBeVisible();
  const host = await app.restart((dataDir) => damageDatabaseFile(path.join(dataDir, 'workshops.sqlite')));
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Your workshop database was damaged' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the recovery screen');
});
