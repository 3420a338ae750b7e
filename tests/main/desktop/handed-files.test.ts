import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandedFiles } from '../../../main/desktop/handed-files';
import { mainProcessApi } from '../../../main/desktop/main-process-api';
import { serializeWorkshopFile } from '../../../shared/workshop-file/write-workshop-file';
import { useTempDir } from '../../support/temp-dir';
import { acmeWorkshop, useApi } from '../store/future-state/api-support';
import { recordingWindows } from './desktop-fakes';

describe('a workshop file double-clicked in the file manager', () => {
  const openApi = useApi();
  const tempDir = useTempDir();

  async function setUp() {
    const api = await openApi();
    const { workshopId } = await acmeWorkshop(api);
    const file = path.join(tempDir(), 'Acme.vsw.json');
    fs.writeFileSync(file, serializeWorkshopFile(await api.call('workshop.exportFile', { id: workshopId })));
    const windows = recordingWindows();
    const recent: string[] = [];
    let opened = 0;
    const open = createHandedFiles({
      api: mainProcessApi(api.services.dispatch),
      windows,
      addRecentDocument: (filePath) => recent.push(filePath),
      onOpened: () => opened++,
    });
    return { api, file, windows, recent, open, opened: () => opened };
  }

  it('becomes a new workshop, shown in the main window, and joins the system’s recent documents', async () => {
    const { api, file, windows, recent, open, opened } = await setUp();
    await open(file);
    const workshops = await api.call('workshop.list', {});
    expect(workshops).toHaveLength(2);
    const added = workshops.find((workshop) => windows.main[0]?.type === 'open-map' && workshop.id === windows.main[0].workshopId);
    expect(added).toBeDefined();
    expect(recent).toEqual([file]);
    expect(opened()).toBe(1);
    expect(windows.errors).toEqual([]);
  });

  it('is refused with a message when it is not a workshop file, and nothing changes', async () => {
    const { api, windows, recent, open } = await setUp();
    const bad = path.join(tempDir(), 'Shopping list.vsw.json');
    fs.writeFileSync(bad, 'milk, eggs');
    await open(bad);
    expect(windows.errors).toEqual([{ message: '“Shopping list.vsw.json” was not opened', detail: expect.any(String) }]);
    expect(windows.main).toEqual([]);
    expect(recent).toEqual([]);
    expect(await api.call('workshop.list', {})).toHaveLength(1);
  });

  it('says so in the app’s language when the app speaks German', async () => {
    const { api, windows, open } = await setUp();
    await api.call('settings.setLanguage', { language: 'de' });
    await open(path.join(tempDir(), 'Verschwunden.vsw.json'));
    expect(windows.errors).toEqual([
      { message: '„Verschwunden.vsw.json“ wurde nicht geöffnet', detail: expect.stringMatching(/^Sie konnte nicht gelesen werden: /) },
    ]);
  });

  it('opens several files one after another, in the order they came', async () => {
    const { file, windows, open } = await setUp();
    const bad = path.join(tempDir(), 'Bad.vsw.json');
    fs.writeFileSync(bad, '{}');
    await Promise.all([open(file), open(bad), open(file)]);
    expect(windows.main).toHaveLength(2);
    expect(windows.errors).toHaveLength(1);
  });
});
