import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import { makeDataDir, startHostProcess, type RunningHost } from './browser-host-process';

type HostControl = {
  host: RunningHost;
  /**
   * Stops the host and starts it again on the same data folder, as a user closing and reopening
   * the app; `whileStopped` runs in between (to damage or replace the database, say).
   */
  restart: (whileStopped?: (dataDir: string) => void | Promise<void>) => Promise<RunningHost>;
};

export const test = base.extend<{ app: HostControl }>({
  app: async ({}, use) => {
    const dataDir = makeDataDir();
    let host = await startHostProcess(dataDir);
    const control: HostControl = {
      get host() {
        return host;
      },
      restart: async (whileStopped) => {
        await host.stop();
        await whileStopped?.(dataDir);
        host = await startHostProcess(dataDir);
        return host;
      },
    };
    await use(control);
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

export async function createWorkshop(page: Page, title: string, facilitator = 'Dana Lee'): Promise<void> {
  await page.getByRole('button', { name: '+ New workshop' }).first().click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Facilitator').fill(facilitator);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.locator('.header-workshop')).toHaveText(title);
  // The map is open, and its keys work, once its canvas is there.
  await expect(page.getByTestId('map-canvas')).toBeVisible();
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveAttribute('data-save-state', 'saved');
}
