import { runFlowJobPart, type FlowJobPart } from '../../shared/flow/flow-job';
import type { FlowWorkerMessage } from './flow-messages';

/**
 * One of the simulation's own threads, so the map stays responsive while a line runs. It runs
 * one part of a job per message (the page splits a range over a pool of these); cancelling is
 * terminating the worker, which stops even a run in the middle. Progress is posted at most every
 * 50 ms.
 */
const PROGRESS_EVERY_MS = 50;

function post(message: FlowWorkerMessage): void {
  self.postMessage(message, {});
}

self.onmessage = (event: MessageEvent<FlowJobPart>) => {
  let last = 0;
  try {
    const result = runFlowJobPart(event.data, {
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - last < PROGRESS_EVERY_MS && done < total) return;
        last = now;
        post({ type: 'progress', done, total });
      },
    });
    if (result) post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
