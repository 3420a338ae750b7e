import { exhaustiveSwitchError } from '../util/exhaustive';
import { ACTION_STATUSES, type ActionItem } from './action-item';

/**
 * The action plan's orderings. Empty values (no owner, no due date, no step) go last whichever
 * way a column is sorted, because a facilitator sorting by due date wants the dated ones first;
 * status sorts in workflow order; equal rows keep the order they were created in.
 */
export const ACTION_SORT_KEYS = ['what', 'owner', 'dueDate', 'status', 'step', 'map'] as const;

export type ActionSortKey = (typeof ACTION_SORT_KEYS)[number];

export type SortDirection = 'ascending' | 'descending';

export type ActionSort = { key: ActionSortKey; direction: SortDirection };

/** Names the ids point at, for sorting by step or map: the step's label, the map's name. */
export type ActionSortNames = { stepLabel: (action: ActionItem) => string | null; mapName: (action: ActionItem) => string };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function sortValue(action: ActionItem, key: ActionSortKey, names: ActionSortNames): string | number | null {
  switch (key) {
    case 'what':
      return action.what;
    case 'owner':
      return action.owner.trim() === '' ? null : action.owner;
    case 'dueDate':
      return action.dueDate;
    case 'status':
      return ACTION_STATUSES.indexOf(action.status);
    case 'step':
      return names.stepLabel(action);
    case 'map':
      return names.mapName(action);
    default:
      return exhaustiveSwitchError(key, 'action sort key');
  }
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function creationOrder(a: ActionItem, b: ActionItem): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortActions(actions: readonly ActionItem[], sort: ActionSort, names: ActionSortNames): ActionItem[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = actions.map((action) => ({ action, value: sortValue(action, sort.key, names) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      return a.value === b.value ? creationOrder(a.action, b.action) : a.value === null ? 1 : -1;
    }
    return sign * compareValues(a.value, b.value) || creationOrder(a.action, b.action);
  });
  return keyed.map(({ action }) => action);
}

/** Clicking a column header: a new column sorts ascending, the same column turns round. */
export function nextSort(current: ActionSort, key: ActionSortKey): ActionSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
