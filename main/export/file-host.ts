import type { CopyOutcome } from '../../shared/api/app-contract';
import type { ExportFormat, SaveTarget, WrittenFile } from '../../shared/api/export-contract';
import { NotFoundError } from '../store/store-errors';
import { apiRefusalWords } from '../../shared/i18n/refusals';

/**
 * What the host does with files, injected like the projector window: the desktop app saves and
 * opens through its own dialogs (desktop-files.ts); the browser host leaves both to the page,
 * which downloads what is saved and picks the file to import.
 */
export type ChosenImport = { chosenBy: 'host'; text: string } | { chosenBy: 'page' } | { chosenBy: 'nobody' };

export type FileHost = {
  chooseSaveTarget: (suggestedName: string, format: ExportFormat) => Promise<SaveTarget>;
  /** The name of a ticket's file, or a not-found error: checked before long work is started for it. */
  fileNameOf: (ticket: string) => string;
  write: (ticket: string, bytes: Uint8Array) => Promise<WrittenFile>;
  openWritten: (ticket: string) => Promise<void>;
  chooseImport: () => Promise<ChosenImport>;
};

function noTicket(ticket: string): never {
  throw new NotFoundError(apiRefusalWords()('files.noTicket', { ticket }));
}

export const PAGE_FILES: FileHost = {
  chooseSaveTarget: () => Promise.resolve({ savedBy: 'page' }),
  fileNameOf: noTicket,
  write: async (ticket) => noTicket(ticket),
  openWritten: async (ticket) => noTicket(ticket),
  chooseImport: () => Promise.resolve({ chosenBy: 'page' }),
};

export const PAGE_COPIES_IMAGES = (): CopyOutcome => ({ copiedBy: 'page' });
