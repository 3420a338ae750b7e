import { projectorHash } from '../../shared/facilitation/presentation';
import { secureWebPreferences, type SecureWebPreferences } from './window-policy';

/**
 * Where the projector window goes. With a second display (the projector), it fills the largest
 * display other than the one the facilitator's window is on; with one display, it opens as a
 * 16:9 window in the middle of that display so the facilitator can drag it where it should be.
 * Pure, so the shell only feeds it Electron's displays.
 */
export type DisplayRect = { x: number; y: number; width: number; height: number };

export type DisplayInfo = { id: number; bounds: DisplayRect; workArea: DisplayRect };

export type ProjectorPlacement = { displayId: number; bounds: DisplayRect; fullscreen: boolean };

const WINDOWED = { width: 1280, height: 720 };

function area(rect: DisplayRect): number {
  return rect.width * rect.height;
}

export function chooseProjectorPlacement(displays: readonly DisplayInfo[], facilitatorDisplayId: number): ProjectorPlacement | null {
  const others = displays.filter((display) => display.id !== facilitatorDisplayId);
  const projector = others.reduce<DisplayInfo | null>((best, display) => (!best || area(display.bounds) > area(best.bounds) ? display : best), null);
  if (projector) return { displayId: projector.id, bounds: projector.bounds, fullscreen: true };
  const own = displays.find((display) => display.id === facilitatorDisplayId) ?? displays[0];
  if (!own) return null;
  const { workArea } = own;
  const width = Math.min(WINDOWED.width, workArea.width);
  const height = Math.min(WINDOWED.height, workArea.height);
  return {
    displayId: own.id,
    bounds: {
      x: Math.round(workArea.x + (workArea.width - width) / 2),
      y: Math.round(workArea.y + (workArea.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  };
}

export type ProjectorWindowOptions = DisplayRect & {
  fullscreen: boolean;
  title: string;
  icon: string;
  backgroundColor: string;
  autoHideMenuBar: true;
  webPreferences: SecureWebPreferences;
};

/** The projector window: placed as chosen, with the same locked-down web preferences as the main window. */
export function projectorWindowOptions(preload: string, icon: string, placement: ProjectorPlacement | null): ProjectorWindowOptions {
  return {
    ...(placement?.bounds ?? { x: 0, y: 0, ...WINDOWED }),
    fullscreen: placement?.fullscreen ?? false,
    title: 'Projector — Value Stream Workshop',
    icon,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload),
  };
}

/** The projector route of a workshop under the app's start address. */
export function projectorUrl(start: string, workshopId: string): string {
  return new URL(projectorHash(workshopId), start).toString();
}
