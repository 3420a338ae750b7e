import fs from 'node:fs';

/**
 * A SQLite database on disk is its main file plus, in WAL mode, a `-wal` and a `-shm` file. They
 * travel together: a main file separated from its WAL loses the edits in it, and a stale WAL left
 * beside a new file would be replayed into it. So a database is always moved as a set.
 */
/** Owner-only: the workshops are the facilitator's, not every account's on a shared computer. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export function databaseFileSet(file: string): string[] {
  return [file, ...COMPANION_SUFFIXES.map((suffix) => `${file}${suffix}`)];
}

/** Renames the database and whichever companion files exist; the main file must exist. */
export function moveDatabaseFiles(from: string, to: string): void {
  if (fs.existsSync(to)) throw new Error(`Will not overwrite ${to}`);
  fs.renameSync(from, to);
  for (const suffix of COMPANION_SUFFIXES) {
    if (fs.existsSync(`${from}${suffix}`)) fs.renameSync(`${from}${suffix}`, `${to}${suffix}`);
  }
}

export function removeDatabaseFiles(file: string): void {
  for (const part of databaseFileSet(file)) fs.rmSync(part, { force: true });
}

/** A timestamp that sorts as text and is safe in a file name on every platform. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export function parseFileStamp(stamp: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
