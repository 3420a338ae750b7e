import { useState } from 'react';
import type { MapNode } from '../../../shared/model/map-node';
import type { PresentationView } from '../../../shared/facilitation/presentation';
import { countsWallDots, VOTING_MODE_NAMES, type VotingSession } from '../../../shared/facilitation/voting';
import { rankVotes } from '../../../shared/facilitation/voting-results';
import type { VotingContext } from '../../../shared/facilitation/voting-rules';
import { showsRunningTotals } from '../../../shared/facilitation/voting-visibility';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FacilitatorEntry } from './FacilitatorEntry';
import { NewSessionForm } from './NewSessionForm';
import { ParticipantsEditor } from './ParticipantsEditor';
import { ResultsList } from './ResultsList';
import { SessionControls } from './SessionControls';
import type { Voting } from './use-voting';
import type { VotingRound } from './use-voting-round';

type VotingPanelProps = {
  voting: Voting;
  round: VotingRound;
  mapId: string;
  /** The items of this map the selected session may be voted on. */
  votableItems: readonly MapNode[];
};

const STATUS_LABELS: Record<VotingSession['status'], string> = { open: 'Voting open', closed: 'Closed', revealed: 'Results revealed' };

const RESULT_VIEWS: { view: PresentationView | null; label: string }[] = [
  { view: 'dots', label: 'Ranking and dots on the items' },
  { view: 'heat', label: 'Ranking and heat view' },
  { view: 'map', label: 'Ranking only' },
  { view: null, label: 'Nothing' },
];

function describeRules(session: VotingSession): string {
  const secrecy = session.visibility === 'secret' ? 'secret until revealed' : 'open totals';
  return `${VOTING_MODE_NAMES[session.mode]} · ${session.votesPerParticipant} dots each, at most ${session.maxVotesPerItem} on one item · ${secrecy}`;
}

/** Dot voting: the people, a session's setup, the room voting, close and reveal, and where results show. */
export function VotingPanel({ voting, round, mapId, votableItems }: VotingPanelProps) {
  const [creating, setCreating] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { detail, participants, presentation } = voting;
  const people = participants ?? [];

  const sessionView = () => {
    if (!detail || creating) {
      return (
        <NewSessionForm
          onCancel={detail ? () => setCreating(false) : undefined}
          onStart={(setup) => {
            voting.createSession(setup);
            setCreating(false);
          }}
        />
      );
    }
    const { session, votes, labels } = detail;
    const context: VotingContext = { session, participants: people, votes };
    const onThisMap = session.mapId === mapId;
    const shownOnProjector = presentation.resultsSessionId === session.id;
    return (
      <div className="session-view" aria-label="Vote">
        <div className="session-head">
          <h3 className="session-title">{session.title}</h3>
          <span className={`status-badge status-${session.status}`}>{STATUS_LABELS[session.status]}</span>
        </div>
        <p className="muted">{describeRules(session)}</p>
        {!onThisMap && <p className="form-error">This vote is on another map; open that map to vote or draw its dots.</p>}
        {session.status === 'open' && onThisMap && !countsWallDots(session) && (
          <SessionControls session={session} context={context} round={round} participants={people} />
        )}
        {countsWallDots(session) && onThisMap && session.status !== 'revealed' && (
          <FacilitatorEntry
            context={context}
            items={votableItems}
            onAdd={(nodeId) => voting.cast({ participantId: null, nodeId })}
            onRemove={(nodeId) => voting.retract({ participantId: null, nodeId })}
          />
        )}
        {session.status !== 'revealed' && showsRunningTotals(session) && !countsWallDots(session) && (
          <ResultsList ranking={rankVotes(votes)} labels={labels} participants={people} />
        )}
        <div className="session-actions">
          {session.status === 'open' && (
            <>
              <button type="button" className="button" onClick={() => voting.setStatus('closed')}>
                Close voting
              </button>
              <button type="button" className="button button-primary" onClick={() => voting.setStatus('revealed')}>
                Close and reveal
              </button>
            </>
          )}
          {session.status === 'closed' && (
            <>
              <button type="button" className="button" onClick={() => voting.setStatus('open')}>
                Reopen voting
              </button>
              <button type="button" className="button button-primary" onClick={() => voting.setStatus('revealed')}>
                Reveal the results
              </button>
            </>
          )}
        </div>
        {session.status === 'revealed' && (
          <>
            <ResultsList ranking={rankVotes(votes)} labels={labels} participants={people} />
            <fieldset className="fieldset">
              <legend>Show on the map and the projector</legend>
              {RESULT_VIEWS.map(({ view, label }) => (
                <label key={view ?? 'none'} className="check">
                  <input
                    type="radio"
                    name="results-view"
                    checked={view === null ? !shownOnProjector : shownOnProjector && presentation.view === view}
                    onChange={() => voting.present(view === null ? { resultsSessionId: null } : { resultsSessionId: session.id, view })}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
          </>
        )}
        <div className="session-actions">
          <button type="button" className="button" onClick={() => setCreating(true)}>
            + New vote
          </button>
          <button type="button" className="button button-quiet button-danger-text" onClick={() => setConfirmDelete(true)}>
            Delete this vote
          </button>
        </div>
        {confirmDelete && (
          <ConfirmDialog
            title="Delete this vote?"
            message={`“${session.title}” and its ${votes.length} dots will be deleted.`}
            confirmLabel="Delete vote"
            onCancel={() => setConfirmDelete(false)}
            onConfirm={() => {
              setConfirmDelete(false);
              voting.deleteSession(session.id);
            }}
          />
        )}
      </div>
    );
  };

  const others = voting.sessions.filter((session) => session.id !== detail?.session.id);
  return (
    <div className="voting-panel">
      <ParticipantsEditor voting={voting} />
      <section className="panel-section" aria-label="Dot vote">
        <h3 className="panel-heading">Dot vote</h3>
        {sessionView()}
      </section>
      {others.length > 0 && (
        <section className="panel-section" aria-label="Earlier votes">
          <h3 className="panel-heading">Other votes</h3>
          <ul className="session-list">
            {others.map((session) => (
              <li key={session.id}>
                <button type="button" className="button button-quiet" onClick={() => voting.select(session.id)}>
                  {session.title} <span className="muted">· {STATUS_LABELS[session.status]}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
