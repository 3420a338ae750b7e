import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('facilitation');
  if (participants.length === 0) {
    return <p className="form-error">{t('round.addPeople', { count: session.votesPerParticipant })}</p>;
  }
  if (session.mode === 'pass-the-laptop') {
    return (
      <div className="session-round">
        <button type="button" className="button button-primary button-large" onClick={round.startRound}>
          {round.done.size === 0 ? t('round.start') : t('round.continue')}
        </button>
        <ul className="round-progress" aria-label={t('round.whoHasVoted')}>
          {participants.map((person) => (
            <li key={person.id}>
              <ParticipantChip participant={person} /> {person.name}
              <span className="muted">
                {round.done.has(person.id)
                  ? t('round.done')
                  : t('round.dotsLeft', { left: dotsLeft(context, person.id), count: session.votesPerParticipant })}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="session-round">
      <p className="panel-label">{t('round.pickVoter')}</p>
      <div className="voter-picker" role="radiogroup" aria-label={t('round.whoIsVoting')}>
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
            <span className="muted">{t('round.left', { left: dotsLeft(context, person.id) })}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
