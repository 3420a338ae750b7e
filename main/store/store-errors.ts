/** Errors the store raises on purpose; the API turns each into a typed error for the renderer. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InvalidChangeError extends Error {
  override name = 'InvalidChangeError';
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
