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
