import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInWorker } from '../../../../main/store/backups/check-in-worker';
import { MIGRATIONS } from '../../../../main/store/migrations';
import { openDatabase } from '../../../../main/store/open-database';
import { verifyDatabaseFile } from '../../../../main/store/verify-database-file';
import { damageDatabaseFile, seedWorkshop } from '../../../support/store-fixtures';
import { useTempDir } from '../../../support/temp-dir';

describe("a large backup's check on a worker thread", () => {
  const tempDir = useTempDir();

  function closedDatabase(): string {
    const file = path.join(tempDir(), 'copy.sqlite');
    const db = openDatabase(file);
    seedWorkshop(db, 'Order to cash');
    db.pragma('journal_mode = DELETE');
    db.close();
    return file;
  }

  it('gives the same verdict as a check on the main thread, for a sound file and a damaged one', async () => {
    const sound = closedDatabase();
    expect(await checkInWorker(sound)).toEqual({ ok: true, schemaVersion: MIGRATIONS.length });
    const damaged = closedDatabase();
    damageDatabaseFile(damaged);
    const verdict = await checkInWorker(damaged);
    expect(verdict).toMatchObject({ ok: false, failure: 'damaged' });
    expect(verdict).toEqual(verifyDatabaseFile(damaged, 'full'));
    const missing = path.join(tempDir(), 'missing.sqlite');
    expect(await checkInWorker(missing)).toMatchObject({ ok: false, failure: 'no-access' });
    expect(fs.existsSync(missing)).toBe(false);
  });
});
