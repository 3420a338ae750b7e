import { describe, expect, it } from 'vitest';
import { openAppServices } from '../../../main/services/app-services';
import type { BackupInfo } from '../../../shared/model/backup';
import { apiValue } from '../../support/api-services';
import { useTempDir } from '../../support/temp-dir';

describe('the first backup of a run comes soon after its first edit', () => {
  const tempDir = useTempDir();

  it('backs up within a minute of the first edit, then at most every ten minutes while edits go on', async () => {
    let now = new Date(2026, 10, 25, 9, 0, 0).getTime();
    let tick = () => undefined as void;
    let checkEveryMs = 0;
    const services = openAppServices(tempDir(), {
      clock: () => new Date(now),
      log: () => undefined,
      scheduler: (run, everyMs) => {
        tick = run;
        checkEveryMs = everyMs;
        return () => undefined;
      },
    });
    const kinds = async () => apiValue<BackupInfo[]>(await services.dispatch('backup.list', {})).map((backup) => backup.kind);
    const edit = async (title: string) => apiValue(await services.dispatch('workshop.create', { title, date: '2026-11-25', facilitator: '' }));
    const after = async (ms: number) => {
      now += ms;
      tick();
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    await services.started;
    expect(checkEveryMs).toBeLessThanOrEqual(60_000);

    await after(checkEveryMs);
    expect(await kinds()).toEqual([]);
    await edit('Order to cash');
    await after(checkEveryMs);
    await expect.poll(kinds).toEqual(['scheduled']);

    await edit('Claims handling');
    await after(checkEveryMs);
    await after(checkEveryMs);
    expect(await kinds()).toEqual(['scheduled']);
    await after(10 * 60_000);
    await expect.poll(kinds).toEqual(['scheduled', 'scheduled']);
    await after(checkEveryMs);
    expect(await kinds()).toHaveLength(2);
    await services.close();
  });
});
