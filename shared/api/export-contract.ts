import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { PAPER_SIZES } from '../report/report-page';
import { MAX_WORKSHOP_FILE_BYTES, MAX_WORKSHOP_FILE_TEXT } from '../workshop-file/file-limits';
import type { WorkshopFile } from '../workshop-file/workshop-file-schema';
import type { WorkshopOverview } from './workshops-contract';

/**
 * Getting a workshop out of the app and back in. The same channels serve both hosts:
 *
 * - A file is saved in two steps. `export.chooseTarget` asks the host where it should go: the
 *   desktop app shows its save dialog and answers with a ticket for the chosen file (or that the
 *   user cancelled); the browser host answers that the page saves it, as a download. With a
 *   ticket, `export.write` writes the content there (complete or not at all), and
 *   `export.openWritten` opens that file and no other.
 * - The workshop file and everything the report prints come from `workshop.exportFile`.
 * - `workshop.importFile` without text asks the host for a file (the desktop app's open dialog);
 *   the browser host answers that the page picks it, and the page sends its text.
 * - `report.print` makes the PDF (Chromium's print of the report page, in either host) and
 *   writes it to a ticket's file, or hands it to the page; one report at a time, whose progress
 *   `report.progress` tells.
 * - `app.copyImage` puts a PNG on the clipboard where the host can (the desktop app); else the
 *   page uses the browser's clipboard.
 */
export const EXPORT_FORMATS = ['pdf', 'png', 'csv', 'workshop'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Content handed to the host to write: the largest is a 4× map image. */
export const MAX_EXPORT_CHARS = 256 * 1024 * 1024;

export const FileNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((name) => !/[/\\\0]/.test(name), 'must be a file name, not a path');

const Base64Schema = z.string().max(MAX_EXPORT_CHARS, 'is too large to save').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const FileContentSchema = z.discriminatedUnion('encoding', [
  z.strictObject({ encoding: z.literal('utf8'), data: z.string().max(MAX_EXPORT_CHARS, 'is too large to save') }),
  z.strictObject({ encoding: z.literal('base64'), data: Base64Schema }),
]);

export type FileContent = z.infer<typeof FileContentSchema>;

export const exportInputs = {
  'workshop.exportFile': z.strictObject({ id: IdSchema }),
  'workshop.importFile': z.strictObject({
    text: z.string().max(MAX_WORKSHOP_FILE_BYTES, `must be at most ${MAX_WORKSHOP_FILE_TEXT}: the file is too large to import`).optional(),
  }),
  'export.chooseTarget': z.strictObject({ suggestedName: FileNameSchema, format: z.enum(EXPORT_FORMATS) }),
  'export.write': z.strictObject({ ticket: IdSchema, content: FileContentSchema }),
  'export.openWritten': z.strictObject({ ticket: IdSchema }),
  'report.print': z.strictObject({ workshopId: IdSchema, paper: z.enum(PAPER_SIZES), ticket: IdSchema.optional() }),
  'report.progress': z.strictObject({}),
  'app.copyImage': z.strictObject({ pngBase64: Base64Schema.min(1, 'must not be empty') }),
};

export type ExportChannel = keyof typeof exportInputs;

/** Where a file goes: the one the user chose in the host's save dialog, the page's download, or nowhere (cancelled). */
export type SaveTarget = { savedBy: 'host'; ticket: string; fileName: string } | { savedBy: 'page' } | { savedBy: 'nobody' };

/** A file the host wrote: where it is, for the message, and its ticket, to open it. */
export type WrittenFile = { ticket: string; fileName: string; path: string; bytes: number };

export type ImportOutcome =
  | { status: 'imported'; overview: WorkshopOverview; renamed: boolean; upgradedFrom: number | null }
  | { status: 'cancelled' }
  | { status: 'choose-in-page' };

export type PrintedReport = { savedBy: 'host'; file: WrittenFile } | { savedBy: 'page'; pdfBase64: string; bytes: number };

export const REPORT_STAGES = ['opening', 'drawing', 'printing', 'saving'] as const;

export type ReportStage = (typeof REPORT_STAGES)[number];

export type ReportProgress = { running: false } | { running: true; workshopId: string; stage: ReportStage; detail: string };

export type CopyOutcome = { copiedBy: 'host' | 'page' };

export type ExportOutputs = {
  'workshop.exportFile': WorkshopFile;
  'workshop.importFile': ImportOutcome;
  'export.chooseTarget': SaveTarget;
  'export.write': WrittenFile;
  'export.openWritten': { opened: true };
  'report.print': PrintedReport;
  'report.progress': ReportProgress;
  'app.copyImage': CopyOutcome;
};
