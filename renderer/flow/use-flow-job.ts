import { useCallback, useEffect, useRef, useState } from 'react';
import type { FlowJob, FlowJobResult } from '../../shared/flow/flow-job';
import type { FlowWorkerMessage } from './flow-messages';

export type FlowJobState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: FlowJobResult }
  | { status: 'failed'; message: string };

/**
 * Runs simulation jobs in a Web Worker, one at a time: starting a job stops the one before, and
 * cancel stops it at once (the worker is terminated, so a long run cannot hold the result up).
 */
export function useFlowJob(): { state: FlowJobState; start: (job: FlowJob) => void; cancel: () => void } {
  const [state, setState] = useState<FlowJobState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  const start = useCallback(
    (job: FlowJob) => {
      stop();
      const running = new Worker(new URL('./flow-worker.ts', import.meta.url), { type: 'module' });
      worker.current = running;
      setState({ status: 'running', done: 0, total: 1 });
      running.onmessage = (event: MessageEvent<FlowWorkerMessage>) => {
        if (worker.current !== running) return;
        const message = event.data;
        if (message.type === 'progress') setState({ status: 'running', done: message.done, total: message.total });
        else {
          setState(message.type === 'done' ? { status: 'done', result: message.result } : { status: 'failed', message: message.message });
          stop();
        }
      };
      running.onerror = (event) => {
        if (worker.current !== running) return;
        setState({ status: 'failed', message: event.message || 'The simulation stopped unexpectedly.' });
        stop();
      };
      running.postMessage(job);
    },
    [stop],
  );

  useEffect(() => stop, [stop]);
  return { state, start, cancel };
}
