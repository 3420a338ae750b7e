import type { Participant } from '../../../shared/facilitation/participant';
import { ParticipantChip } from './ParticipantsEditor';
import { countOf } from '../../../shared/util/count-words';

type TurnBannerProps = {
  voter: Participant;
  dotsLeft: number;
  budget: number;
  refusal: string | null;
  /** Pass the laptop ends a turn with a hand-over; open clicking just stops. */
  endLabel: string;
  onEnd: () => void;
};

/**
 * A strip of its own above the map during a person's turn, one row: whose turn, dots left, one
 * message (how to vote, or why the last click was refused), and how to finish. It never covers
 * the map and never grows: a refusal takes the hint's place until the next click.
 */
export function TurnBanner({ voter, dotsLeft, budget, refusal, endLabel, onEnd }: TurnBannerProps) {
  return (
    <div className="turn-banner" role="region" aria-label="Voting turn">
      <ParticipantChip participant={voter} />
      <strong className="turn-voter" title={`${voter.name} is voting`}>
        {voter.name} is voting
      </strong>
      <span className="turn-dots" aria-live="polite" data-testid="dots-left">
        {dotsLeft} of {countOf(budget, 'dot')} left
      </span>
      {refusal ? (
        <span className="turn-message turn-refusal" role="alert" title={refusal}>
          {refusal}
        </span>
      ) : (
        <span className="turn-message muted">Click an item to place a dot · Shift+click takes one back</span>
      )}
      <button type="button" className="button button-primary" onClick={onEnd}>
        {endLabel}
      </button>
    </div>
  );
}
