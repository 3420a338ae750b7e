import type { CopyOutcome, ProjectorOpening } from '../../shared/api/app-contract';
import { PAGE_COPIES_IMAGES, PAGE_FILES, type FileHost } from '../export/file-host';
import { cannotPrint, type ReportPrinter } from '../report/print-report-page';

/**
 * What only the host can do, injected by it. The Electron shell opens windows, shows file
 * dialogs, prints the report in a hidden window and writes the clipboard; the browser host
 * prints the report through Chromium and leaves the rest to the page, which opens tabs,
 * downloads files, picks files and uses the browser's clipboard.
 */
export type HostActions = {
  openProjector: (workshopId: string) => ProjectorOpening;
  files: FileHost;
  printReport: ReportPrinter;
  copyImage: (png: Uint8Array) => CopyOutcome | Promise<CopyOutcome>;
  /** The operating system's locale (Electron's `app.getLocale()`); null where the page knows it better (the browser's own). */
  systemLocale: () => string | null;
  /** Shows a folder in the system's file manager (the desktop app); null where the page cannot ask for that (a browser tab). */
  openFolder: ((folder: string) => Promise<void>) | null;
};

export const PAGE_HOST: HostActions = {
  openProjector: () => ({ openedBy: 'page' }),
  files: PAGE_FILES,
  printReport: cannotPrint,
  copyImage: PAGE_COPIES_IMAGES,
  systemLocale: () => null,
  openFolder: null,
};
