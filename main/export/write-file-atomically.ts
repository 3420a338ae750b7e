import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that it is either there complete or not there at all: the bytes go to a
 * hidden temporary file beside it, are flushed to disk, and only then take the file's name. If
 * anything fails on the way, the temporary file is removed and the error is passed on; a file
 * that was there before stays as it was.
 */
export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(4).toString('hex')}.partial`);
}

export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = temporaryNameFor(target);
  try {
    const handle = await fs.promises.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, target);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}

/** The same, for a small file that must be on disk before the process goes on (a window's place, written as it closes). */
export function writeFileAtomicallySync(target: string, bytes: Uint8Array): void {
  const temporary = temporaryNameFor(target);
  try {
    const handle = fs.openSync(temporary, 'wx');
    try {
      fs.writeFileSync(handle, bytes);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
