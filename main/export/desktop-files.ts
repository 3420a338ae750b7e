import fs from 'node:fs';
import path from 'node:path';
import type { ExportFormat, SaveTarget, WrittenFile } from '../../shared/api/export-contract';
import { newId } from '../../shared/model/ids';
import { apiRefusalWords, inLanguage, refusalLanguage } from '../../shared/i18n/refusals';
import { MAX_WORKSHOP_FILE_BYTES, tooLargeMessage } from '../../shared/workshop-file/file-limits';
import { ExportFailedError, InvalidFileError, NotFoundError } from '../store/store-errors';
import type { ChosenImport, FileHost } from './file-host';
import { writeFileAtomically } from './write-file-atomically';

/**
 * Files in the desktop app. The user chooses where a file goes in the save dialog; the main
 * process remembers that path under a random ticket and writes there only (atomically), and opens
 * only a file it has just written. The renderer never names a path. The dialogs and opening a
 * file come from Electron, passed in by the shell, so this is tested with fakes.
 */
export type FileFilter = { name: string; extensions: string[] };

export type SaveDialogOptions = { title: string; defaultPath: string; filters: FileFilter[] };

export type OpenDialogOptions = { title: string; filters: FileFilter[]; properties: ['openFile'] };

export type DesktopDialogs = {
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Opens a file in its default app; resolves to an error message, or '' when it opened. */
  openPath: (filePath: string) => Promise<string>;
  /** Where the first dialog opens (the user's documents folder); later ones open where the last file went. */
  defaultFolder: string;
};

const FILTERS: Readonly<Record<ExportFormat, FileFilter>> = {
  pdf: { name: 'PDF report', extensions: ['pdf'] },
  png: { name: 'PNG image', extensions: ['png'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  workshop: { name: 'Workshop file', extensions: ['json'] },
};

export function saveDialogOptions(suggestedName: string, format: ExportFormat, folder: string): SaveDialogOptions {
  return { title: 'Save as', defaultPath: path.join(folder, suggestedName), filters: [FILTERS[format]] };
}

/** A workshop file is written as .vsw.json and may come as .vsw (its name on Windows and macOS, see ../desktop/os-files.ts). */
export const IMPORT_DIALOG: OpenDialogOptions = {
  title: 'Import a workshop file',
  filters: [{ ...FILTERS.workshop, extensions: [...FILTERS.workshop.extensions, 'vsw'] }],
  properties: ['openFile'],
};

type Ticket = { path: string; format: ExportFormat; written: boolean };

/** Opening hands the file to the system's default app, so only a file whose name says it is what was saved is opened. */
export function isSafeToOpen(filePath: string, format: ExportFormat): boolean {
  return FILTERS[format].extensions.includes(path.extname(filePath).slice(1).toLowerCase());
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createDesktopFiles(dialogs: DesktopDialogs): FileHost {
  const tickets = new Map<string, Ticket>();
  let folder = dialogs.defaultFolder;

  function ticketOf(ticket: string): Ticket {
    const chosen = tickets.get(ticket);
    if (!chosen) throw new NotFoundError(apiRefusalWords()('files.noTicket', { ticket }));
    return chosen;
  }

  return {
    async chooseSaveTarget(suggestedName, format): Promise<SaveTarget> {
      const answer = await dialogs.showSaveDialog(saveDialogOptions(suggestedName, format, folder));
      if (answer.canceled || !answer.filePath) return { savedBy: 'nobody' };
      folder = path.dirname(answer.filePath);
      const ticket = newId();
      tickets.set(ticket, { path: answer.filePath, format, written: false });
      return { savedBy: 'host', ticket, fileName: path.basename(answer.filePath) };
    },
    fileNameOf: (ticket) => path.basename(ticketOf(ticket).path),
    async write(ticket, bytes): Promise<WrittenFile> {
      // Read before the first await: the request's language is in force only until then.
      const words = apiRefusalWords();
      const chosen = ticketOf(ticket);
      try {
        await writeFileAtomically(chosen.path, bytes);
      } catch (error) {
        const name = path.basename(chosen.path);
        throw new ExportFailedError(words('files.notSaved', { name, folder: path.dirname(chosen.path), problem: describeFailure(error) }));
      }
      chosen.written = true;
      return { ticket, fileName: path.basename(chosen.path), path: chosen.path, bytes: bytes.length };
    },
    async openWritten(ticket) {
      const words = apiRefusalWords();
      const chosen = ticketOf(ticket);
      const name = path.basename(chosen.path);
      if (!chosen.written) throw new NotFoundError(words('files.notYetSaved', { name }));
      if (!isSafeToOpen(chosen.path, chosen.format)) {
        throw new ExportFailedError(words('files.notOpenedHere', { name, extension: FILTERS[chosen.format].extensions[0] ?? '' }));
      }
      const problem = await dialogs.openPath(chosen.path);
      if (problem) throw new ExportFailedError(words('files.notOpened', { name, problem }));
    },
    async chooseImport(): Promise<ChosenImport> {
      // The request's language is in force only until the first await: the refusal is written in it afterwards.
      const language = refusalLanguage();
      const answer = await dialogs.showOpenDialog(IMPORT_DIALOG);
      const chosen = answer.filePaths[0];
      if (answer.canceled || !chosen) return { chosenBy: 'nobody' };
      const { size } = await fs.promises.stat(chosen);
      if (size > MAX_WORKSHOP_FILE_BYTES) throw new InvalidFileError(inLanguage(language, () => tooLargeMessage(size)));
      return { chosenBy: 'host', text: await fs.promises.readFile(chosen, 'utf8') };
    },
  };
}
