import type { ComparisonRow } from '../../shared/comparison/format-comparison';
import type { Verdict } from '../../shared/vsm';

type MetricsTableProps = { rows: readonly ComparisonRow[]; currentName: string; futureName: string; note: string };

const VERDICT_ICON: Readonly<Record<Verdict, string>> = {
  better: '▲',
  worse: '▼',
  same: '=',
  changed: '◆',
  unknown: '?',
};

/** Every headline figure before and after, with the change and whether it is better, in words and colour. */
export function MetricsTable({ rows, currentName, futureName, note }: MetricsTableProps) {
  return (
    <section className="metrics-section" aria-label="Figures before and after">
      <table className="metrics-table">
        <caption>What changes, and by how much</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="figure" title={currentName}>
              Current
            </th>
            <th scope="col" className="figure" title={futureName}>
              Future
            </th>
            <th scope="col" className="figure">
              Change
            </th>
            <th scope="col" className="figure">
              Change %
            </th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-metric={row.key}>
              <th scope="row">{row.label}</th>
              <td className="figure" data-column="before">
                {row.before}
              </td>
              <td className="figure" data-column="after">
                {row.after}
              </td>
              <td className="figure" data-column="change">
                {row.change}
              </td>
              <td className="figure" data-column="change-percent">
                {row.changePercent}
              </td>
              <td data-column="verdict">
                <span className={`verdict verdict-${row.verdict}`}>
                  <span aria-hidden="true">{VERDICT_ICON[row.verdict]}</span> {row.verdictText}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="metrics-note">{note}</p>
    </section>
  );
}
