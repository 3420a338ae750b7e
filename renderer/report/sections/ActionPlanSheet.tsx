import { useTranslation } from 'react-i18next';
import type { ActionPlanRow } from '../../../shared/report/action-plan-rows';
import { useLocaleFormat } from '../../i18n/I18nProvider';
import { Sheet } from '../Sheet';

/** Who does what by when: every action of the future states, with the step it improves. */
export function ActionPlanSheet({ actions }: { actions: readonly ActionPlanRow[] }) {
  const { t } = useTranslation(['report', 'vsm']);
  const format = useLocaleFormat();
  const maps = new Set(actions.map((action) => action.mapName));
  return (
    <Sheet orientation="landscape" label={t('sections.actions')}>
      <h2 className="sheet-title">{t('sections.actions')}</h2>
      <table className="report-table actions-table">
        <thead>
          <tr>
            <th scope="col">{t('actions.action')}</th>
            <th scope="col">{t('actions.improves')}</th>
            <th scope="col">{t('actions.owner')}</th>
            <th scope="col">{t('actions.due')}</th>
            <th scope="col">{t('actions.status')}</th>
            {maps.size > 1 && <th scope="col">{t('actions.futureState')}</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className={action.overdue ? 'overdue' : undefined}>
              <td>
                {action.what}
                {action.burst && <span className="cell-note">{t('actions.fromBurst', { burst: t('vsm:quoted', { text: action.burst }) })}</span>}
              </td>
              <td>{action.step}</td>
              <td>{action.owner || '—'}</td>
              <td className="nowrap">
                {action.dueDate ? format.date(action.dueDate) : '—'}
                {action.overdue && <span className="cell-flag">{t('actions.overdue')}</span>}
              </td>
              <td className="nowrap">{action.statusLabel}</td>
              {maps.size > 1 && <td>{action.mapName}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </Sheet>
  );
}
