import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
const mainEntry = path.resolve(import.meta.dirname, '../../build/main/electron-main.js');

test.describe('the Electron shell', () => {
  test.skip(!binary, 'SKIPPED: no Electron binary on this machine (it cannot be downloaded here); the Electron smoke test did not run.');

  test('starts, shows the workshop list, and creates a workshop through the preload API', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [mainEntry, `--user-data-dir=${userData}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toMatch(/^app:\/\/vsw\//);
      await expect(window.getByRole('heading', { name: 'Workshops' })).toBeVisible();
      const isolated = await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require);
      expect(isolated).toBe('undefined');
      await window.getByRole('button', { name: '+ New workshop' }).first().click();
      await window.getByLabel('Title').fill('Electron smoke');
      await window.getByRole('button', { name: 'Create workshop' }).click();
      await expect(window.locator('.header-workshop')).toHaveText('Electron smoke');
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
