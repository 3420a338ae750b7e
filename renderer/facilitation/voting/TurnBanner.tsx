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

/** Over the canvas during a person's turn: whose turn, dots left, how to vote, and how to finish. */
export function TurnBanner({ voter, dotsLeft, budget, refusal, endLabel, onEnd }: TurnBannerProps) {
  return (
    <div className="turn-banner" role="region" aria-label="Voting turn">
      <ParticipantChip participant={voter} />
      <div className="turn-text">
        <strong className="turn-voter">{voter.name} is voting</strong>
        <span aria-live="polite" data-testid="dots-left">
          {dotsLeft} of {countOf(budget, 'dot')} left
        </span>
        <span className="muted">Click an item to place a dot · Shift+click takes one back</span>
        {refusal && (
          <span className="turn-refusal" role="alert">
            {refusal}
          </span>
        )}
      </div>
      <button type="button" className="button button-primary button-large" onClick={onEnd}>
        {endLabel}
      </button>
    </div>
  );
}
