import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client';
import type { ExportTask } from './use-export-task';
import './export.css';

/** What an export is doing, or what became of it, under the header: progress, the saved file with Open, or the problem. */
export function ExportStatus({ task, onDismiss }: { task: ExportTask; onDismiss: () => void }) {
  const [openProblem, setOpenProblem] = useState<string | null>(null);
  const { t } = useTranslation('exports');
  if (task.state === 'idle') return null;
  if (task.state === 'working') {
    return (
      <div className="export-status" role="status" aria-live="polite" data-export-state="working">
        <span className="export-spinner" aria-hidden="true" />
        <span>
          <strong>{t('working', { what: task.what })}</strong> {task.detail}
        </span>
      </div>
    );
  }
  const failed = task.state === 'failed';
  return (
    <div className={failed ? 'export-status export-failed' : 'export-status'} role={failed ? 'alert' : 'status'} data-export-state={task.state}>
      <span>{task.message}</span>
      {openProblem && <span className="export-open-problem">{openProblem}</span>}
      {task.state === 'done' && task.open && (
        <button
          type="button"
          className="button button-small"
          onClick={() => task.open?.().catch((error: unknown) => setOpenProblem(errorMessage(error)))}
        >
          {t('open')}
        </button>
      )}
      <button
        type="button"
        className="button button-quiet button-small"
        aria-label={t('closeMessage')}
        title={t('closeMessage')}
        onClick={() => {
          setOpenProblem(null);
          onDismiss();
        }}
      >
        ✕
      </button>
    </div>
  );
}
