import { createWorkshop, expect, test } from './support/fixtures';

/**
 * Numbers out of range in the side panel's forms get the app's own message, naming the field
 * and the limit, and nothing is added; not a browser bubble that leaves an older message standing.
 */
test('an activity of 2,000 minutes or 1.5 minutes, or a vote of 50 dots, is refused with a message that says why', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Claims handling');
  const agenda = page.getByRole('tabpanel', { name: 'Agenda' });
  await agenda.getByLabel('Activity', { exact: true }).fill('Retrospective');
  await agenda.getByLabel('Minutes').fill('2000');
  await agenda.getByRole('button', { name: 'Add activity' }).click();
  await expect(agenda.getByRole('alert')).toHaveText(/Minutes must be at most 24 hours/);
  await agenda.getByLabel('Minutes').fill('1.5');
  await agenda.getByRole('button', { name: 'Add activity' }).click();
  await expect(agenda.getByRole('alert')).toHaveText(/Minutes must be a whole number of minutes/);
  await expect(agenda.getByText('Retrospective')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Vote' }).click();
  const vote = page.getByRole('tabpanel', { name: 'Vote' });
  await vote.getByLabel('Dots per person').fill('50');
  await vote.getByRole('button', { name: 'Start the vote' }).click();
  await expect(vote.getByRole('alert')).toHaveText(/Dots per person/);
  await expect(vote.getByRole('button', { name: 'Close and reveal' })).toHaveCount(0);
});
