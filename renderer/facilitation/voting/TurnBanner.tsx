import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/facilitation/participant';
import { ParticipantChip } from './ParticipantsEditor';

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
  const { t } = useTranslation('facilitation');
  return (
    <div className="turn-banner" role="region" aria-label={t('turn.label')}>
      <ParticipantChip participant={voter} />
      <strong className="turn-voter" title={t('turn.voting', { name: voter.name })}>
        {t('turn.voting', { name: voter.name })}
      </strong>
      <span className="turn-dots" aria-live="polite" data-testid="dots-left">
        {t('turn.dotsLeft', { left: dotsLeft, count: budget })}
      </span>
      {refusal ? (
        <span className="turn-message turn-refusal" role="alert" title={refusal}>
          {refusal}
        </span>
      ) : (
        <span className="turn-message muted">{t('turn.hint')}</span>
      )}
      <button type="button" className="button button-primary" onClick={onEnd}>
        {endLabel}
      </button>
    </div>
  );
}
