import { uiText } from '../ui-text/ui-text';
import { useCallback, useRef, useState } from 'react';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { errorMessage } from '../api/client';
import { openSaved } from './save-file';
import type { ExportResult, Report } from './workshop-exports';

/**
 * One export at a time from a screen, with what it is doing while it runs and what became of it
 * afterwards: where the file went (and a way to open it), that it was cancelled (nothing to say),
 * or what went wrong. A second export cannot start while one runs.
 */
export type Finished = { message: string; open: (() => Promise<void>) | null };

export type ExportTask =
  | { state: 'idle' }
  | { state: 'working'; what: string; detail: string }
  | { state: 'done'; message: string; open: (() => Promise<void>) | null }
  | { state: 'failed'; message: string };

function withNote(message: string, note: string | undefined): string {
  return note ? `${message} ${note}` : message;
}

export function describeSave({ outcome, note }: ExportResult): Finished | null {
  switch (outcome.status) {
    case 'cancelled':
      return null;
    case 'saved':
      return {
        message: withNote(uiText('exports:saved', { fileName: outcome.file.fileName, path: outcome.file.path }), note),
        open: () => openSaved(outcome),
      };
    case 'downloaded':
      return { message: withNote(uiText('exports:downloaded', { fileName: outcome.fileName }), note), open: () => openSaved(outcome) };
    default:
      return exhaustiveSwitchError(outcome, 'save outcome');
  }
}

export function useExportTask() {
  const [task, setTask] = useState<ExportTask>({ state: 'idle' });
  const running = useRef(false);

  const run = useCallback(async (what: string, job: (report: Report) => Promise<Finished | null>) => {
    if (running.current) return;
    running.current = true;
    setTask({ state: 'working', what, detail: '' });
    try {
      const finished = await job((detail) => setTask({ state: 'working', what, detail }));
      setTask(finished ? { state: 'done', ...finished } : { state: 'idle' });
    } catch (error) {
      setTask({ state: 'failed', message: uiText('exports:failed', { what, error: errorMessage(error) }) });
    } finally {
      running.current = false;
    }
  }, []);

  const dismiss = useCallback(() => setTask({ state: 'idle' }), []);
  return { task, run, dismiss, busy: task.state === 'working' };
}
