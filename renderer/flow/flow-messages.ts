import type { FlowPartResult } from '../../shared/flow/flow-job';

/** What a flow worker tells the page about its part of a job. */
export type FlowWorkerMessage =
  { type: 'progress'; done: number; total: number } | { type: 'done'; result: FlowPartResult } | { type: 'failed'; message: string };
