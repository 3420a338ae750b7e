import { useTranslation } from 'react-i18next';
import type { ReportContents } from '../../../shared/report/report-contents';
import { useLocaleFormat } from '../../i18n/I18nProvider';
import { Sheet } from '../Sheet';

const GLANCE_KEYS = new Set(['leadTime', 'processTime', 'activityRatio', 'totalInventory']);

/** The first page: what the workshop was, who was there, the headline change, and what follows. */
export function CoverSheet({ contents, sections }: { contents: ReportContents; sections: readonly string[] }) {
  const { workshop, participants, exportedAt } = contents.file;
  const glance = contents.comparisons[0];
  const { t } = useTranslation('report');
  const format = useLocaleFormat();
  return (
    <Sheet orientation="portrait" label={t('cover.label')} className="cover">
      <p className="cover-kicker">{t('cover.kicker')}</p>
      <h1 className="cover-title">{workshop.title}</h1>
      <dl className="cover-facts">
        <div>
          <dt>{t('cover.date')}</dt>
          <dd>{format.date(workshop.date)}</dd>
        </div>
        <div>
          <dt>{t('cover.facilitator')}</dt>
          <dd>{workshop.facilitator || '—'}</dd>
        </div>
        <div>
          <dt>{t('cover.participants')}</dt>
          <dd>{participants.length > 0 ? format.number(participants.length) : t('cover.noParticipants')}</dd>
        </div>
      </dl>
      {participants.length > 0 && (
        <ul className="cover-people" aria-label={t('cover.participants')}>
          {participants.map((person) => (
            <li key={person.id}>
              <span className="person-chip" style={{ background: person.color }}>
                {person.initials}
              </span>
              {person.name}
            </li>
          ))}
        </ul>
      )}
      {glance && (
        <section className="cover-glance" aria-label={t('cover.glanceLabel')}>
          <h2>{t('cover.glance', { current: glance.current.map.name, future: glance.future.map.name })}</h2>
          <table className="report-table glance-table">
            <tbody>
              {glance.rows
                .filter((row) => GLANCE_KEYS.has(row.key))
                .map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td className="figure">{row.before}</td>
                    <td className="figure">→ {row.after}</td>
                    <td className="figure">{row.changePercent}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="cover-contents" aria-label={t('cover.contents')}>
        <h2>{t('cover.contents')}</h2>
        <ol>
          {sections.map((section) => (
            <li key={section}>{section}</li>
          ))}
        </ol>
      </section>
      <p className="cover-made">{t('cover.made', { moment: format.longDateTime(new Date(exportedAt)) })}</p>
    </Sheet>
  );
}
