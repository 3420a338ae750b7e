import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { classifySqliteFailure } from './sqlite-failure';
import { apiRefusalWords } from '../../shared/i18n/refusals';

/**
 * Faults of the machine rather than of the app or the input: a full disk, a disk or folder that
 * cannot be written, a failing disk. The user can act on each, so each is said in words that tell
 * them what to do, never as an internal error.
 */
export type MachineFault = { kind: 'read-only' | 'disk-full' | 'io-error' | 'no-access'; message: string };

export function describeMachineFault(error: unknown): MachineFault | null {
  const failure = classifySqliteFailure(error);
  switch (failure) {
    case 'read-only':
      return { kind: 'read-only', message: apiRefusalWords()('store.readOnly') };
    case 'disk-full':
      return { kind: 'disk-full', message: apiRefusalWords()('store.diskFull') };
    case 'io-error':
      return { kind: 'io-error', message: apiRefusalWords()('store.ioError') };
    case 'no-access':
      return { kind: 'no-access', message: apiRefusalWords()('store.noAccess') };
    case 'damaged':
    case 'locked':
    case 'other':
      return null;
    default:
      return exhaustiveSwitchError(failure, 'SQLite failure');
  }
}
