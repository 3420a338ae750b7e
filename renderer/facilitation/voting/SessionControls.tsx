import type { Participant } from '../../../shared/facilitation/participant';
import type { VotingSession } from '../../../shared/facilitation/voting';
import { dotsLeft, type VotingContext } from '../../../shared/facilitation/voting-rules';
import { ParticipantChip } from './ParticipantsEditor';
import type { VotingRound } from './use-voting-round';

type SessionControlsProps = {
  session: VotingSession;
  context: VotingContext;
  round: VotingRound;
  participants: readonly Participant[];
};

/** How the room votes in an open session: start the pass-the-laptop round, or pick who is clicking. */
export function SessionControls({ session, context, round, participants }: SessionControlsProps) {
  if (participants.length === 0) {
    return <p className="form-error">Add the people in the room first (above): each gets {session.votesPerParticipant} dots.</p>;
  }
  if (session.mode === 'pass-the-laptop') {
    return (
      <div className="session-round">
        <button type="button" className="button button-primary button-large" onClick={round.startRound}>
          {round.done.size === 0 ? 'Start the round' : 'Continue the round'} ▶
        </button>
        <ul className="round-progress" aria-label="Who has voted">
          {participants.map((person) => (
            <li key={person.id}>
              <ParticipantChip participant={person} /> {person.name}
              <span className="muted">
                {round.done.has(person.id) ? ' ✓ done' : ` — ${dotsLeft(context, person.id)} of ${session.votesPerParticipant} dots left`}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="session-round">
      <p className="panel-label">Who is voting? Pick a person, then click items on the map.</p>
      <div className="voter-picker" role="radiogroup" aria-label="Who is voting">
        {participants.map((person) => (
          <button
            key={person.id}
            type="button"
            role="radio"
            aria-checked={round.voterId === person.id}
            className="voter-choice"
            onClick={() => round.chooseVoter(round.voterId === person.id ? null : person.id)}
          >
            <ParticipantChip participant={person} /> {person.name}
            <span className="muted"> {dotsLeft(context, person.id)} left</span>
          </button>
        ))}
      </div>
    </div>
  );
}
