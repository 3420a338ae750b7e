import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test as base, expect } from '@playwright/test';
import { makeDataDir, startHostProcess } from './support/browser-host-process';
import { invokeHost } from './support/host-api';

/** Each test drives its own host on a data folder it sets up (read-only, locked) between runs. */
const test = base.extend<{ dataDir: string }>({
  dataDir: async ({}, use) => {
    const dataDir = makeDataDir();
    await use(dataDir);
    fs.chmodSync(dataDir, 0o700);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

test.use({ viewport: { width: 1366, height: 768 } });

async function seedWorkshop(dataDir: string, title: string): Promise<void> {
  const host = await startHostProcess(dataDir);
  const { maps } = await invokeHost(host, 'workshop.create', { title, date: '2026-11-25', facilitator: 'Dana Lee' });
  const note = {
    id: 'n1',
    kind: 'sticky-note',
    x: 200,
    y: 200,
    width: 160,
    height: 120,
    z: 1,
    text: 'Orders wait for approval',
    color: 'yellow',
    originId: null,
  } as const;
  await invokeHost(host, 'map.applyChanges', { mapId: maps[0]!.id, changes: [{ op: 'putNode', node: note }] });
  await host.stop();
}

function makeReadOnly(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isDirectory()) makeReadOnly(file);
    else fs.chmodSync(file, 0o444);
  }
  fs.chmodSync(dir, 0o555);
}

test('a database that can only be read opens for reading, says so, and offers no edit', async ({ page, dataDir }) => {
  await seedWorkshop(dataDir, 'Order to cash');
  makeReadOnly(dataDir);
  const host = await startHostProcess(dataDir, { asOtherUser: true });
  try {
    await page.goto(host.url);
    await expect(page.getByRole('status', { name: 'Read-only' })).toContainText('can only be read here');
    await page.getByText('Order to cash').first().click();
    await expect(page.getByTestId('map-canvas')).toBeVisible();
    await expect(page.getByText('Orders wait for approval').first()).toBeAttached();
    await page.keyboard.press('n');
    await page.keyboard.type('Should not be added');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
    await expect(page.getByText('so this was not saved')).toHaveCount(0);
    await expect(page.getByText('Read-only: nothing here can be changed')).toBeVisible();
    await expect(page.getByRole('tabpanel', { name: 'Agenda' }).getByRole('button', { name: /Use the VSM workshop day/ })).toBeDisabled();
    await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox').first()).toBeDisabled();
    fs.mkdirSync('/tmp/recovery', { recursive: true });
    await page.screenshot({ path: '/tmp/recovery/read-only-1366.png' });
    const [workshop] = await invokeHost(host, 'workshop.list', {});
    const { maps } = await invokeHost(host, 'workshop.get', { id: workshop!.id });
    expect((await invokeHost(host, 'map.load', { mapId: maps[0]!.id })).nodes.map((node) => node.text)).toEqual(['Orders wait for approval']);
  } finally {
    await host.stop();
  }
});

test('a database another program holds locked is left alone, and opens when the user tries again after it is released', async ({ page, dataDir }) => {
  await seedWorkshop(dataDir, 'Claims handling');
  const holder = new Database(path.join(dataDir, 'workshops.sqlite'));
  holder.pragma('locking_mode = EXCLUSIVE');
  holder.exec('BEGIN EXCLUSIVE');
  const host = await startHostProcess(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Another program is using your workshop database' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('The file is intact and was not changed')).toBeVisible();
    await page.screenshot({ path: '/tmp/recovery/locked-1366.png' });
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
    holder.exec('COMMIT');
    holder.close();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Claims handling')).toBeVisible();
  } finally {
    if (holder.open) holder.close();
    await host.stop();
  }
});
