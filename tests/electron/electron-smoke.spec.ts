import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppServices } from '../../main/services/app-services';
import { WINDOW_STATE_FILE } from '../../main/desktop/window-state';
import type { Workshop } from '../../shared/model/workshop';
import { serializeWorkshopFile } from '../../shared/workshop-file/write-workshop-file';
import type { WorkshopFile } from '../../shared/workshop-file/workshop-file-schema';
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

  /** A workshop file as the app exports it, written by a store opened in this test process. */
  async function workshopFile(folder: string, title: string): Promise<string> {
    const services = openAppServices(path.join(folder, 'store'), { scheduler: () => () => undefined, log: () => undefined });
    try {
      await services.started;
      const created = await services.dispatch('workshop.create', { title, date: '2026-12-05', facilitator: 'Dana Lee' });
      if (!created.ok) throw new Error(created.error.message);
      const { workshop } = created.value as { workshop: Workshop };
      const exported = await services.dispatch('workshop.exportFile', { id: workshop.id });
      if (!exported.ok) throw new Error(exported.error.message);
      const file = path.join(folder, `${title}.vsw.json`);
      fs.writeFileSync(file, serializeWorkshopFile(exported.value as WorkshopFile));
      return file;
    } finally {
      await services.close();
    }
  }

  test('opens a workshop file named on the command line as a new workshop, under the menu built from the action registry', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-electron-'));
    const files = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-electron-files-'));
    const file = await workshopFile(files, 'Opened by double-click');
    // The menu speaks the system's language: an English one, whatever this machine's.
    const app = await electron.launch({ executablePath: binary!, args: [mainEntry, `--user-data-dir=${userData}`, '--lang=en-US', file] });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('.header-workshop')).toHaveText('Opened by double-click');
      const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
      expect(menus.slice(-5)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
      const edit = await app.evaluate(({ Menu }) =>
        Menu.getApplicationMenu()
          ?.items.find((item) => item.label === 'Edit')
          ?.submenu?.items.map((item) => item.label),
      );
      expect(edit?.slice(0, 2)).toEqual(['Undo', 'Redo']);
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
      fs.rmSync(files, { recursive: true, force: true });
    }
  });

  test('the main window comes back at the size it was closed at', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-electron-'));
    try {
      const first = await electron.launch({ executablePath: binary!, args: [mainEntry, `--user-data-dir=${userData}`] });
      await first.firstWindow();
      await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 40, width: 1000, height: 700 }));
      await first.close();
      const saved = JSON.parse(fs.readFileSync(path.join(userData, WINDOW_STATE_FILE), 'utf8')) as { bounds: { width: number; height: number } };
      expect(saved.bounds).toMatchObject({ width: 1000, height: 700 });
      const second = await electron.launch({ executablePath: binary!, args: [mainEntry, `--user-data-dir=${userData}`] });
      try {
        await second.firstWindow();
        const size = await second.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getSize());
        expect(size).toEqual([1000, 700]);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
