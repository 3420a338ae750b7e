import type { Page } from '@playwright/test';
import type { DesktopCommand } from '../../shared/desktop/desktop-command';
import { mapIdFromUrl } from './support/api-from-page';
import { contents } from './support/canvas';
import { seedMap } from './support/facilitation';
import { createWorkshop, expect, test, waitUntilSaved } from './support/fixtures';

/**
 * The page's half of the desktop menu, in the browser host with a stand-in for the Electron
 * preload's `vswDesktop` bridge: the test sends what a menu click sends and reads what the page
 * reports back for the menu. (The main process's half is tested with fakes in tests/main/menu.)
 */
type MenuWindow = Window & { menuSend: (command: unknown) => void; menuReports: Array<readonly string[] | null> };

async function installMenuBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const menuWindow = window as unknown as MenuWindow & { vswDesktop: unknown };
    const waiting: unknown[] = [];
    let listener: ((command: unknown) => void) | null = null;
    menuWindow.menuReports = [];
    menuWindow.menuSend = (command) => (listener ? listener(command) : waiting.push(command));
    menuWindow.vswDesktop = {
      onCommand(next: (command: unknown) => void) {
        listener = next;
        for (const command of waiting.splice(0)) next(command);
        return () => undefined;
      },
      reportMenuState: (available: readonly string[] | null) => menuWindow.menuReports.push(available),
    };
  });
}

const send = (page: Page, command: DesktopCommand | Record<string, unknown>) =>
  page.evaluate((sent) => (window as unknown as MenuWindow).menuSend(sent), command);

const lastReport = (page: Page) => page.evaluate(() => (window as unknown as MenuWindow).menuReports.at(-1));

test("Edit ▸ Undo is the map's undo, and the menu learns what the map can do now", async ({ page, app }) => {
  await installMenuBridge(page);
  await page.goto(app.host.url);
  await createWorkshop(page, 'Menu line');
  await seedMap(page, [{ id: 'n1', kind: 'sticky-note', text: 'Kept through undo', x: 300, y: 300 }]);

  expect(await lastReport(page)).not.toContain('undo');
  await send(page, { type: 'run-action', actionId: 'select-all' });
  await expect(contents(page).getByRole('button', { pressed: true })).toHaveCount(1);
  expect(await lastReport(page)).toContain('delete');

  await send(page, { type: 'run-action', actionId: 'delete' });
  await expect(contents(page)).toHaveCount(0);
  await expect.poll(() => lastReport(page)).toContain('undo');

  await send(page, { type: 'run-action', actionId: 'undo' });
  await expect(contents(page)).toHaveCount(1);
  await expect.poll(() => lastReport(page)).toContain('redo');
  await waitUntilSaved(page);

  // Something that is not a command changes nothing.
  await send(page, { type: 'run-action', actionId: 'format-disk' });
  await send(page, { type: 'delete-everything' });
  await expect(contents(page)).toHaveCount(1);
});

test('While a field has the focus, Edit ▸ Select all selects its text, not the map', async ({ page, app }) => {
  await installMenuBridge(page);
  await page.goto(app.host.url);
  await createWorkshop(page, 'Field focus');
  await seedMap(page, [{ id: 'n1', kind: 'sticky-note', text: 'A note', x: 300, y: 300 }]);
  const field = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
  await field.fill('some words');
  await field.focus();
  await send(page, { type: 'run-action', actionId: 'select-all' });
  await expect(contents(page).getByRole('button', { pressed: true })).toHaveCount(0);
  expect(
    await field.evaluate((input: HTMLInputElement | HTMLTextAreaElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)),
  ).toBe('some words');
});

test('File ▸ New workshop from a map opens the new-workshop form; a workshop opened from a file is shown', async ({ page, app }) => {
  await installMenuBridge(page);
  await page.goto(app.host.url);
  await createWorkshop(page, 'First workshop');
  const firstMap = mapIdFromUrl(page);
  const workshopId = decodeURIComponent(/#\/workshops\/([^/]+)\//.exec(new URL(page.url()).hash)![1]!);

  await send(page, { type: 'new-workshop' });
  await expect(page.getByLabel('Title')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create workshop' })).toBeVisible();
  // Away from a map, Edit ▸ Select all still reaches the focused field (on macOS the menu, not the page, gets Cmd+A).
  await page.getByLabel('Title').fill('Second workshop');
  await send(page, { type: 'run-action', actionId: 'select-all' });
  expect(
    await page.getByLabel('Title').evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0)),
  ).toBe('Second workshop');
  await page.keyboard.press('Escape');
  await expect.poll(() => lastReport(page)).toBeNull();

  await send(page, { type: 'open-map', workshopId, mapId: firstMap });
  await expect(page.locator('.header-workshop')).toHaveText('First workshop');
  await expect(page.getByTestId('map-canvas')).toBeVisible();
});
