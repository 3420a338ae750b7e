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

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Dot voting on a phone: the items as a list, a dot on or off each, "I'm done", and the ranking once revealed. */
export function VoteScreen({ vote, nodes, pendingChanges, onCast, onRetract, onDone }: VoteScreenProps) {
  const progress = `${plural(vote.votedCount, 'person has', 'people have')} voted, ${vote.doneCount} done.`;
  if (vote.ranking && vote.status !== 'open') return <Ranking vote={vote} />;
  if (vote.status !== 'open') {
    return (
      <section className="room-card" aria-labelledby="vote-title">
        <h2 id="vote-title">{vote.title}</h2>
        <p className="room-hint">Voting has closed. The results come on the projector.</p>
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
          {plural(vote.myDotsLeft, 'dot', 'dots')} left
        </span>
        <span className="vote-dots-left" aria-hidden="true">
          {Array.from({ length: vote.votesPerParticipant }, (_, index) => (
            <span key={index} className="vote-dot" data-used={index >= vote.myDotsLeft} />
          ))}
        </span>
      </div>
      <p className="room-hint">
        {vote.visibility === 'secret' ? 'Your dots are secret until the facilitator reveals the result. ' : 'Everyone sees the totals. '}
        At most {plural(vote.maxVotesPerItem, 'dot', 'dots')} on one item.
      </p>
      {/* Always there, one line high, so the list never moves under a thumb as dots come and go. */}
      <p className="vote-sending" role="status">
        {pendingChanges > 0 ? `${plural(pendingChanges, 'change', 'changes')} waiting to reach the laptop…` : ''}
      </p>
      <ul className="room-list" aria-label="Items to vote on">
        {vote.items.map((item) => {
          const mine = vote.myDots[item.nodeId] ?? 0;
          return (
            <li key={item.nodeId} className="vote-item" data-testid="vote-item">
              <VoteThumb nodes={nodes} nodeId={item.nodeId} />
              <span className="vote-label">
                {item.label}
                {vote.ranking && (
                  <span className="vote-mine">
                    {plural(vote.ranking.find((row) => row.nodeId === item.nodeId)?.total ?? 0, 'dot', 'dots')} in all
                  </span>
                )}
              </span>
              <span className="vote-stepper">
                <button
                  type="button"
                  className="room-button"
                  disabled={mine === 0 || vote.done}
                  onClick={() => onRetract(item.nodeId)}
                  aria-label={`Take a dot back from ${item.label}`}
                >
                  −
                </button>
                <span className="vote-count" aria-label={`Your dots on ${item.label}`}>
                  {mine}
                </span>
                <button
                  type="button"
                  className="room-button room-button-primary"
                  disabled={!canCast || mine >= vote.maxVotesPerItem}
                  onClick={() => onCast(item.nodeId)}
                  aria-label={`Put a dot on ${item.label}`}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="room-hint" aria-live="polite">
        {vote.done ? `You are done. ${progress}` : progress}
      </p>
      {!vote.done && (
        <button type="button" className="room-button room-button-primary room-button-wide" onClick={onDone}>
          I’m done
        </button>
      )}
    </section>
  );
}

function Ranking({ vote }: { vote: RoomVote }) {
  const ranking = vote.ranking ?? [];
  return (
    <section className="room-card" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{vote.title}: the result</h2>
      {ranking.length === 0 ? (
        <p className="room-hint">No dots were placed.</p>
      ) : (
        <ol className="room-list vote-ranking" aria-label="Ranking">
          {ranking.map((row) => (
            <li key={row.nodeId} data-testid="ranking-row">
              <span className="vote-rank">{row.tied ? `=${row.rank}` : row.rank}</span>
              <span className="vote-label">
                {row.label}
                {(vote.myDots[row.nodeId] ?? 0) > 0 && (
                  <span className="vote-mine">{plural(vote.myDots[row.nodeId] ?? 0, 'of your dots', 'of your dots')}</span>
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
