import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { damageDatabaseFile } from '../support/store-fixtures';
import { createWorkshop, expect, test } from './support/fixtures';

const databaseOf = (dataDir: string) => path.join(dataDir, 'workshops.sqlite');

async function workshopTitles(page: Page) {
  return page.getByRole('list', { name: 'Workshops' }).getByRole('listitem').locator('.workshop-card-title').allTextContents();
}

async function addWorkshopAndReturn(page: Page, title: string) {
  await createWorkshop(page, title);
  await page.getByRole('button', { name: '← Workshops' }).click();
  await expect(page.getByRole('heading', { name: 'Workshops' })).toBeVisible();
}

test('a damaged database is moved aside, the newest good backup restored, and the restore undone', async ({ page, app }) => {
  await page.goto(app.host.url);
  await addWorkshopAndReturn(page, 'Order to cash');
  await page.getByRole('button', { name: 'Backups…' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backed up 1 workshop just now.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Close' }).click();
  await addWorkshopAndReturn(page, 'Claims handling');

  let damagedHash = '';
  const host = await app.restart((dataDir) => {
    damageDatabaseFile(databaseOf(dataDir));
    damagedHash = crypto
      .createHash('sha256')
      .update(fs.readFileSync(databaseOf(dataDir)))
      .digest('hex');
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Your workshop database was damaged' })).toBeVisible();
  await expect(page.getByText('moved it aside (it was not deleted)')).toBeVisible();
  const movedTo = await page.locator('dd.file-path').textContent();
  expect(path.dirname(movedTo!)).toBe(host.dataDir);
  expect(crypto.createHash('sha256').update(fs.readFileSync(movedTo!)).digest('hex')).toBe(damagedHash);
  await expect(page.getByText(/2 workshops · When the app was closed/)).toBeVisible();

  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/^Restored the backup from today/)).toBeVisible();
  await expect.poll(() => workshopTitles(page)).toEqual(['Claims handling', 'Order to cash']);

  await page.getByRole('button', { name: 'Backups…' }).click();
  const before = page.getByRole('list', { name: 'Backups' }).getByRole('listitem').filter({ hasText: 'What you had before a restore' });
  await expect(before).toContainText('0 workshops');
  await before.getByRole('button', { name: /Restore the backup from/ }).click();
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('heading', { name: 'No workshops yet' })).toBeVisible();
});

test('a database from a newer version is refused in plain words and left exactly as it was', async ({ page, app }) => {
  await page.goto(app.host.url);
  await addWorkshopAndReturn(page, 'Order to cash');
  let hash = '';
  const host = await app.restart((dataDir) => {
    const db = new Database(databaseOf(dataDir));
    db.pragma('user_version = 99');
    db.close();
    hash = crypto
      .createHash('sha256')
      .update(fs.readFileSync(databaseOf(dataDir)))
      .digest('hex');
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'This database needs a newer version of the app' })).toBeVisible();
  await expect(page.getByText(/written by a newer version of Value Stream Workshop .* the file was not changed/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Workshops' })).toHaveCount(0);
  expect(
    crypto
      .createHash('sha256')
      .update(fs.readFileSync(databaseOf(host.dataDir)))
      .digest('hex'),
  ).toBe(hash);
});
