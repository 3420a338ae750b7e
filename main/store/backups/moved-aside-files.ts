import fs from 'node:fs';
import path from 'node:path';
import { parseFileStamp, PRIVATE_FOLDER_MODE } from '../database-files';
import { MIGRATIONS } from '../migrations';
import { verifyDatabaseFile } from '../verify-database-file';
import { formatBackupName } from './backup-names';
import { copyDatabaseFile } from './create-backup';

const MOVED_ASIDE_PATTERN = /^workshops-damaged-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;

/**
 * Earlier versions moved the database aside as damaged on any error at start (a lock, a read-only
 * disk), so a folder may hold an intact database under a "damaged" name that has every edit the
 * backups lack. Each such file that passes `quick_check` is copied (through the backup API, the
 * file itself untouched) into the backups folder once, dated when it was moved aside, where it is
 * listed and can be restored like any backup. Returns the names of the backups added.
 */
export async function adoptMovedAsideFiles(dataDir: string, backupFolder: string, log: (message: string) => void): Promise<string[]> {
  const adopted: string[] = [];
  for (const name of fs.readdirSync(dataDir)) {
    const stamp = parseFileStamp(MOVED_ASIDE_PATTERN.exec(name)?.[1] ?? '');
    if (!stamp) continue;
    const target = path.join(backupFolder, formatBackupName(stamp, 'moved-aside'));
    if (fs.existsSync(target)) continue;
    const verdict = verifyDatabaseFile(path.join(dataDir, name), 'quick', 0);
    if (!verdict.ok || verdict.schemaVersion > MIGRATIONS.length) continue;
    try {
      fs.mkdirSync(backupFolder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
      await copyDatabaseFile(path.join(dataDir, name), `${target}.partial`);
      fs.renameSync(`${target}.partial`, target);
      adopted.push(path.basename(target));
    } catch (error) {
      fs.rmSync(`${target}.partial`, { force: true });
      log(`Could not offer ${name} as a backup: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return adopted;
}
