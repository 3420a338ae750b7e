import type { InputIssue } from '../../shared/util/input-issues';
import type { RoomErrorCode } from '../../shared/api/room-participant-api';

/** Errors the store raises on purpose; the API turns each into a typed error for the renderer. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InvalidChangeError extends Error {
  override name = 'InvalidChangeError';
}

/** A save made against an older revision of a map clashes with what another window saved since; nothing is saved. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** A dot that the voting rules refuse (budget, per-item limit, closed session …); nothing is saved. */
export class VoteRefusedError extends Error {
  override name = 'VoteRefusedError';
}

/** The workshop database is not open: a newer app wrote it, or it could not be opened at all. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** A backup could not be written, failed its check, or could not be restored. */
export class BackupFailedError extends Error {
  override name = 'BackupFailedError';
}

/** A workshop file that cannot be imported: too large, not JSON, not a workshop file, from a newer version, or damaged. */
export class InvalidFileError extends Error {
  override name = 'InvalidFileError';
  constructor(
    message: string,
    readonly issues: InputIssue[] = [],
  ) {
    super(message);
  }
}

/** Work that runs one at a time (making a report) is already running. */
export class BusyError extends Error {
  override name = 'BusyError';
}

/** An export could not be made or written: no Chromium to print with, a full disk, a folder that cannot be written. */
export class ExportFailedError extends Error {
  override name = 'ExportFailedError';
}

/** A participant's request the room refuses (full, a reused write id …), with the code the phone is told. */
export class RoomRefusedError extends Error {
  override name = 'RoomRefusedError';
  constructor(
    readonly code: RoomErrorCode,
    message: string,
  ) {
    super(message);
  }
}
