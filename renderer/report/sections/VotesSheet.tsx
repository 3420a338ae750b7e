import { useTranslation } from 'react-i18next';
import type { SessionResults } from '../../../shared/report/vote-results';
import { Sheet } from '../Sheet';

/** The chip of a dot whose voter has no initials (the paper wall's). */
const NO_INITIALS = '\u25e6';

function useSessionLine(): (result: SessionResults) => string {
  const { t } = useTranslation(['report', 'vsm']);
  return ({ session, mapName, dots }) => {
    const how = session.mode === 'facilitator-entry' ? t('votes.fromTheWall') : session.visibility === 'secret' ? t('votes.secret') : t('votes.open');
    return t('votes.session', {
      map: t('vsm:quoted', { text: mapName }),
      dots: t('votes.dots', { count: dots }),
      how,
      status: t(`votes.status.${session.status}`),
    });
  };
}

/** Each dot vote's result, most dots first; equal counts share a rank, marked with “=”. */
export function VotesSheet({ votes }: { votes: readonly SessionResults[] }) {
  const { t } = useTranslation('report');
  const describeSession = useSessionLine();
  return (
    <Sheet orientation="portrait" label={t('sections.votes')}>
      <h2 className="sheet-title">{t('sections.votes')}</h2>
      {votes.map((result) => {
        const most = result.rows[0]?.dots ?? 1;
        return (
          <section key={result.session.id} className="vote-result" aria-label={result.session.title}>
            <h3>{result.session.title}</h3>
            <p className="sheet-note">{describeSession(result)}</p>
            {!result.counted ? (
              <p>{t('votes.stillOpen')}</p>
            ) : result.rows.length === 0 ? (
              <p>{t('votes.noDots')}</p>
            ) : (
              <table className="report-table votes-table">
                <thead>
                  <tr>
                    <th scope="col" className="figure">
                      {t('votes.rank')}
                    </th>
                    <th scope="col">{t('votes.item')}</th>
                    <th scope="col" className="figure">
                      {t('votes.dotsColumn')}
                    </th>
                    <th scope="col">{t('votes.who')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row) => (
                    <tr key={row.nodeId} data-rank={row.rank}>
                      <td className="figure">{row.tied ? `=${row.rank}` : row.rank}</td>
                      <td className="vote-item">
                        {row.label}
                        <span className="vote-bar" aria-hidden="true">
                          <span style={{ width: `${(100 * row.dots) / most}%` }} />
                        </span>
                      </td>
                      <td className="figure">{row.dots}</td>
                      <td>
                        {row.voters.map((voter, index) => (
                          <span key={index} className="voter">
                            <span className="person-chip person-chip-small" style={{ background: voter.color ?? '#57606a' }}>
                              {voter.initials || NO_INITIALS}
                            </span>
                            {voter.count > 1 ? `×${voter.count}` : ''}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </Sheet>
  );
}
