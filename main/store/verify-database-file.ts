import Database from 'better-sqlite3';
import { openReadOnly } from './open-read-only';
import { classifySqliteFailure, type SqliteFailure } from './sqlite-failure';

export type DatabaseCheck = 'quick' | 'full';

/**
 * `failure` says why a file is not sound: `damaged` only when SQLite itself reports corruption,
 * a file that is not a database, or findings of its check; anything else (locked, unreadable)
 * says nothing about the file's contents.
 */
export type FileVerdict = { ok: true; schemaVersion: number } | { ok: false; reason: string; failure: SqliteFailure };

/** How long to wait for another connection's lock before calling the file locked. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens a database file read-only and asks SQLite whether it is sound: `quick_check` at start
 * (fast, catches a damaged file), `integrity_check` for a backup (slower, also checks indexes
 * against their tables).
 */
export function verifyDatabaseFile(file: string, check: DatabaseCheck, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): FileVerdict {
  let db: Database.Database | null = null;
  try {
    db = openReadOnly(file, busyTimeoutMs);
    const pragma = CHECK_PRAGMAS[check];
    return verdictOf(pragma, db.pragma(pragma, { simple: false }) as Record<string, string>[], db.pragma('user_version', { simple: true }) as number);
  } catch (error) {
    return failedVerdict(error);
  } finally {
    db?.close();
  }
}

export const CHECK_PRAGMAS = { quick: 'quick_check', full: 'integrity_check' } as const satisfies Record<DatabaseCheck, string>;

/** What SQLite's check said, as a verdict: every row must read `ok`. */
export function verdictOf(pragma: string, rows: readonly Record<string, string>[], schemaVersion: number): FileVerdict {
  const findings = rows.map((row) => Object.values(row)[0] ?? '').filter((finding) => finding !== 'ok');
  if (findings.length > 0) return { ok: false, reason: `SQLite ${pragma} found: ${findings.slice(0, 3).join('; ')}`, failure: 'damaged' };
  return { ok: true, schemaVersion };
}

export function failedVerdict(error: unknown): FileVerdict {
  return { ok: false, reason: describeSqliteFailure(error), failure: classifySqliteFailure(error) };
}

function describeSqliteFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_NOTADB') return 'the file is not a SQLite database';
  if (code.startsWith('SQLITE_CORRUPT')) return 'the file is damaged (SQLite reports corruption)';
  return error instanceof Error ? error.message : String(error);
}
