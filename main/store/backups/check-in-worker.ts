import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CHECK_PRAGMAS, failedVerdict, verdictOf, type FileVerdict } from '../verify-database-file';

/**
 * The slow part of a backup, checking the copy, runs on a worker thread with its own SQLite
 * connection: `integrity_check` reads every page, which on a large database held the main thread
 * (and every window's and the projector's requests) for the better part of a second. The worker
 * is given as source text (no second bundle entry to find at run time), loads the same
 * better-sqlite3 the app does and only reports what SQLite said; the verdict is drawn here, by the
 * same rules as everywhere else.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    parentPort.postMessage({ rows: db.pragma(workerData.pragma), schemaVersion: db.pragma('user_version', { simple: true }) });
  } finally { db.close(); }
} catch (error) {
  parentPort.postMessage({ error: { message: String(error && error.message || error), code: error && error.code } });
}
`;

type WorkerAnswer = { rows: Record<string, string>[]; schemaVersion: number } | { error: { message: string; code?: string } };

const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');

export function checkInWorker(file: string): Promise<FileVerdict> {
  const pragma = CHECK_PRAGMAS.full;
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqlite: sqlitePath, file, pragma } });
    worker.once('message', (answer: WorkerAnswer) => {
      if ('error' in answer) resolve(failedVerdict(Object.assign(new Error(answer.error.message), { code: answer.error.code })));
      else resolve(verdictOf(pragma, answer.rows, answer.schemaVersion));
      void worker.terminate();
    });
    worker.once('error', (error) => resolve(failedVerdict(error)));
  });
}
