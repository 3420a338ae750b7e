import { describe, expect, it } from 'vitest';
import { ActionFieldsSchema, isOverdue, type ActionItem } from '../../../shared/action-plan/action-item';
import { nextSort, sortActions, type ActionSortNames } from '../../../shared/action-plan/action-sort';

let created = 0;
function action(id: string, fields: Partial<ActionItem> = {}): ActionItem {
  created += 1;
  return {
    id,
    workshopId: 'w',
    mapId: 'future',
    what: id,
    owner: '',
    dueDate: null,
    status: 'open',
    stepNodeId: null,
    kaizenNodeId: null,
    createdAt: `2026-01-01T00:00:${String(created).padStart(2, '0')}.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

const names: ActionSortNames = {
  stepLabel: (item) => (item.stepNodeId === null ? null : `Step ${item.stepNodeId}`),
  mapName: (item) => (item.mapId === 'ideal' ? 'Ideal' : 'Next quarter'),
};

const ids = (items: ActionItem[]) => items.map((item) => item.id);

describe('sorting the action plan', () => {
  const plan = [
    action('a', { what: 'Set up SMED team', owner: 'Kim', dueDate: '2026-03-01', status: 'done', stepNodeId: 'B' }),
    action('b', { what: 'buy kanban cards', owner: '', dueDate: null, status: 'open' }),
    action('c', { what: 'Level the mix', owner: 'ana', dueDate: '2026-02-01', status: 'dropped', stepNodeId: 'A', mapId: 'ideal' }),
    action('d', { what: 'Cell layout', owner: 'Ben', dueDate: '2026-02-01', status: 'in-progress' }),
  ];

  it('sorts text without regard to case, both ways, with empty owners last either way', () => {
    expect(ids(sortActions(plan, { key: 'what', direction: 'ascending' }, names))).toEqual(['b', 'd', 'c', 'a']);
    expect(ids(sortActions(plan, { key: 'what', direction: 'descending' }, names))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(sortActions(plan, { key: 'owner', direction: 'ascending' }, names))).toEqual(['c', 'd', 'a', 'b']);
    expect(ids(sortActions(plan, { key: 'owner', direction: 'descending' }, names))).toEqual(['a', 'd', 'c', 'b']);
  });

  it('sorts by due date with undated actions last and equal dates in creation order', () => {
    expect(ids(sortActions(plan, { key: 'dueDate', direction: 'ascending' }, names))).toEqual(['c', 'd', 'a', 'b']);
    expect(ids(sortActions(plan, { key: 'dueDate', direction: 'descending' }, names))).toEqual(['a', 'c', 'd', 'b']);
  });

  it('sorts status in workflow order, and by the names of steps and maps', () => {
    expect(ids(sortActions(plan, { key: 'status', direction: 'ascending' }, names))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(sortActions(plan, { key: 'step', direction: 'ascending' }, names))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(sortActions(plan, { key: 'map', direction: 'ascending' }, names))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('leaves the list it was given alone', () => {
    const copy = [...plan];
    sortActions(plan, { key: 'what', direction: 'ascending' }, names);
    expect(plan).toEqual(copy);
  });

  it('turns a column round on a second click and starts a new column ascending', () => {
    expect(nextSort({ key: 'what', direction: 'ascending' }, 'what')).toEqual({ key: 'what', direction: 'descending' });
    expect(nextSort({ key: 'what', direction: 'descending' }, 'what')).toEqual({ key: 'what', direction: 'ascending' });
    expect(nextSort({ key: 'what', direction: 'descending' }, 'owner')).toEqual({ key: 'owner', direction: 'ascending' });
  });
});

describe('action fields', () => {
  it('refuses an empty action, a date that is not a date and an unknown status', () => {
    const valid = { what: 'Cut changeover to 10 min', owner: 'Kim', dueDate: '2026-03-01', status: 'open', stepNodeId: null, kaizenNodeId: null };
    expect(ActionFieldsSchema.safeParse(valid).success).toBe(true);
    expect(ActionFieldsSchema.safeParse({ ...valid, what: '   ' }).success).toBe(false);
    expect(ActionFieldsSchema.safeParse({ ...valid, dueDate: '1 March' }).success).toBe(false);
    expect(ActionFieldsSchema.safeParse({ ...valid, status: 'later' }).success).toBe(false);
  });

  it('calls an unfinished action past its date overdue, and nothing else', () => {
    expect(isOverdue({ dueDate: '2026-02-01', status: 'open' }, '2026-02-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-02-01', status: 'in-progress' }, '2026-02-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-02-01', status: 'open' }, '2026-02-01')).toBe(false);
    expect(isOverdue({ dueDate: '2026-02-01', status: 'done' }, '2026-03-01')).toBe(false);
    expect(isOverdue({ dueDate: '2026-02-01', status: 'dropped' }, '2026-03-01')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'open' }, '2026-03-01')).toBe(false);
  });
});
