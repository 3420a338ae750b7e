import { useTranslation } from 'react-i18next';
import type { ReportContents } from '../../../shared/report/report-contents';
import { Sheet } from '../Sheet';

/** The day as planned and as it went: each activity's timebox beside the time its timer ran. */
export function AgendaSheet({ agenda }: { agenda: ReportContents['agenda'] }) {
  const { t } = useTranslation('report');
  return (
    <Sheet orientation="portrait" label={t('sections.agenda')}>
      <h2 className="sheet-title">{t('sections.agenda')}</h2>
      <table className="report-table agenda-table">
        <thead>
          <tr>
            <th scope="col" className="figure">
              {t('agenda.number')}
            </th>
            <th scope="col">{t('agenda.activity')}</th>
            <th scope="col" className="figure">
              {t('agenda.planned')}
            </th>
            <th scope="col" className="figure">
              {t('agenda.actual')}
            </th>
            <th scope="col" className="figure">
              {t('agenda.difference')}
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
            <th scope="row">{t('agenda.wholeDay')}</th>
            <td className="figure">{agenda.planned}</td>
            <td className="figure">{agenda.actual}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="sheet-note">{t('agenda.note')}</p>
    </Sheet>
  );
}
