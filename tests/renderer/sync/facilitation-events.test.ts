import { describe, expect, it } from 'vitest';
import { reloadsFacilitation } from '../../../renderer/sync/facilitation-events';

describe('which feed events make a side panel reload', () => {
  it('its own workshop’s change of its own part, and nothing of another workshop’s', () => {
    expect(reloadsFacilitation({ type: 'facilitation', workshopId: 'w-ours', topic: 'agenda' }, 'w-ours', 'agenda')).toBe(true);
    expect(reloadsFacilitation({ type: 'facilitation', workshopId: 'w-other', topic: 'agenda' }, 'w-ours', 'agenda')).toBe(false);
    expect(reloadsFacilitation({ type: 'facilitation', workshopId: 'w-ours', topic: 'voting' }, 'w-ours', 'agenda')).toBe(false);
  });

  it('everything after a gap or a restore, since what was said meanwhile was not heard; never a map edit, the room’s own news or settings', () => {
    expect(reloadsFacilitation({ type: 'hello', epoch: 'e1' }, 'w-ours', 'parking-lot')).toBe(true);
    expect(reloadsFacilitation({ type: 'replaced', epoch: 'e2' }, 'w-ours', 'parking-lot')).toBe(true);
    expect(reloadsFacilitation({ type: 'committed', mapId: 'm1', revision: 2, clientId: null, changes: [] }, 'w-ours', 'maps')).toBe(false);
    expect(reloadsFacilitation({ type: 'room', workshopId: 'w-ours', topic: 'votes' }, 'w-ours', 'voting')).toBe(false);
    expect(reloadsFacilitation({ type: 'settings' }, 'w-ours', 'maps')).toBe(false);
  });
});
