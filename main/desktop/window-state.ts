import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomicallySync } from '../export/write-file-atomically';

/**
 * The main window comes back where it was: size, position, display, maximised or full screen.
 * Its place is a small JSON file in the data folder, written atomically as the window closes.
 * It is restored only when that display is still attached and enough of the window's title bar
 * lands on it to grab; otherwise (the projector was unplugged, the laptop is at another desk)
 * the window opens at its default size, centred, as on a first start. Pure apart from the file.
 */
const RectSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });

export const WindowStateSchema = z.object({
  bounds: RectSchema,
  displayId: z.number(),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});

export type WindowState = z.infer<typeof WindowStateSchema>;

export type WindowRect = z.infer<typeof RectSchema>;

/** A display as Electron's screen describes it, by what is read here. */
export type DisplayArea = { id: number; workArea: WindowRect };

export type RestoredWindow = { bounds: WindowRect; maximized: boolean; fullScreen: boolean };

/** How much of the top strip (the title bar) must be on the display for the window to count as reachable. */
const GRAB_WIDTH = 120;
const TITLE_BAR_HEIGHT = 32;

function overlap(start: number, length: number, areaStart: number, areaLength: number): number {
  return Math.max(0, Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart));
}

export function restoreWindowState(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
  minimum: { width: number; height: number },
): RestoredWindow | null {
  if (!saved) return null;
  const display = displays.find((candidate) => candidate.id === saved.displayId);
  if (!display) return null;
  const area = display.workArea;
  const width = Math.max(minimum.width, Math.min(saved.bounds.width, area.width));
  const height = Math.max(minimum.height, Math.min(saved.bounds.height, area.height));
  const { x, y } = saved.bounds;
  const grabbable =
    overlap(x, width, area.x, area.width) >= Math.min(GRAB_WIDTH, width) && overlap(y, TITLE_BAR_HEIGHT, area.y, area.height) >= TITLE_BAR_HEIGHT / 2;
  if (!grabbable) return null;
  return { bounds: { x, y, width, height }, maximized: saved.maximized, fullScreen: saved.fullScreen };
}

export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved place, or null when there is none or it is not one (a hand-edited or damaged file is ignored, not trusted). */
export function readWindowState(dataDir: string): WindowState | null {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, WINDOW_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWindowState(dataDir: string, state: WindowState): void {
  writeFileAtomicallySync(
    path.join(dataDir, WINDOW_STATE_FILE),
    new TextEncoder().encode(`${JSON.stringify(WindowStateSchema.parse(state), null, 2)}\n`),
  );
}
