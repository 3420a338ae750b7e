import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PRIVATE_FILE_MODE } from '../store/database-files';

/**
 * What lets an open tab carry on when the browser host is restarted on the same data folder: the
 * access token and the port of the last run, kept in the (owner-only) data folder in an
 * owner-only file. The same user may read it anyway; other users may not, and it never appears in
 * the process list. A restart on the folder then answers the open tab at the same address with the
 * same token, so its unsent edits go through.
 */
export type HostSecret = { token: string; port: number };

const SECRET_FILE = 'browser-host.json';

const SecretSchema = z.object({ token: z.string().regex(/^[\w-]{32}$/), port: z.number().int().min(1).max(65535) });

export function readHostSecret(dataDir: string): HostSecret | null {
  try {
    const parsed = SecretSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, SECRET_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Best effort: a folder that cannot be written only means the next run gets a new address. */
export function keepHostSecret(dataDir: string, secret: HostSecret): void {
  const file = path.join(dataDir, SECRET_FILE);
  try {
    fs.writeFileSync(file, `${JSON.stringify(secret)}\n`, { mode: PRIVATE_FILE_MODE });
    fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch {
    // Read-only data folder: the address printed at this start still works for this run.
  }
}
