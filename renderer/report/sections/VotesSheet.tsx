import type { SessionResults } from '../../../shared/report/vote-results';
import { Sheet } from '../Sheet';
import { countOf } from '../../../shared/util/count-words';

function describeSession({ session, mapName, dots }: SessionResults): string {
  const how = session.mode === 'facilitator-entry' ? 'dots counted from the wall' : session.visibility === 'secret' ? 'secret vote' : 'open vote';
  return `On “${mapName}” · ${countOf(dots, 'dot')} · ${how} · ${session.status}`;
}

/** Each dot vote's result, most dots first; equal counts share a rank, marked with “=”. */
export function VotesSheet({ votes }: { votes: readonly SessionResults[] }) {
  return (
    <Sheet orientation="portrait" label="Voting results">
      <h2 className="sheet-title">Voting results</h2>
      {votes.map((result) => {
        const most = result.rows[0]?.dots ?? 1;
        return (
          <section key={result.session.id} className="vote-result" aria-label={result.session.title}>
            <h3>{result.session.title}</h3>
            <p className="sheet-note">{describeSession(result)}</p>
            {!result.counted ? (
              <p>Voting was still open when this report was made, so its result is not shown.</p>
            ) : result.rows.length === 0 ? (
              <p>No dots were placed.</p>
            ) : (
              <table className="report-table votes-table">
                <thead>
                  <tr>
                    <th scope="col" className="figure">
                      Rank
                    </th>
                    <th scope="col">Item</th>
                    <th scope="col" className="figure">
                      Dots
                    </th>
                    <th scope="col">Who</th>
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
                              {voter.initials || '◦'}
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
