import fs from 'node:fs';
import { PRIVATE_FOLDER_MODE } from '../store/database-files';

/**
 * The data folder is the user's alone (0700): the workshops, backups and the browser host's
 * token live in it. A folder that exists is tightened where the user owns it; one that cannot be
 * changed (read-only, another owner) is left as it is, and the start-up check reports the rest.
 */
export function makePrivateFolder(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    fs.chmodSync(dataDir, PRIVATE_FOLDER_MODE);
  } catch {
    // Reported by the start-up check, which finds the folder unwritable or the database unreadable.
  }
}
