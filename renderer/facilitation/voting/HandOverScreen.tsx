import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/facilitation/participant';
import { ParticipantChip } from './ParticipantsEditor';

type HandOverScreenProps = {
  title: string;
  participants: readonly Participant[];
  done: ReadonlySet<string>;
  nextVoterId: string | null;
  onBegin: (participantId: string) => void;
  onFinish: () => void;
  onPause: () => void;
};

/**
 * Covers the whole screen between two voters, so the next person never sees where the last one
 * put their dots. It names who is next; anyone can be chosen if the room's order differs. A modal
 * <dialog>: the map behind it is inert and its keys are off (Escape does not close it).
 */
export function HandOverScreen({ title, participants, done, nextVoterId, onBegin, onFinish, onPause }: HandOverScreenProps) {
  const { t } = useTranslation('facilitation');
  const next = participants.find((participant) => participant.id === nextVoterId);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="handover-screen" aria-label={t('handover.label')} onCancel={(event) => event.preventDefault()}>
      <div className="handover-card">
        <p className="handover-question">{title}</p>
        {next ? (
          <>
            <h2 className="handover-title">{t('handover.passTo', { name: next.name })}</h2>
            <button type="button" className="button button-primary button-huge" onClick={() => onBegin(next.id)} autoFocus>
              {t('handover.begin', { name: next.name })}
            </button>
          </>
        ) : (
          <>
            <h2 className="handover-title">{t('handover.everyone')}</h2>
            <p>{t('handover.handBack')}</p>
            <button type="button" className="button button-primary button-huge" onClick={onFinish} autoFocus>
              {t('handover.finish')}
            </button>
          </>
        )}
        <div className="handover-others">
          <p className="muted">{t('handover.someoneElse')}</p>
          <ul className="handover-people">
            {participants.map((participant) => (
              <li key={participant.id}>
                <button type="button" className="button handover-person" onClick={() => onBegin(participant.id)}>
                  <ParticipantChip participant={participant} /> {participant.name}
                  {done.has(participant.id) && <span className="handover-done">{t('handover.voted')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </div>
        <button type="button" className="button button-quiet" onClick={onPause}>
          {t('handover.pause')}
        </button>
      </div>
    </dialog>
  );
}
