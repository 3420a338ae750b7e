import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/facilitation/participant';
import type { RankedItem } from '../../../shared/facilitation/voting-results';
import { WALL_DOT_COLOR } from './vote-layout';
import './results.css';

type ResultsListProps = {
  ranking: readonly RankedItem[];
  labels: Readonly<Record<string, string>>;
  participants: readonly Participant[];
  /** Show at most this many items (the projector shows the top of the list). */
  limit?: number;
};

/** The ranked result: most dots first, ties sharing a rank and saying so, each voter's dots in their colour. */
export function ResultsList({ ranking, labels, participants, limit }: ResultsListProps) {
  const { t } = useTranslation('facilitation');
  if (ranking.length === 0) return <p className="muted">{t('results.none')}</p>;
  const byId = new Map(participants.map((participant) => [participant.id, participant]));
  const most = ranking[0]?.total ?? 1;
  const shown = limit === undefined ? ranking : ranking.slice(0, limit);
  return (
    <ol className="results-list" aria-label={t('results.label')}>
      {shown.map((item) => (
        <li key={item.nodeId} className="results-item" data-rank={item.rank}>
          <span className="results-rank" aria-label={item.tied ? t('results.tiedRank', { rank: item.rank }) : t('results.rank', { rank: item.rank })}>
            {item.tied ? `=${item.rank}` : item.rank}
          </span>
          <span className="results-body">
            <span className="results-label">{labels[item.nodeId] ?? item.nodeId}</span>
            <span className="results-bar" aria-hidden="true">
              <span className="results-bar-fill" style={{ width: `${(100 * item.total) / most}%` }} />
            </span>
            <span className="results-voters" aria-hidden="true">
              {item.byVoter.flatMap((voter) => {
                const person = voter.participantId === null ? undefined : byId.get(voter.participantId);
                return Array.from({ length: voter.count }, (_, index) => (
                  <span
                    key={`${voter.participantId ?? 'wall'}-${index}`}
                    className="results-dot"
                    style={{ background: person?.color ?? WALL_DOT_COLOR }}
                    title={person?.name ?? t('results.paperWall')}
                  />
                ));
              })}
            </span>
          </span>
          <span className="results-total">
            {t('results.dots', { count: item.total })}
            {item.tied && <span className="results-tie">{t('results.tie')}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
