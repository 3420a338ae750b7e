import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IDEA_KINDS, IdeaTextSchema, noteColorOfIdea, type IdeaKind, type OwnIdea } from '../../../shared/room/room-idea';
import { NOTE_FILL } from '../../canvas/shapes/shape-style';
import { MAX_IDEA_CHARS } from '../../../shared/room/room-limits';
import type { IdeaMode } from '../../../shared/room/room-idea';

export type PendingIdea = { writeId: string; text: string; kind: IdeaKind | null };

type IdeasScreenProps = {
  mode: IdeaMode;
  mine: readonly OwnIdea[];
  /** Sent from this phone and not yet acknowledged (offline, or on their way). */
  pending: readonly PendingIdea[];
  onSend: (text: string, kind: IdeaKind | null) => void;
};

/** Sticky notes from a phone: text and, if the writer likes, what kind of note it is. */
export function IdeasScreen({ mode, mine, pending, onSend }: IdeasScreenProps) {
  const { t } = useTranslation('room');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<IdeaKind | null>(null);
  const [issue, setIssue] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = IdeaTextSchema.safeParse(text);
    if (!parsed.success) return setIssue(t('ideas.problem', { problem: parsed.error.issues[0]?.message ?? t('notRight') }));
    setIssue(null);
    onSend(parsed.data, kind);
    setText('');
    setKind(null);
  };
  if (mode === 'off') {
    return (
      <section className="room-card">
        <h2>{t('screen.tabs.ideas')}</h2>
        <p className="room-hint">{t('ideas.off')}</p>
      </section>
    );
  }
  return (
    <>
      <form className="room-card" onSubmit={submit} noValidate aria-label={t('ideas.newIdea')}>
        <h2>{t('ideas.add')}</h2>
        {mode === 'silent' && <p className="room-hint">{t('ideas.silent')}</p>}
        <label className="room-field">
          {t('ideas.yourNote')}
          <textarea
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={MAX_IDEA_CHARS}
            aria-invalid={issue !== null}
            aria-describedby={issue ? 'idea-problem' : undefined}
          />
          {issue && (
            <span id="idea-problem" className="room-field-error" role="alert">
              {issue}
            </span>
          )}
        </label>
        <fieldset className="room-kinds">
          <legend>{t('ideas.kind')}</legend>
          {IDEA_KINDS.map((option) => (
            <button
              key={option}
              type="button"
              className="room-button room-kind"
              aria-pressed={kind === option}
              onClick={() => setKind(kind === option ? null : option)}
            >
              {t(`kinds.${option}`)}
            </button>
          ))}
        </fieldset>
        <button type="submit" className="room-button room-button-primary room-button-wide">
          {t('ideas.send')}
        </button>
      </form>
      {(mine.length > 0 || pending.length > 0) && (
        <section className="room-card" aria-labelledby="my-ideas-title">
          <h2 id="my-ideas-title">{t('ideas.sentFromPhone')}</h2>
          <ul className="room-list">
            {pending.map((idea) => (
              <li key={idea.writeId} className="room-idea" data-pending="true" style={{ background: NOTE_FILL[noteColorOfIdea(idea.kind)] }}>
                <span className="room-idea-kind">
                  {idea.kind ? t('kindPrefix', { kind: t(`kinds.${idea.kind}`) }) : ''}
                  {t('ideas.sending')}
                </span>
                {idea.text}
              </li>
            ))}
            {[...mine]
              .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
              .map((idea) => (
                <li key={idea.id} className="room-idea" style={{ background: NOTE_FILL[noteColorOfIdea(idea.kind)] }}>
                  <span className="room-idea-kind">
                    {idea.kind ? t('kindPrefix', { kind: t(`kinds.${idea.kind}`) }) : ''}
                    {t(`ideas.states.${idea.state}`)}
                  </span>
                  {idea.text}
                </li>
              ))}
          </ul>
        </section>
      )}
    </>
  );
}
