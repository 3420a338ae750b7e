import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { LANGUAGES } from '../../shared/i18n/languages';
import { inLanguage } from '../../shared/i18n/refusals';
import { systemClock } from '../store/clock';
import { openDatabase } from '../store/open-database';
import { errorCode } from '../store/sqlite-failure';
import { InvalidFileError } from '../store/store-errors';
import { importText, type ImportAnswer } from './import-text';

/**
 * A big workshop file imported on a worker thread (`build/main/import-worker.js`): parsing and
 * checking tens of megabytes of JSON and writing them took seconds in which no other window or
 * the projector was answered. The worker opens its own connection to the database (WAL lets the
 * app keep reading meanwhile) and writes the workshop in one transaction, as an import in the
 * main thread does; it answers once and ends.
 */
/** `language` is the request's, so a refused file is explained in the words of whoever imported it. */
const Job = z.object({ text: z.string(), databaseFile: z.string(), language: z.enum(LANGUAGES) });

function run(): ImportAnswer {
  try {
    const { text, databaseFile, language } = Job.parse(workerData);
    const db = openDatabase(databaseFile);
    try {
      return { kind: 'imported', outcome: inLanguage(language, () => importText(db, text, systemClock)) };
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof InvalidFileError) return { kind: 'refused', message: error.message, issues: error.issues };
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error), code: errorCode(error) || null };
  }
}

parentPort?.postMessage(run());
