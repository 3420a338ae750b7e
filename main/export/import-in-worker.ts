import { Worker } from 'node:worker_threads';
import { translator } from '../../shared/i18n/i18n-instance';
import { refusalLanguage } from '../../shared/i18n/refusals';
import { InvalidFileError } from '../store/store-errors';
import type { ImportAnswer, Importer } from './import-text';

/**
 * Runs each import in a fresh worker thread from the built `import-worker.js`, so the main thread
 * answers other requests while a big file is read, checked and written. `databaseFile` is asked
 * for on each import (the database must be open: it throws the store's own error when it is not).
 */
export function createWorkerImporter(workerFile: string, databaseFile: () => string): Importer {
  return (text) => {
    const file = databaseFile();
    const language = refusalLanguage();
    return new Promise((resolve, reject) => {
      let answered = false;
      const worker = new Worker(workerFile, { workerData: { text, databaseFile: file, language } });
      worker.once('message', (answer: ImportAnswer) => {
        answered = true;
        if (answer.kind === 'imported') resolve(answer.outcome);
        else if (answer.kind === 'refused') reject(new InvalidFileError(answer.message, answer.issues));
        else reject(Object.assign(new Error(answer.message), { code: answer.code ?? undefined }));
      });
      worker.once('error', reject);
      worker.once('exit', () => {
        if (!answered) reject(new Error(translator(language, 'apiRefusals')('import.stopped')));
      });
    });
  };
}
