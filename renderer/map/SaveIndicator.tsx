import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import type { SaveStatus } from '../editor/save-queue';

export function saveStatusText(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return 'All changes saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'retrying':
      return `Not saved yet, retrying: ${status.message}`;
    case 'failed':
      return `Not saved: ${status.message}`;
    case 'not-applied':
      return status.message;
    default:
      return exhaustiveSwitchError(status, 'save status');
  }
}

export function SaveIndicator({ status }: { status: SaveStatus }) {
  const problem = status.state === 'retrying' || status.state === 'failed' || status.state === 'not-applied';
  return (
    <span className={problem ? 'save-indicator save-indicator-problem' : 'save-indicator'} role="status" data-save-state={status.state}>
      {saveStatusText(status)}
    </span>
  );
}
