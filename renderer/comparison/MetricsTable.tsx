import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('comparison');
  return (
    <section className="metrics-section" aria-label={t('table.label')}>
      <table className="metrics-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.measure')}</th>
            <th scope="col" className="figure" title={currentName}>
              {t('current')}
            </th>
            <th scope="col" className="figure" title={futureName}>
              {t('future')}
            </th>
            <th scope="col" className="figure">
              {t('table.change')}
            </th>
            <th scope="col" className="figure">
              {t('table.changePercent')}
            </th>
            <th scope="col">{t('table.verdict')}</th>
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
