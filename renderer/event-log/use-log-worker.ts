import { uiText } from '../ui-text/ui-text';
import { useCallback, useEffect, useRef, useState } from 'react';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import type { MeasuredStream } from '../../shared/event-log/measured-stream';
import type { ReadRequest, ScreenOverview, WorkerReply } from './worker-messages';

/**
 * The log worker as the wizard sees it: read a file (with progress), measure a choice of steps,
 * cancel. Cancelling, reading another file and leaving the wizard all end the worker, so a
 * half-read 200 MB file never lingers in memory.
 */
export type WorkerState =
  | { status: 'idle' }
  | { status: 'reading'; fraction: number }
  | { status: 'failed'; problems: string[] }
  | { status: 'read'; overview: ScreenOverview; measured: MeasuredStream | null };

export function useLogWorker() {
  const worker = useRef<Worker | null>(null);
  const [state, setState] = useState<WorkerState>({ status: 'idle' });

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const read = useCallback(
    (request: ReadRequest) => {
      stop();
      const started = new Worker(new URL('./log-worker.ts', import.meta.url), { type: 'module' });
      worker.current = started;
      setState({ status: 'reading', fraction: 0 });
      started.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
        if (worker.current !== started) return;
        const message = event.data;
        switch (message.type) {
          case 'progress':
            setState({ status: 'reading', fraction: message.fraction });
            break;
          case 'read-failed':
            setState({ status: 'failed', problems: message.problems });
            stop();
            break;
          case 'overview':
            setState({ status: 'read', overview: message.overview, measured: null });
            started.postMessage({ type: 'measure', kept: message.overview.defaultKept });
            break;
          case 'measured':
            setState((current) => (current.status === 'read' ? { ...current, measured: message.measured } : current));
            break;
          default:
            exhaustiveSwitchError(message, 'log worker reply');
        }
      });
      started.addEventListener('error', (event) => {
        setState({
          status: 'failed',
          problems: [uiText('eventLog:files.notRead', { problem: event.message || uiText('eventLog:files.readerStopped') })],
        });
        stop();
      });
      started.postMessage(request);
    },
    [stop],
  );

  const measure = useCallback((kept: number[]) => {
    setState((current) => (current.status === 'read' ? { ...current, measured: null } : current));
    worker.current?.postMessage({ type: 'measure', kept });
  }, []);

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  return { state, read, measure, cancel };
}
