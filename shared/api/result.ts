import type { InputIssue } from '../util/input-issues';

/**
 * What every API call answers, over IPC and HTTP alike. Failures are values, not exceptions,
 * so they cross the process boundary intact and the renderer can show the message as is.
 */
export const API_ERROR_CODES = [
  'invalid-input',
  'invalid-change',
  'conflict',
  'vote-refused',
  'not-found',
  'unknown-channel',
  'forbidden',
  'store-unavailable',
  'backup-failed',
  'invalid-file',
  'busy',
  'export-failed',
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type ApiError = { code: ApiErrorCode; message: string; issues?: InputIssue[] };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
