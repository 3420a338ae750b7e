import { describe, expect, it } from 'vitest';
import { chooseProjectorPlacement, projectorUrl, projectorWindowOptions, type DisplayInfo } from '../../../main/electron/projector-placement';
import { secureWebPreferences } from '../../../main/electron/window-policy';

function display(id: number, x: number, width: number, height: number, taskbar = 0): DisplayInfo {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - taskbar } };
}

const laptop = display(1, 0, 1440, 900, 40);
const projector = display(2, 1440, 1920, 1080);

describe('projector window placement', () => {
  it('fills the display the facilitator is not on', () => {
    expect(chooseProjectorPlacement([laptop, projector], 1)).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true });
    expect(chooseProjectorPlacement([laptop, projector], 2)).toEqual({ displayId: 1, bounds: laptop.bounds, fullscreen: true });
  });

  it('picks the largest of several other displays', () => {
    const small = display(3, -1024, 1024, 768);
    expect(chooseProjectorPlacement([small, laptop, projector], 1)?.displayId).toBe(2);
  });

  it('with one display, opens a 16:9 window centred in its work area', () => {
    expect(chooseProjectorPlacement([laptop], 1)).toEqual({
      displayId: 1,
      bounds: { x: 80, y: 70, width: 1280, height: 720 },
      fullscreen: false,
    });
    const tiny = display(5, 0, 1024, 600);
    expect(chooseProjectorPlacement([tiny], 5)?.bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
  });

  it('copes with an unknown facilitator display and with none at all', () => {
    expect(chooseProjectorPlacement([laptop, projector], 99)?.displayId).toBe(2);
    expect(chooseProjectorPlacement([], 1)).toBeNull();
  });

  it('gives the projector window the main window’s locked-down web preferences', () => {
    const placement = chooseProjectorPlacement([laptop, projector], 1);
    const options = projectorWindowOptions('/app/preload.cjs', '/app/icon.png', placement);
    expect(options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    expect(options).toMatchObject({ ...projector.bounds, fullscreen: true });
    expect(projectorWindowOptions('/p', '/i', null)).toMatchObject({ width: 1280, height: 720, fullscreen: false });
  });

  it('addresses the projector route under the app’s own origin or the dev server', () => {
    expect(projectorUrl('app://vsw/', 'w 1')).toBe('app://vsw/#/workshops/w%201/projector');
    expect(projectorUrl('http://localhost:5173', 'w')).toBe('http://localhost:5173/#/workshops/w/projector');
  });
});
