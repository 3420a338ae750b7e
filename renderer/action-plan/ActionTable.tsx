import { useTranslation } from 'react-i18next';
import { nextSort, sortActions, type ActionSort, type ActionSortKey } from '../../shared/action-plan/action-sort';
import type { ActionFields, ActionItem } from '../../shared/action-plan/action-item';
import type { ActionNames } from './action-names';
import { ActionRow } from './ActionRow';

type ActionTableProps = {
  actions: readonly ActionItem[];
  names: ActionNames;
  sort: ActionSort;
  onSort: (sort: ActionSort) => void;
  today: string;
  onUpdate: (id: string, patch: Partial<ActionFields>) => void;
  onDelete: (action: ActionItem) => void;
};

const COLUMN_ORDER: readonly ActionSortKey[] = ['what', 'step', 'owner', 'dueDate', 'status', 'map'];

/** The action plan as a table: every column sorts (click again to turn it round), every cell edits in place. */
export function ActionTable({ actions, names, sort, onSort, today, onUpdate, onDelete }: ActionTableProps) {
  const { t } = useTranslation('actionPlan');
  const rows = sortActions(actions, sort, names);
  return (
    <table className="action-table">
      <thead>
        <tr>
          {COLUMN_ORDER.map((key) => {
            const active = sort.key === key;
            return (
              <th key={key} scope="col" aria-sort={active ? sort.direction : 'none'} className={`column-${key}`}>
                <button type="button" onClick={() => onSort(nextSort(sort, key))} title={t(`sortBy.${key}`)}>
                  {t(`columns.${key}`)}
                  <span aria-hidden="true" className="sort-mark">
                    {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            );
          })}
          <th scope="col">
            <span className="visually-hidden">{t('row.delete')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((action) => (
          <ActionRow
            key={action.id}
            action={action}
            names={names}
            today={today}
            onUpdate={(patch) => onUpdate(action.id, patch)}
            onDelete={() => onDelete(action)}
          />
        ))}
      </tbody>
    </table>
  );
}
