import type { ApiParsedInput, Channel, Handlers } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/result';
import { validateInput } from '../../shared/api/validate-input';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { apiRefusalWords, inLanguage } from '../../shared/i18n/refusals';
import { describeMachineFault } from '../store/machine-faults';
import { classifySqliteFailure } from '../store/sqlite-failure';
import {
  BackupFailedError,
  BusyError,
  ConflictError,
  ExportFailedError,
  InvalidChangeError,
  InvalidFileError,
  NotFoundError,
  StoreUnavailableError,
  VoteRefusedError,
} from '../store/store-errors';

/** `language`: the language of whoever asked, which a refusal is written in (the app's when the transport does not say). */
export type Dispatch = (channel: unknown, input: unknown, language?: Language) => Promise<ApiResult<unknown>>;

export type DispatchOptions = {
  onInternalError?: (error: unknown, channel: Channel) => void;
  /** The app's language, for a request that does not name one. */
  appLanguage?: () => Language;
};

/**
 * Turns the handler table into the single entry point both transports call: validate the
 * channel and input, run the handler, and answer with a result value — never a thrown error.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (channel, input, requested) => {
    const language = requested ?? options.appLanguage?.() ?? DEFAULT_LANGUAGE;
    const check = validateInput(channel, input, language);
    if (!check.ok) return check;
    try {
      // The handler's own checks (an edit's fields, a file's) refuse in the same language; the synchronous store answers inside.
      const value = await inLanguage(language, () => runHandler(handlers, check.channel, check.input));
      return { ok: true, value };
    } catch (error) {
      const apiError = inLanguage(language, () => toApiError(error));
      if (apiError.code === 'internal') options.onInternalError?.(error, check.channel);
      return { ok: false, error: apiError };
    }
  };
}

function runHandler<C extends Channel>(handlers: Handlers, channel: C, input: ApiParsedInput<C>): unknown {
  const handler = handlers[channel] as (input: ApiParsedInput<C>) => unknown;
  return handler(input);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof InvalidChangeError) return { code: 'invalid-change', message: error.message };
  if (error instanceof ConflictError) return { code: 'conflict', message: error.message };
  if (error instanceof VoteRefusedError) return { code: 'vote-refused', message: error.message };
  if (error instanceof StoreUnavailableError) return { code: 'store-unavailable', message: error.message };
  if (error instanceof BackupFailedError) return { code: 'backup-failed', message: error.message };
  if (error instanceof InvalidFileError) return { code: 'invalid-file', message: error.message, issues: error.issues };
  if (error instanceof BusyError) return { code: 'busy', message: error.message };
  if (error instanceof ExportFailedError) return { code: 'export-failed', message: error.message };
  const fault = describeMachineFault(error);
  if (fault) return { code: fault.kind === 'read-only' ? 'read-only' : 'storage-fault', message: fault.message };
  if (classifySqliteFailure(error) === 'locked') {
    return { code: 'busy', message: apiRefusalWords()('store.locked') };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: apiRefusalWords()('store.failed', { detail }) };
}
