import { z } from 'zod';
import { MapActionIdSchema } from '../actions/map-action-descriptors';
import { IdSchema } from '../model/ids';
import { PAPER_SIZES } from '../report/report-page';

/**
 * What the desktop app's main process asks the focused window to do: a menu click the page
 * performs itself (so Undo is the map's undo, through the action registry), or a workshop to show
 * after the main process opened it from a file or the recent list. Sent on its own channel of the
 * preload bridge, main to renderer only, and validated on arrival like every API input.
 */
export const EXPORT_CHOICES = [...PAPER_SIZES.map((paper) => `pdf-${paper}` as const), 'png', 'workshop-file'] as const;
export type ExportChoice = (typeof EXPORT_CHOICES)[number];

export const DesktopCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('run-action'), actionId: MapActionIdSchema }),
  z.strictObject({ type: z.literal('new-workshop') }),
  z.strictObject({ type: z.literal('open-map'), workshopId: IdSchema, mapId: IdSchema }),
  z.strictObject({ type: z.literal('export'), choice: z.enum(EXPORT_CHOICES) }),
  z.strictObject({ type: z.literal('projector') }),
  z.strictObject({ type: z.literal('backups') }),
  /** Open the Settings dialog, on whichever screen the window shows. */
  z.strictObject({ type: z.literal('settings') }),
]);

export type DesktopCommand = z.infer<typeof DesktopCommandSchema>;

/**
 * The preload's side of the menu: the commands, unchecked until the page validates them, and the
 * page's report of the map actions it can run now (null: no map shown). Absent in the browser host,
 * which has no menu.
 */
export type DesktopBridge = {
  onCommand: (listener: (command: unknown) => void) => () => void;
  reportMenuState: (available: readonly string[] | null) => void;
};
