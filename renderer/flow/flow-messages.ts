import type { FlowJobResult } from '../../shared/flow/flow-job';

/** What the flow worker tells the page. */
export type FlowWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: FlowJobResult }
  | { type: 'failed'; message: string };
