import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { classifySqliteFailure } from './sqlite-failure';

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
      return {
        kind: 'read-only',
        message:
          'The workshop database can only be read here (the disk or its folder does not allow changes), so this was not saved. ' +
          'Make the data folder writable, or copy it to a writable disk, and start the app again.',
      };
    case 'disk-full':
      return {
        kind: 'disk-full',
        message:
          'The disk is full, so this was not saved. Free some space on the disk (empty the bin, remove large files), then try again; what was saved before is safe.',
      };
    case 'io-error':
      return {
        kind: 'io-error',
        message:
          'The computer could not read or write the disk (an input/output error), so this was not saved. ' +
          'Check the disk is still connected, export your workshops or copy the backups folder elsewhere, then restart the app.',
      };
    case 'no-access':
      return {
        kind: 'no-access',
        message:
          'The app is not allowed to write in its data folder, so this was not saved. Give your user account write access to the folder, then try again.',
      };
    case 'damaged':
    case 'locked':
    case 'other':
      return null;
    default:
      return exhaustiveSwitchError(failure, 'SQLite failure');
  }
}
