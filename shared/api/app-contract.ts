import { z } from 'zod';
import { refusal } from '../i18n/refusals';
import { IdSchema } from '../model/ids';
import { Base64Schema } from './export-contract';

/**
 * What the host does outside the page, where it can:
 *
 * - `app.openProjector`: the desktop app's main process opens a second window on the second
 *   display; the browser host answers that the page opens a tab (only the page can).
 * - `app.copyImage`: the desktop app puts a PNG on the clipboard; else the page uses the
 *   browser's clipboard.
 */
export const appInputs = {
  'app.openProjector': z.strictObject({ workshopId: IdSchema }),
  'app.copyImage': z.strictObject({ pngBase64: Base64Schema.min(1, refusal('empty')) }),
};

/** Who opens the projector window: the host, or the page itself. */
export type ProjectorOpening = { openedBy: 'host' | 'page' };

export type CopyOutcome = { copiedBy: 'host' | 'page' };

export type AppOutputs = {
  'app.openProjector': ProjectorOpening;
  'app.copyImage': CopyOutcome;
};
