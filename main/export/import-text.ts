import type { Database } from 'better-sqlite3';
import type { ImportOutcome } from '../../shared/api/workshop-contract';
import type { InputIssue } from '../../shared/util/input-issues';
import { readWorkshopFile } from '../../shared/workshop-file/read-workshop-file';
import type { Clock } from '../store/clock';
import { InvalidFileError } from '../store/store-errors';
import { importWorkshopFile } from './import-workshop-file';

export type ImportedText = Extract<ImportOutcome, { status: 'imported' }>;

/** Imports a workshop file's text: read and check it, then write it as a new workshop. */
export type Importer = (text: string) => ImportedText | Promise<ImportedText>;

/** What an import in another thread answers: the outcome, or the refusal or failure to raise here. */
export type ImportAnswer =
  | { kind: 'imported'; outcome: ImportedText }
  | { kind: 'refused'; message: string; issues: InputIssue[] }
  | { kind: 'failed'; message: string; code: string | null };

export function importText(db: Database, text: string, clock: Clock): ImportedText {
  const read = readWorkshopFile(text);
  if (!read.ok) throw new InvalidFileError(read.message, read.issues);
  const { overview, renamed } = importWorkshopFile(db, read.file, clock);
  return { status: 'imported', overview, renamed, upgradedFrom: read.upgradedFrom };
}
