import { uiText } from '../ui-text/ui-text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asSentence } from '../../shared/util/as-sentence';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { ErrorBanner } from '../components/ErrorBanner';
import type { SaveStatus } from '../editor/save-queue';

/** Short, so the header keeps its room on a laptop screen; the whole story is in SaveProblem under it. */
export function saveStatusText(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return uiText('map:save.saved');
    case 'pending':
    case 'saving':
      return uiText('map:save.saving');
    case 'retrying':
      return uiText('map:save.retrying');
    case 'offline':
      return uiText('map:save.offline');
    case 'failed':
      return uiText('map:save.failed');
    case 'not-applied':
      return uiText('map:save.notApplied');
    case 'behind':
      return uiText('map:save.behind');
    default:
      return exhaustiveSwitchError(status, 'save status');
  }
}

/** What went wrong with saving, in full, or null when nothing did. */
export function saveProblemText(status: SaveStatus): string | null {
  switch (status.state) {
    case 'saved':
    case 'pending':
    case 'saving':
      return null;
    case 'retrying':
      return uiText('map:save.retryingProblem', { problem: asSentence(status.message) });
    case 'offline':
      return uiText('map:save.offlineProblem');
    case 'failed':
      return uiText('map:save.failedProblem', { problem: status.message });
    case 'not-applied':
    case 'behind':
      return status.message;
    default:
      return exhaustiveSwitchError(status, 'save status');
  }
}

export function SaveIndicator({ status }: { status: SaveStatus }) {
  useTranslation();
  const problem = saveProblemText(status);
  return (
    <span
      className={problem ? 'save-indicator save-indicator-problem' : 'save-indicator'}
      role="status"
      data-save-state={status.state}
      title={problem ?? undefined}
    >
      {saveStatusText(status)}
    </span>
  );
}

/** The full message under the header until it is dismissed or the next save settles it. */
export function SaveProblem({ status }: { status: SaveStatus }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const message = saveProblemText(status);
  return <ErrorBanner message={message === dismissed ? null : message} onDismiss={() => setDismissed(message)} />;
}
