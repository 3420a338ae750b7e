import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../renderer/app/routes';

describe('routes', () => {
  it('round-trips every screen, the projector view included', () => {
    const routes: Route[] = [
      { screen: 'workshops' },
      { screen: 'map', workshopId: 'w 1', mapId: 'm/2' },
      { screen: 'projector', workshopId: 'w 1' },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(formatRoute({ screen: 'projector', workshopId: 'abc' })).toBe('#/workshops/abc/projector');
    expect(parseRoute('#/workshops/abc/elsewhere')).toEqual({ screen: 'workshops' });
  });
});
