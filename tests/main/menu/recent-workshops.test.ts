import { describe, expect, it } from 'vitest';
import { recentWorkshops } from '../../../main/menu/recent-workshops';
import type { WorkshopSummary } from '../../../shared/api/workshop-contract';

const workshop = (id: string, updatedAt: string): WorkshopSummary => ({
  id,
  title: `Workshop ${id}`,
  facilitator: '',
  date: '2026-11-25',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt,
  mapCount: 1,
});

describe('File ▸ Open recent', () => {
  it('lists the workshops last worked on, newest first, at most the limit', () => {
    const list = [workshop('a', '2026-11-02T09:00:00.000Z'), workshop('b', '2026-11-05T09:00:00.000Z'), workshop('c', '2026-11-03T09:00:00.000Z')];
    expect(recentWorkshops(list, 2)).toEqual([
      { id: 'b', title: 'Workshop b' },
      { id: 'c', title: 'Workshop c' },
    ]);
    expect(recentWorkshops([])).toEqual([]);
  });
});
