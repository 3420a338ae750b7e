import { describe, expect, it } from 'vitest';
import { workshopListReload } from '../../../renderer/sync/workshop-list-events';

describe('when the workshop list reads itself again', () => {
  it('at once when the list changed, or after a gap or a restore', () => {
    expect(workshopListReload({ type: 'workshops' })).toBe('now');
    expect(workshopListReload({ type: 'hello', epoch: 'e1' })).toBe('now');
    expect(workshopListReload({ type: 'replaced', epoch: 'e2' })).toBe('now');
  });

  it('a little later when only a workshop’s “edited” time moved, and never for what the list does not show', () => {
    expect(workshopListReload({ type: 'committed', mapId: 'm1', revision: 3, clientId: 'tab-0001', changes: [] })).toBe('soon');
    expect(workshopListReload({ type: 'facilitation', workshopId: 'w1', topic: 'agenda' })).toBe('soon');
    expect(workshopListReload({ type: 'room', workshopId: 'w1', topic: 'ideas' })).toBe('soon');
    expect(workshopListReload({ type: 'room', workshopId: 'w1', topic: 'votes' })).toBe('soon');
    expect(workshopListReload({ type: 'room', workshopId: 'w1', topic: 'status' })).toBe('never');
    expect(workshopListReload({ type: 'settings' })).toBe('never');
  });
});
