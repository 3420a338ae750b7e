import { useTranslation } from 'react-i18next';
import type { MapNode } from '../../../shared/model/map-node';
import type { RoomVote } from '../../../shared/room/participant-view';
import { VoteThumb } from './VoteThumb';

type VoteScreenProps = {
  vote: RoomVote;
  /** The vote's map, for the thumbnails; empty until it has loaded. */
  nodes: readonly MapNode[];
  /** Dots cast or taken back on this phone that the laptop has not confirmed yet (offline, or on their way). */
  pendingChanges: number;
  onCast: (nodeId: string) => void;
  onRetract: (nodeId: string) => void;
  onDone: () => void;
};

/** Dot voting on a phone: the items as a list, a dot on or off each, "I'm done", and the ranking once revealed. */
export function VoteScreen({ vote, nodes, pendingChanges, onCast, onRetract, onDone }: VoteScreenProps) {
  const { t } = useTranslation('room');
  const progress = t('vote.progress', { count: vote.votedCount, done: vote.doneCount });
  if (vote.ranking && vote.status !== 'open') return <Ranking vote={vote} />;
  if (vote.status !== 'open') {
    return (
      <section className="room-card" aria-labelledby="vote-title">
        <h2 id="vote-title">{vote.title}</h2>
        <p className="room-hint">{t('vote.closed')}</p>
        <p className="room-hint" aria-live="polite">
          {progress}
        </p>
      </section>
    );
  }
  const canCast = vote.myDotsLeft > 0 && !vote.done;
  return (
    <section className="room-card" aria-labelledby="vote-title">
      <h2 id="vote-title">{vote.title}</h2>
      <div className="vote-budget">
        <span aria-live="polite" data-testid="dots-left">
          {t('vote.dotsLeft', { count: vote.myDotsLeft })}
        </span>
        <span className="vote-dots-left" aria-hidden="true">
          {Array.from({ length: vote.votesPerParticipant }, (_, index) => (
            <span key={index} className="vote-dot" data-used={index >= vote.myDotsLeft} />
          ))}
        </span>
      </div>
      <p className="room-hint">
        {vote.visibility === 'secret' ? t('vote.secret') : t('vote.open')}
        {t('vote.atMost', { count: vote.maxVotesPerItem })}
      </p>
      {/* Always there, one line high, so the list never moves under a thumb as dots come and go. */}
      <p className="vote-sending" role="status">
        {pendingChanges > 0 ? t('vote.pending', { count: pendingChanges }) : ''}
      </p>
      <ul className="room-list" aria-label={t('vote.items')}>
        {vote.items.map((item) => {
          const mine = vote.myDots[item.nodeId] ?? 0;
          return (
            <li key={item.nodeId} className="vote-item" data-testid="vote-item">
              <VoteThumb nodes={nodes} nodeId={item.nodeId} />
              <span className="vote-label">
                {item.label}
                {vote.ranking && (
                  <span className="vote-mine">{t('vote.inAll', { count: vote.ranking.find((row) => row.nodeId === item.nodeId)?.total ?? 0 })}</span>
                )}
              </span>
              <span className="vote-stepper">
                <button
                  type="button"
                  className="room-button"
                  disabled={mine === 0 || vote.done}
                  onClick={() => onRetract(item.nodeId)}
                  aria-label={t('vote.takeBack', { label: item.label })}
                >
                  −
                </button>
                <span className="vote-count" aria-label={t('vote.yourDots', { label: item.label })}>
                  {mine}
                </span>
                <button
                  type="button"
                  className="room-button room-button-primary"
                  disabled={!canCast || mine >= vote.maxVotesPerItem}
                  onClick={() => onCast(item.nodeId)}
                  aria-label={t('vote.put', { label: item.label })}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="room-hint" aria-live="polite">
        {vote.done ? t('vote.youAreDone', { progress }) : progress}
      </p>
      {!vote.done && (
        <button type="button" className="room-button room-button-primary room-button-wide" onClick={onDone}>
          {t('vote.done')}
        </button>
      )}
    </section>
  );
}

function Ranking({ vote }: { vote: RoomVote }) {
  const { t } = useTranslation('room');
  const ranking = vote.ranking ?? [];
  return (
    <section className="room-card" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t('vote.result', { title: vote.title })}</h2>
      {ranking.length === 0 ? (
        <p className="room-hint">{t('vote.noDots')}</p>
      ) : (
        <ol className="room-list vote-ranking" aria-label={t('vote.ranking')}>
          {ranking.map((row) => (
            <li key={row.nodeId} data-testid="ranking-row">
              <span className="vote-rank">{row.tied ? `=${row.rank}` : row.rank}</span>
              <span className="vote-label">
                {row.label}
                {(vote.myDots[row.nodeId] ?? 0) > 0 && (
                  <span className="vote-mine">{t('vote.ofYours', { count: vote.myDots[row.nodeId] ?? 0 })}</span>
                )}
              </span>
              <span className="vote-total">{row.total}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
