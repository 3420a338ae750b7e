import path from 'node:path';
import { FILE_EXTENSION } from '../../shared/workshop-file/workshop-file-schema';

/**
 * The names a workshop file goes by: the .vsw.json the app writes, and the short .vsw that
 * Windows Explorer and the macOS Finder can tell from other JSON (they look at the last extension
 * alone), which electron-builder.yml associates with the app too.
 */
export const WORKSHOP_FILE_ENDINGS = [FILE_EXTENSION, '.vsw'] as const;

export function isWorkshopFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return WORKSHOP_FILE_ENDINGS.some((ending) => lower.endsWith(ending));
}

/**
 * Which workshop files the operating system handed us: on Windows and Linux as arguments of the
 * command line (the first start's, or a second start's, which `second-instance` passes on with
 * its working folder); on macOS as `open-file` events, which can come before the app is ready.
 * Only names ending in .vsw.json or .vsw count, so Electron's own arguments (the app's path,
 * switches) never reach the import; the import then checks the file itself like any other.
 */
export function workshopFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  const files = argv.filter((arg) => !arg.startsWith('-') && isWorkshopFileName(arg));
  return [...new Set(files.map((file) => path.resolve(workingDirectory, file)))];
}

/** Files that arrive before the app can open them wait here; once it can, each is handed on as it comes. */
export type FileInbox = { receive: (filePath: string) => void; openWith: (open: (filePath: string) => void) => void };

export function createFileInbox(): FileInbox {
  const waiting: string[] = [];
  let opener: ((filePath: string) => void) | null = null;
  return {
    receive(filePath) {
      if (opener) opener(filePath);
      else if (!waiting.includes(filePath)) waiting.push(filePath);
    },
    openWith(open) {
      opener = open;
      for (const filePath of waiting.splice(0)) open(filePath);
    },
  };
}
