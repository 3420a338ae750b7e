import type { ReportContents } from '../../../shared/report/report-contents';
import { Sheet } from '../Sheet';

/** The day as planned and as it went: each activity's timebox beside the time its timer ran. */
export function AgendaSheet({ agenda }: { agenda: ReportContents['agenda'] }) {
  return (
    <Sheet orientation="portrait" label="Agenda">
      <h2 className="sheet-title">Agenda</h2>
      <table className="report-table agenda-table">
        <thead>
          <tr>
            <th scope="col" className="figure">
              #
            </th>
            <th scope="col">Activity</th>
            <th scope="col" className="figure">
              Planned
            </th>
            <th scope="col" className="figure">
              Actual
            </th>
            <th scope="col" className="figure">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {agenda.rows.map((row, index) => (
            <tr key={index}>
              <td className="figure">{index + 1}</td>
              <td>
                {row.title}
                {row.notes && <span className="cell-note">{row.notes}</span>}
              </td>
              <td className="figure">{row.planned}</td>
              <td className="figure">{row.actual}</td>
              <td className="figure">{row.difference}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">The whole day</th>
            <td className="figure">{agenda.planned}</td>
            <td className="figure">{agenda.actual}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="sheet-note">Actual is the time the timer ran for the activity; — where it never ran.</p>
    </Sheet>
  );
}
