import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { mapIdFromUrl } from './support/api-from-page';
import { makeDataDir, startHostProcess, type RunningHost } from './support/browser-host-process';
import { createWorkshop, waitUntilSaved } from './support/fixtures';
import { invokeHost } from './support/host-api';

/** Each test drives its own host, killed and started again on one data folder. */
const test = base.extend<{ dataDir: string }>({
  dataDir: async ({}, use) => {
    const dataDir = makeDataDir();
    await use(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

test.use({ viewport: { width: 1366, height: 768 } });

async function addNote(page: Page, text: string): Promise<void> {
  await page.keyboard.press('n');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
}

async function notesOnDisk(host: RunningHost, mapId: string): Promise<string[]> {
  return (await invokeHost(host, 'map.load', { mapId })).nodes.map((node) => node.text).sort();
}

type HeaderWidths = { title: number; status: number; tabs: number; height: number };

/** How much room the header gives the workshop's title, the map tabs and the save status. */
async function headerWidths(page: Page): Promise<HeaderWidths> {
  const width = async (selector: string) => (await page.locator(selector).boundingBox())!.width;
  return {
    title: await width('.header-title'),
    status: await width('.save-indicator'),
    tabs: await width('.app-header .map-switcher'),
    height: (await page.locator('.app-header').boundingBox())!.height,
  };
}

test('after the host is killed and started again on the folder, the open tab carries on and saves what was edited meanwhile', async ({
  page,
  dataDir,
}) => {
  let host = await startHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await createWorkshop(page, 'Order to cash at the Hamburg plant');
    const mapId = mapIdFromUrl(page);
    await addNote(page, 'Before the crash');
    await waitUntilSaved(page);
    const whileSaved = await headerWidths(page);

    await host.kill();
    await addNote(page, 'While the host was down');
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('data-save-state', 'offline');
    await expect(status).toHaveText('Offline · edits kept');
    await expect(status).toHaveAttribute('title', /edits are kept in this tab and sent as soon as it is back/);
    const whileDown = await headerWidths(page);
    expect(whileDown.title).toBeGreaterThanOrEqual(whileSaved.title - 24);
    expect(whileDown.tabs).toBe(whileSaved.tabs);
    expect(whileDown.height).toBe(whileSaved.height);
    fs.mkdirSync('/tmp/recovery', { recursive: true });
    await page.screenshot({ path: '/tmp/recovery/host-down-1366.png' });

    host = await startHostProcess(dataDir);
    await expect(status).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
    expect(mapIdFromUrl(page)).toBe(mapId);
    expect(await notesOnDisk(host, mapId)).toEqual(['Before the crash', 'While the host was down']);
    await addNote(page, 'After the restart');
    await waitUntilSaved(page);
    expect(await notesOnDisk(host, mapId)).toEqual(['After the restart', 'Before the crash', 'While the host was down']);
  } finally {
    await host.stop();
  }
});

test('a host that comes back with a new token is followed when its new address is pasted into the same tab', async ({ page, dataDir }) => {
  let host = await startHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await createWorkshop(page, 'Claims handling');
    const mapId = mapIdFromUrl(page);
    const port = Number(new URL(host.url).port);
    await host.kill();
    fs.rmSync(path.join(dataDir, 'browser-host.json'));
    await addNote(page, 'Typed while the host was down');
    await expect(page.getByRole('status')).toHaveAttribute('data-save-state', 'offline');

    host = await startHostProcess(dataDir, { port });
    await expect(page.getByRole('status')).toHaveAttribute('title', /access token/);
    await page.goto(host.url);
    await expect(page.getByRole('status')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
    expect(mapIdFromUrl(page)).toBe(mapId);
    expect(await notesOnDisk(host, mapId)).toEqual(['Typed while the host was down']);
  } finally {
    await host.stop();
  }
});
