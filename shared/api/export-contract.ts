import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';
import { IdSchema } from '../model/ids';

/**
 * Saving a file out of the app, in two steps. `export.chooseTarget` asks the host where it should
 * go: the desktop app shows its save dialog and answers with a ticket for the chosen file (or that
 * the user cancelled); the browser host answers that the page saves it, as a download. With a
 * ticket, `export.write` writes the content there (complete or not at all), and
 * `export.openWritten` opens that file and no other.
 */
export const EXPORT_FORMATS = ['pdf', 'png', 'csv', 'workshop'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Content handed to the host to write: the largest is a 4× map image. */
export const MAX_EXPORT_CHARS = 256 * 1024 * 1024;

export const FileNameSchema = z
  .string()
  .min(1, refusal('empty'))
  .max(200, refusalAtMost('tooLong', 200))
  .refine((name) => !/[/\\\0]/.test(name), refusal('fileName'));

export const Base64Schema = z
  .string()
  .max(MAX_EXPORT_CHARS, refusal('tooLargeToSave'))
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, refusal('base64'));

export const FileContentSchema = z.discriminatedUnion('encoding', [
  z.strictObject({ encoding: z.literal('utf8'), data: z.string().max(MAX_EXPORT_CHARS, refusal('tooLargeToSave')) }),
  z.strictObject({ encoding: z.literal('base64'), data: Base64Schema }),
]);

export type FileContent = z.infer<typeof FileContentSchema>;

export const exportInputs = {
  'export.chooseTarget': z.strictObject({ suggestedName: FileNameSchema, format: z.enum(EXPORT_FORMATS) }),
  'export.write': z.strictObject({ ticket: IdSchema, content: FileContentSchema }),
  'export.openWritten': z.strictObject({ ticket: IdSchema }),
};

/** Where a file goes: the one the user chose in the host's save dialog, the page's download, or nowhere (cancelled). */
export type SaveTarget = { savedBy: 'host'; ticket: string; fileName: string } | { savedBy: 'page' } | { savedBy: 'nobody' };

/** A file the host wrote: where it is, for the message, and its ticket, to open it. */
export type WrittenFile = { ticket: string; fileName: string; path: string; bytes: number };

export type ExportOutputs = {
  'export.chooseTarget': SaveTarget;
  'export.write': WrittenFile;
  'export.openWritten': { opened: true };
};
