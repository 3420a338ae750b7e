import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../renderer/app/routes';

describe('routes', () => {
  const routes: Route[] = [
    { screen: 'workshops' },
    { screen: 'map', workshopId: 'w 1', mapId: 'm/1' },
    { screen: 'projector', workshopId: 'w1' },
    { screen: 'compare', workshopId: 'w1', currentId: 'c 1', futureId: 'f#1' },
    { screen: 'actions', workshopId: 'w1', mapId: 'f1' },
  ];

  it('reads back every screen it writes, with ids that need escaping', () => {
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('falls back to the workshop list for an address it does not know', () => {
    expect(parseRoute('#/workshops/w1/compare/c1')).toEqual({ screen: 'workshops' });
    expect(parseRoute('#/workshops/w1/maps/m1/actions/extra')).toEqual({ screen: 'workshops' });
  });

  it('writes the projector view’s address', () => {
    expect(formatRoute({ screen: 'projector', workshopId: 'abc' })).toBe('#/workshops/abc/projector');
    expect(parseRoute('#/workshops/abc/elsewhere')).toEqual({ screen: 'workshops' });
  });
});
