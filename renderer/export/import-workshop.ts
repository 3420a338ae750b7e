import { uiText } from '../ui-text/ui-text';
import type { ImportOutcome, WorkshopOverview } from '../../shared/api/workshop-contract';
import { MAX_WORKSHOP_FILE_BYTES, tooLargeMessage } from '../../shared/workshop-file/file-limits';
import { FILE_EXTENSION } from '../../shared/workshop-file/workshop-file-schema';
import { call } from '../api/client';

/**
 * Importing a workshop file. The host is asked first: the desktop app shows its open dialog and
 * reads the file itself; the browser host leaves the choice to the page, which opens the
 * browser's file picker, refuses a file over the size limit before reading it, and sends the
 * text. Either way the main process checks the file and adds it as a new workshop, or refuses it
 * and changes nothing.
 */
export type Imported = { overview: WorkshopOverview; message: string };

/** The browser's file picker; resolves with the chosen file, or null when the user closes it. */
export function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `${FILE_EXTENSION},.json,application/json`;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

async function fromPage(choose: () => Promise<File | null>): Promise<ImportOutcome> {
  const file = await choose();
  if (!file) return { status: 'cancelled' };
  if (file.size > MAX_WORKSHOP_FILE_BYTES) throw new Error(tooLargeMessage(file.size));
  return call('workshop.importFile', { text: await file.text() });
}

export function importedMessage(outcome: Extract<ImportOutcome, { status: 'imported' }>): string {
  const title = outcome.overview.workshop.title;
  const imported = uiText(outcome.renamed ? 'exports:imported.renamed' : 'exports:imported.plain', { title });
  return outcome.upgradedFrom === null ? imported : uiText('exports:imported.upgraded', { imported, version: outcome.upgradedFrom });
}

export async function importWorkshop(choose: () => Promise<File | null> = pickFile): Promise<Imported | null> {
  const asked = await call('workshop.importFile', {});
  const outcome = asked.status === 'choose-in-page' ? await fromPage(choose) : asked;
  if (outcome.status !== 'imported') return null;
  return { overview: outcome.overview, message: importedMessage(outcome) };
}
