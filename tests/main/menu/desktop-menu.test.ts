import { describe, expect, it } from 'vitest';
import { mainProcessApi } from '../../../main/desktop/main-process-api';
import type { BoundMenuEntry } from '../../../main/menu/bind-menu-clicks';
import { createDesktopMenu } from '../../../main/menu/desktop-menu';
import type { HostActions } from '../../../main/api/host-actions';
import { openAppServices } from '../../../main/services/app-services';
import { serializeWorkshopFile } from '../../../shared/workshop-file/write-workshop-file';
import { useTempDir } from '../../support/temp-dir';
import { recordingWindows } from '../desktop/desktop-fakes';
import { acmeWorkshop, useApi } from '../store/future-state/api-support';

type Item = Exclude<BoundMenuEntry, { type: 'separator' }>;

function find(entries: readonly BoundMenuEntry[], label: string): Item | undefined {
  for (const entry of entries) {
    if ('type' in entry) continue;
    if (entry.label === label) return entry;
    const inside = find(entry.submenu ?? [], label);
    if (inside) return inside;
  }
  return undefined;
}

describe('the application menu at work', () => {
  const openApi = useApi();

  async function setUp() {
    const api = await openApi();
    const windows = recordingWindows();
    const menus: BoundMenuEntry[][] = [];
    let dataFolderOpened = 0;
    const menu = createDesktopMenu({
      platform: 'linux',
      appName: 'Value Stream Workshop',
      packaged: true,
      api: mainProcessApi(api.services.dispatch),
      windows,
      setMenu: (template) => menus.push(template),
      openDataFolder: () => dataFolderOpened++,
    });
    return { api, windows, menus, menu, current: () => menus.at(-1) ?? [], dataFolderOpened: () => dataFolderOpened };
  }

  it('lists the workshops under Open recent and opens one in the main window', async () => {
    const { api, windows, menu, current } = await setUp();
    const { workshopId, currentId } = await acmeWorkshop(api);
    await menu.refresh();
    const title = (await api.call('workshop.get', { id: workshopId })).workshop.title;
    const item = find(current(), title);
    expect(item).toBeDefined();
    item?.click?.();
    await expect.poll(() => windows.main).toEqual([{ type: 'open-map', workshopId, mapId: currentId }]);
  });

  it('sends a map action to the focused window, for the page to run through its registry', async () => {
    const { windows, menu, current } = await setUp();
    await menu.refresh();
    find(current(), 'Undo')?.click?.();
    find(current(), 'Present')?.click?.();
    expect(windows.focused).toEqual([
      { type: 'run-action', actionId: 'undo' },
      { type: 'run-action', actionId: 'present' },
    ]);
  });

  it('greys out what the focused window cannot run now', async () => {
    const { menu, current } = await setUp();
    await menu.refresh();
    expect(find(current(), 'Undo')?.enabled).toBe(true);
    menu.setAvailable(['redo']);
    expect(find(current(), 'Undo')?.enabled).toBe(false);
    expect(find(current(), 'Redo')?.enabled).toBe(true);
    menu.setAvailable(null);
    expect(find(current(), 'Undo')?.enabled).toBe(true);
  });

  it('speaks the language chosen in Settings once it is rebuilt, as the shell does on the feed’s settings event, and explains a refusal in it', async () => {
    const { api, windows, menu, current } = await setUp();
    await menu.refresh();
    expect(find(current(), 'Edit')).toBeDefined();
    await api.call('settings.setLanguage', { language: 'de' });
    await menu.refresh();
    expect(find(current(), 'Edit')).toBeUndefined();
    expect(find(current(), 'Bearbeiten')?.submenu?.length).toBeGreaterThan(5);
    expect(find(current(), 'Rückgängig')).toBeDefined();
    await menu.click({ type: 'open-recent', workshopId: 'gone' });
    expect(windows.errors[0]?.message).toBe('Der Workshop wurde nicht geöffnet');
    await api.call('settings.setLanguage', { language: null });
    await api.call('settings.setLocale', { locale: 'fr-CH' });
    await menu.refresh();
    expect(find(current(), 'Édition')).toBeDefined();
  });

  it('opens the data folder', async () => {
    const { menu, dataFolderOpened } = await setUp();
    await menu.click({ type: 'open-data-folder' });
    expect(dataFolderOpened()).toBe(1);
  });

  it('explains a recent workshop that is gone instead of failing silently', async () => {
    const { windows, menu } = await setUp();
    await menu.click({ type: 'open-recent', workshopId: 'gone' });
    expect(windows.errors).toHaveLength(1);
    expect(windows.main).toEqual([]);
  });
});

describe('File ▸ Import a workshop file… in the desktop app', () => {
  const openApi = useApi();
  const tempDir = useTempDir();

  it('imports the file chosen in the open dialog and shows it; a cancelled dialog changes nothing', async () => {
    const source = await openApi();
    const { workshopId } = await acmeWorkshop(source);
    const text = serializeWorkshopFile(await source.call('workshop.exportFile', { id: workshopId }));

    for (const chosen of [null, text]) {
      const target = await openApiOn(tempDir(), chosen);
      const windows = recordingWindows();
      const menu = createDesktopMenu({
        platform: 'darwin',
        appName: 'Value Stream Workshop',
        packaged: true,
        api: mainProcessApi(target.services.dispatch),
        windows,
        setMenu: () => undefined,
        openDataFolder: () => undefined,
      });
      await menu.click({ type: 'import-workshop' });
      expect(windows.main).toHaveLength(chosen ? 1 : 0);
      const listed = await target.services.dispatch('workshop.list', {});
      expect(listed.ok && listed.value).toHaveLength(chosen ? 1 : 0);
      await target.services.close();
    }
  });
});

/** A store whose host "chooses" the given file text in its open dialog (null: the user cancels). */
async function openApiOn(dataDir: string, chosenText: string | null) {
  const host: Partial<HostActions> = {
    files: {
      chooseSaveTarget: () => Promise.resolve({ savedBy: 'nobody' }),
      fileNameOf: () => '',
      write: () => Promise.reject(new Error('not here')),
      openWritten: () => Promise.reject(new Error('not here')),
      chooseImport: () => Promise.resolve(chosenText === null ? { chosenBy: 'nobody' } : { chosenBy: 'host', text: chosenText }),
    },
  };
  const services = openAppServices(dataDir, { host, scheduler: () => () => undefined, log: () => undefined });
  await services.started;
  return { services };
}
