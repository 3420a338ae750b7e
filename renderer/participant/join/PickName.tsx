import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  initialsFor,
  nextParticipantColor,
  PARTICIPANT_COLORS,
  ParticipantDetailsSchema,
  type ParticipantDetails,
} from '../../../shared/facilitation/participant';
import type { RosterEntry } from '../../../shared/room/participant-view';

type PickNameProps = {
  workshopTitle: string;
  roster: readonly RosterEntry[];
  busy: boolean;
  problem: string | null;
  onPick: (participantId: string) => void;
  onAdd: (details: ParticipantDetails) => void;
};

/** "Who are you?": a name from the workshop's list, or a new one with initials and a colour for the dots. */
export function PickName({ workshopTitle, roster, busy, problem, onPick, onAdd }: PickNameProps) {
  const { t } = useTranslation('room');
  const [adding, setAdding] = useState(roster.length === 0);
  return (
    <div className="room-card">
      <h1>{t('pick.title')}</h1>
      <p className="room-hint">{t('pick.hint', { workshop: workshopTitle })}</p>
      {problem && (
        <p className="room-field-error" role="alert">
          {problem}
        </p>
      )}
      {roster.length > 0 && (
        <ul className="room-people" aria-label={t('pick.people')}>
          {roster.map((person) => (
            <li key={person.id}>
              <button type="button" className="room-button room-person" disabled={busy} onClick={() => onPick(person.id)}>
                <span className="room-me" style={{ background: person.color }} aria-hidden="true">
                  {person.initials}
                </span>
                {person.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <NewPersonForm usedColors={roster.map((person) => person.color)} busy={busy} onAdd={onAdd} />
      ) : (
        <button type="button" className="room-button room-button-wide" onClick={() => setAdding(true)}>
          {t('pick.notOnList')}
        </button>
      )}
    </div>
  );
}

function NewPersonForm({ usedColors, busy, onAdd }: { usedColors: string[]; busy: boolean; onAdd: (details: ParticipantDetails) => void }) {
  const { t } = useTranslation('room');
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [color, setColor] = useState(() => nextParticipantColor(usedColors));
  const [issue, setIssue] = useState<string | null>(null);
  const shownInitials = initials || (name.trim() ? initialsFor(name) : '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ParticipantDetailsSchema.safeParse({ name, initials: shownInitials, color });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return setIssue(
        t('pick.problem', {
          field: first?.path[0] === 'initials' ? t('pick.initials') : t('pick.yourName'),
          problem: first?.message ?? t('notRight'),
        }),
      );
    }
    setIssue(null);
    onAdd(parsed.data);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('pick.addYourself')}>
      <h2>{t('pick.addYourself')}</h2>
      <label className="room-field">
        {t('pick.yourName')}
        <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" maxLength={80} />
      </label>
      <label className="room-field">
        {t('pick.initials')}
        <input value={shownInitials} onChange={(event) => setInitials(event.target.value)} maxLength={3} autoCapitalize="characters" />
      </label>
      <fieldset className="room-colors">
        <legend>{t('pick.dotColour')}</legend>
        {PARTICIPANT_COLORS.map((option) => (
          <button
            key={option}
            type="button"
            className="room-color"
            style={{ background: option }}
            aria-pressed={option === color}
            aria-label={t('pick.colour', { number: PARTICIPANT_COLORS.indexOf(option) + 1 })}
            onClick={() => setColor(option)}
          />
        ))}
      </fieldset>
      {issue && (
        <p className="room-field-error" role="alert">
          {issue}
        </p>
      )}
      <button type="submit" className="room-button room-button-primary room-button-wide" disabled={busy}>
        {t('pick.joinAs', { initials: shownInitials || '…' })}
      </button>
    </form>
  );
}
