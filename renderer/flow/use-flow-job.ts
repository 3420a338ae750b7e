import { uiText } from '../ui-text/ui-text';
import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeFlowJobParts, splitFlowJob, type FlowJob, type FlowJobResult, type FlowPartResult } from '../../shared/flow/flow-job';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import type { FlowWorkerMessage } from './flow-messages';

export type FlowJobState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: FlowJobResult }
  | { status: 'failed'; message: string };

/**
 * One worker per core but one: the page's own thread keeps a core for the map, which otherwise
 * dropped to a few frames a second while a thousand runs took every core
 * (tests/bench/flow-fps.bench.spec.ts). More workers than that only adds switching; past four,
 * a laptop's fan is all that grows.
 */
const MOST_WORKERS = 4;

function poolSize(): number {
  return Math.max(1, Math.min(MOST_WORKERS, (navigator.hardwareConcurrency || 2) - 1));
}

/**
 * Runs simulation jobs in a pool of Web Workers, one job at a time: a range's runs are split
 * over the workers and put back together in order (so the pool's size never changes a result),
 * the progress bar adds up what every worker has done, starting a job stops the one before, and
 * cancel stops it at once (the workers are terminated, so a long run cannot hold the result up).
 */
export function useFlowJob(): { state: FlowJobState; start: (job: FlowJob) => void; cancel: () => void } {
  const [state, setState] = useState<FlowJobState>({ status: 'idle' });
  const pool = useRef<Worker[]>([]);

  const stop = useCallback(() => {
    for (const worker of pool.current) worker.terminate();
    pool.current = [];
  }, []);

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  const start = useCallback(
    (job: FlowJob) => {
      stop();
      const parts = splitFlowJob(job, poolSize());
      const workers = parts.map(() => new Worker(new URL('./flow-worker.ts', import.meta.url), { type: 'module' }));
      pool.current = workers;
      const done = parts.map(() => 0);
      const total = parts.reduce((sum, { slice }) => sum + (job.kind === 'run' ? 1 : job.entries.length * (slice.to - slice.from)), 0);
      const results: (FlowPartResult | null)[] = parts.map(() => null);
      const current = () => pool.current === workers;
      const fail = (message: string) => {
        setState({ status: 'failed', message });
        stop();
      };
      setState({ status: 'running', done: 0, total });
      workers.forEach((worker, index) => {
        worker.onmessage = (event: MessageEvent<FlowWorkerMessage>) => {
          if (!current()) return;
          const message = event.data;
          switch (message.type) {
            case 'progress':
              done[index] = message.done;
              setState({ status: 'running', done: done.reduce((sum, n) => sum + n, 0), total });
              return;
            case 'done': {
              results[index] = message.result;
              worker.terminate();
              const finished = results.filter((result): result is FlowPartResult => result !== null);
              if (finished.length < parts.length) return;
              try {
                setState({ status: 'done', result: mergeFlowJobParts(job, finished) });
                pool.current = [];
              } catch (error) {
                fail(error instanceof Error ? error.message : String(error));
              }
              return;
            }
            case 'failed':
              fail(message.message);
              return;
            default:
              exhaustiveSwitchError(message, 'flow worker message');
          }
        };
        worker.onerror = (event) => {
          if (current()) fail(event.message || uiText('flow:status.stopped'));
        };
        worker.postMessage(parts[index]);
      });
    },
    [stop],
  );

  useEffect(() => stop, [stop]);
  return { state, start, cancel };
}
