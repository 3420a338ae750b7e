import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../../renderer/routes/routes';

describe('routes', () => {
  const routes: Route[] = [
    { screen: 'workshops' },
    { screen: 'map', workshopId: 'w 1', mapId: 'm/1' },
    { screen: 'projector', workshopId: 'w1' },
    { screen: 'compare', workshopId: 'w1', currentId: 'c 1', futureId: 'f#1' },
    { screen: 'actions', workshopId: 'w1', mapId: 'f1' },
    { screen: 'report', workshopId: 'w?1', paper: 'letter' },
    { screen: 'report', workshopId: 'w1', paper: 'a4' },
  ];

  it('reads back every screen it writes, with ids that need escaping', () => {
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('falls back to the workshop list for an address it does not know', () => {
    expect(parseRoute('#/workshops/w1/compare/c1')).toEqual({ screen: 'workshops' });
    expect(parseRoute('#/workshops/w1/maps/m1/actions/extra')).toEqual({ screen: 'workshops' });
  });

  it('opens the report on A4 unless the address names another paper it knows', () => {
    expect(formatRoute({ screen: 'report', workshopId: 'w1', paper: 'letter' })).toBe('#/workshops/w1/report?paper=letter');
    expect(parseRoute('#/workshops/w1/report')).toEqual({ screen: 'report', workshopId: 'w1', paper: 'a4' });
    expect(parseRoute('#/workshops/w1/report?paper=a3')).toEqual({ screen: 'report', workshopId: 'w1', paper: 'a4' });
  });

  it('writes the projector view’s address', () => {
    expect(formatRoute({ screen: 'projector', workshopId: 'abc' })).toBe('#/workshops/abc/projector');
    expect(parseRoute('#/workshops/abc/elsewhere')).toEqual({ screen: 'workshops' });
  });
});
