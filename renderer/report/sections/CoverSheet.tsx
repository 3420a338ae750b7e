import type { ReportContents } from '../../../shared/report/report-contents';
import { formatWorkshopDate } from '../../components/format-dates';
import { Sheet } from '../Sheet';

const GLANCE_KEYS = new Set(['leadTime', 'processTime', 'activityRatio', 'totalInventory']);

/** The first page: what the workshop was, who was there, the headline change, and what follows. */
export function CoverSheet({ contents, sections }: { contents: ReportContents; sections: readonly string[] }) {
  const { workshop, participants, exportedAt } = contents.file;
  const glance = contents.comparisons[0];
  return (
    <Sheet orientation="portrait" label="Cover" className="cover">
      <p className="cover-kicker">Value stream workshop report</p>
      <h1 className="cover-title">{workshop.title}</h1>
      <dl className="cover-facts">
        <div>
          <dt>Date</dt>
          <dd>{formatWorkshopDate(workshop.date)}</dd>
        </div>
        <div>
          <dt>Facilitator</dt>
          <dd>{workshop.facilitator || '—'}</dd>
        </div>
        <div>
          <dt>Participants</dt>
          <dd>{participants.length > 0 ? participants.length : 'none recorded'}</dd>
        </div>
      </dl>
      {participants.length > 0 && (
        <ul className="cover-people" aria-label="Participants">
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
        <section className="cover-glance" aria-label="At a glance">
          <h2>
            At a glance: {glance.current.map.name} → {glance.future.map.name}
          </h2>
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
      <section className="cover-contents" aria-label="Contents">
        <h2>Contents</h2>
        <ol>
          {sections.map((section) => (
            <li key={section}>{section}</li>
          ))}
        </ol>
      </section>
      <p className="cover-made">
        Made with Value Stream Workshop from the workshop as it was on{' '}
        {new Date(exportedAt).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })}.
      </p>
    </Sheet>
  );
}
