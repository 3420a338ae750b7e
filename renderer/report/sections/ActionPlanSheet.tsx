import type { ActionPlanRow } from '../../../shared/report/action-plan-rows';
import { formatWorkshopDate } from '../../components/format-dates';
import { Sheet } from '../Sheet';

/** Who does what by when: every action of the future states, with the step it improves. */
export function ActionPlanSheet({ actions }: { actions: readonly ActionPlanRow[] }) {
  const maps = new Set(actions.map((action) => action.mapName));
  return (
    <Sheet orientation="landscape" label="Action plan">
      <h2 className="sheet-title">Action plan</h2>
      <table className="report-table actions-table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Improves</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            {maps.size > 1 && <th scope="col">Future state</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className={action.overdue ? 'overdue' : undefined}>
              <td>
                {action.what}
                {action.burst && <span className="cell-note">From the kaizen burst “{action.burst}”</span>}
              </td>
              <td>{action.step}</td>
              <td>{action.owner || '—'}</td>
              <td className="nowrap">
                {action.dueDate ? formatWorkshopDate(action.dueDate) : '—'}
                {action.overdue && <span className="cell-flag">overdue</span>}
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
