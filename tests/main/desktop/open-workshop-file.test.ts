import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainProcessApi } from '../../../main/desktop/main-process-api';
import { openWorkshopFile } from '../../../main/desktop/open-workshop-file';
import { MAX_WORKSHOP_FILE_BYTES } from '../../../shared/workshop-file/file-limits';
import { serializeWorkshopFile } from '../../../shared/workshop-file/write-workshop-file';
import { useTempDir } from '../../support/temp-dir';
import { acmeWorkshop, useApi } from '../store/future-state/api-support';

/** A workshop file double-clicked in the file manager, run through the real import on a real store. */
describe('opening a workshop file the system handed over', () => {
  const openApi = useApi();
  const tempDir = useTempDir();

  async function setUp() {
    const api = await openApi();
    const { workshopId, currentId } = await acmeWorkshop(api);
    const file = path.join(tempDir(), 'Acme.vsw.json');
    fs.writeFileSync(file, serializeWorkshopFile(await api.call('workshop.exportFile', { id: workshopId })));
    return { api, file, currentId, desktop: mainProcessApi(api.services.dispatch) };
  }

  it('imports it as a new workshop, every time, and names the map to show', async () => {
    const { api, file, desktop } = await setUp();
    const first = await openWorkshopFile(file, desktop);
    const second = await openWorkshopFile(file, desktop);
    if (first.status !== 'opened' || second.status !== 'opened') throw new Error('not opened');
    expect(first.workshopId).not.toBe(second.workshopId);
    expect(await api.call('workshop.list', {})).toHaveLength(3);
    const overview = await api.call('workshop.get', { id: first.workshopId });
    expect(overview.maps.find((map) => map.id === first.mapId)?.state).toBe('current');
  });

  it('refuses a file that is not a workshop file with the import’s message, and changes nothing', async () => {
    const { api, desktop } = await setUp();
    const bad = path.join(tempDir(), 'Broken.vsw.json');
    fs.writeFileSync(bad, '{"format": "something else"}');
    const outcome = await openWorkshopFile(bad, desktop);
    expect(outcome).toMatchObject({ status: 'refused', message: '“Broken.vsw.json” was not opened' });
    expect(outcome.status === 'refused' && outcome.detail.length).toBeGreaterThan(10);
    expect(await api.call('workshop.list', {})).toHaveLength(1);
  });

  it('refuses a file that is missing, a folder, or too large, before reading it', async () => {
    const { api, desktop } = await setUp();
    const dir = tempDir();
    const missing = await openWorkshopFile(path.join(dir, 'Gone.vsw.json'), desktop);
    expect(missing).toMatchObject({ status: 'refused', message: '“Gone.vsw.json” was not opened' });
    const folder = path.join(dir, 'Folder.vsw.json');
    fs.mkdirSync(folder);
    expect(await openWorkshopFile(folder, desktop)).toMatchObject({ status: 'refused', detail: `${folder} is not a file.` });
    const huge = path.join(dir, 'Huge.vsw.json');
    fs.writeFileSync(huge, Buffer.alloc(MAX_WORKSHOP_FILE_BYTES + 1, 0x20));
    const tooLarge = await openWorkshopFile(huge, desktop);
    expect(tooLarge.status === 'refused' && tooLarge.detail).toMatch(/at most .*Nothing was imported/);
    expect(await api.call('workshop.list', {})).toHaveLength(1);
  });
});
