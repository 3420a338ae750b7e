/**
 * What kind of trouble an error from SQLite (or the file system under it) is. Only SQLite itself
 * may call a database damaged: a file that is locked by another program, cannot be written, or
 * cannot be reached is intact, and treating it as damaged would move a healthy file aside.
 */
export type SqliteFailure = 'damaged' | 'locked' | 'read-only' | 'disk-full' | 'io-error' | 'no-access' | 'other';

export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

export function classifySqliteFailure(error: unknown): SqliteFailure {
  const code = errorCode(error);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read-only';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io-error';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code === 'EACCES' || code === 'EPERM') return 'no-access';
  return 'other';
}
