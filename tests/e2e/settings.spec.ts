import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './support/api-from-page';
import { createWorkshop, expect, test } from './support/fixtures';
import { LAPTOP } from './support/laptop';

/**
 * Issue 18: Settings, on a laptop at 1366×768 whose browser speaks American English. The
 * facilitator opens Settings from the workshop list, switches the app to German and sees it in
 * German at once, in this window and in a second one on the same app; chooses British figures
 * under German words; goes back to the system's. Ctrl+, opens Settings on a map too, and so does
 * the desktop menu's Settings…. Screenshots are kept in test-results/.
 */
test.use({ viewport: LAPTOP, locale: 'en-US' });

const sample = (page: Page) => page.locator('.settings-sample');

test('Settings switches the app to German and back, at once in every window, and keeps the choice', async ({ page, context, app }, testInfo) => {
  await page.goto(app.host.url);
  const other = await context.newPage();
  await other.goto(app.host.url);
  await expect(other.getByRole('button', { name: '+ New workshop' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());
  await expect(sample(page)).toHaveText(`For example: 1,700 pcs · 0.4 d · ${date}`);
  await expect(dialog.getByText(app.host.dataDir)).toBeVisible();
  // A browser tab cannot open a folder on the computer: only the desktop app offers it.
  await expect(dialog.getByRole('button', { name: 'Open the data folder' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('1-settings-english.png') });
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(
    axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id),
  ).toEqual([]);

  await dialog.getByLabel('Language').selectOption('de');
  const german = page.getByRole('dialog', { name: 'Einstellungen' });
  await expect(german).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const germanDate = new Intl.DateTimeFormat('de', { dateStyle: 'long' }).format(new Date());
  await expect(sample(page)).toHaveText(`Zum Beispiel: 1.700 Stk. · 0,4 d · ${germanDate}`);
  await page.screenshot({ path: testInfo.outputPath('2-settings-german.png') });
  // The other window follows without a reload.
  await expect(other.getByRole('button', { name: '+ Neuer Workshop' }).first()).toBeVisible();
  await expect(other.getByRole('button', { name: 'Einstellungen …' })).toBeVisible();

  await german.getByLabel('Zahlen und Daten').selectOption('en-GB');
  await expect(sample(page)).toContainText('1,700 Stk. · 0.4 d');
  await expect(german).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: '+ Neuer Workshop' }).first()).toBeVisible();
  await page.keyboard.press('Control+Comma');
  await expect(german).toBeVisible();
  await expect(sample(page)).toContainText('1,700 Stk.');
  await page.screenshot({ path: testInfo.outputPath('3-settings-german-british-figures.png') });

  await german.getByLabel('Zahlen und Daten').selectOption('');
  await german.getByLabel('Sprache').selectOption('');
  await expect(dialog).toBeVisible();
  await expect(sample(page)).toHaveText(`For example: 1,700 pcs · 0.4 d · ${date}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(other.getByRole('button', { name: '+ New workshop' }).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('a bad language or locale is refused at the API and changes nothing', async ({ page, app }) => {
  await page.goto(app.host.url);
  await expect(page.getByRole('button', { name: 'Settings…' })).toBeVisible();
  const refused = await page.evaluate(async () => {
    const token = sessionStorage.getItem('vsw.token');
    const post = (channel: string, input: unknown) =>
      fetch('./api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ channel, input }),
      }).then((response) => response.json() as Promise<{ ok: boolean; error?: { code: string } }>);
    return [await post('settings.setLanguage', { language: 'klingon' }), await post('settings.setLocale', { locale: '<script>' })];
  });
  expect(refused.map((result) => result.error?.code)).toEqual(['invalid-input', 'invalid-input']);
  expect(await callApi(page, 'settings.get', {})).toMatchObject({ language: null, locale: null });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Ctrl+, opens Settings on a map, and so does the desktop menu’s Settings…', async ({ page, app }) => {
  await page.addInitScript(() => {
    const menuWindow = window as unknown as { vswDesktop: unknown; menuSend: (command: unknown) => void };
    let listener: ((command: unknown) => void) | null = null;
    menuWindow.menuSend = (command) => listener?.(command);
    menuWindow.vswDesktop = {
      onCommand(next: (command: unknown) => void) {
        listener = next;
        return () => undefined;
      },
      reportMenuState: () => undefined,
    };
  });
  await page.goto(app.host.url);
  await createWorkshop(page, 'Pump line kaizen');
  await page.getByTestId('map-canvas').click();
  await page.keyboard.press('Control+Comma');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { menuSend: (command: unknown) => void }).menuSend({ type: 'settings' }));
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('4-settings-over-a-map.png') });
});

test('the projector follows the language chosen on the laptop, and never shows Settings to the room', async ({ page, app }) => {
  await page.goto(app.host.url);
  await createWorkshop(page, 'Order to delivery');
  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Projector view' }).click()]);
  await expect(projector.getByRole('main', { name: 'Projector view' })).toBeVisible();
  await projector.keyboard.press('Control+Comma');
  await expect(projector.getByRole('dialog')).toHaveCount(0);

  await page.keyboard.press('Control+Comma');
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Language').selectOption('de');
  await expect(projector.locator('html')).toHaveAttribute('lang', 'de');
  await expect(projector.getByRole('dialog')).toHaveCount(0);
});
