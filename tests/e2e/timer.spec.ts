import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './support/fixtures';
import { readTimerMs } from './support/facilitation';

const MINUTE = 60_000;
/** The display rounds up to whole seconds and the test's clock reads bracket each click: a couple of seconds. */
const TOLERANCE_MS = 2_500;
/**
 * How long the app stays closed: well past the tolerance, so a timer that lost the time the app
 * was closed (or kept running while paused) would be caught.
 */
const CLOSED_MS = 2 * TOLERANCE_MS;

function stayClosed(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, CLOSED_MS));
}

async function chimes(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { chimes: number }).chimes);
}

async function openWorkshop(page: Page, url: string, title: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('region', { name: 'Timer' })).toBeVisible();
}

test('a running timer keeps counting from the wall clock across a restart of the app, and a paused one stays put', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Timer check');
  const timer = page.getByRole('region', { name: 'Timer' });

  const startedAt = Date.now();
  await timer.getByRole('button', { name: 'Start a 10-minute timer' }).click();
  await expect(timer).toHaveAttribute('data-timer-state', 'running');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('timer-digits')).toHaveText(/^10:5\d$/);

  const host = await app.restart(stayClosed);
  await openWorkshop(page, host.url, 'Timer check');
  await expect(timer).toHaveAttribute('data-timer-state', 'running');

  const expected = 11 * MINUTE - (Date.now() - startedAt);
  const shown = await readTimerMs(page);
  expect(Math.abs(shown - expected)).toBeLessThanOrEqual(TOLERANCE_MS);

  await page.keyboard.press('t');
  await expect(timer).toHaveAttribute('data-timer-state', 'paused');
  const pausedAt = await readTimerMs(page);
  const again = await app.restart(stayClosed);
  await openWorkshop(page, again.url, 'Timer check');
  await expect(timer).toContainText('Paused');
  expect(Math.abs((await readTimerMs(page)) - pausedAt)).toBeLessThanOrEqual(1000);
});

test('the timebox running out chimes once, turns red and counts overtime', async ({ page, app }) => {
  await page.addInitScript(() => {
    const counter = window as unknown as { chimes: number };
    counter.chimes = 0;
    HTMLMediaElement.prototype.play = function play() {
      counter.chimes += 1;
      return Promise.resolve();
    };
  });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Overtime check');
  const timer = page.getByRole('region', { name: 'Timer' });
  await timer.getByRole('button', { name: 'Start a 5-minute timer' }).click();
  await expect(page.getByTestId('timer-digits')).toHaveText(/^4:5\d|5:00$/);
  for (let minute = 0; minute < 5; minute++) await timer.getByRole('button', { name: 'Remove a minute' }).click();

  await expect(timer).toHaveAttribute('data-timer-state', 'overtime');
  await expect(timer).toContainText('Time’s up');
  await expect(page.getByTestId('timer-digits')).toHaveText(/^\+0:0\d$/);
  await expect.poll(() => chimes(page)).toBe(1);
  // Two more seconds of overtime tick by, and the chime is not repeated.
  const overtime = await readTimerMs(page);
  await expect.poll(() => readTimerMs(page)).toBeLessThanOrEqual(overtime - 2_000);
  expect(await chimes(page)).toBe(1);
});

test('the agenda starts from the VSM day template and records the time each activity really took', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Agenda check');
  await page.getByRole('button', { name: 'Use the VSM workshop day' }).click();
  const agenda = page.getByRole('list', { name: 'Agenda' }).getByRole('listitem');
  await expect(agenda).toHaveCount(8);

  await page.getByRole('button', { name: 'Move Close earlier' }).click();
  await expect(agenda.nth(6)).toContainText('Close');

  const startedAt = Date.now();
  await page.getByRole('button', { name: 'Start: Kick-off ▶' }).click();
  await expect(page.getByRole('region', { name: 'Timer' })).toContainText('Kick-off');
  // At least two seconds have run once the display shows 29:58 or less.
  await expect(page.getByTestId('timer-digits')).toHaveText(/^29:5[0-8]$/);
  await page.getByRole('button', { name: 'Next: Walk the process (gemba) ▶' }).click();
  const ranForSeconds = Math.ceil((Date.now() - startedAt) / 1000);

  await expect(agenda.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(agenda.nth(0)).toContainText(/30\smin planned · 0:\d\d actual/);
  const actual = Number(/· 0:(\d\d) actual/.exec((await agenda.nth(0).textContent()) ?? '')?.[1]);
  expect(actual).toBeGreaterThanOrEqual(2);
  expect(actual).toBeLessThanOrEqual(ranForSeconds);
  await expect(page.getByTestId('timer-digits')).toHaveText(/^(1:00:00|59:5\d)$/);
});
