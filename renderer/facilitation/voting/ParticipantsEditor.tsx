import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  InitialsSchema,
  PARTICIPANT_COLORS,
  ParticipantDetailsSchema,
  splitParticipantNames,
  type Participant,
} from '../../../shared/facilitation/participant';
import type { Voting } from './use-voting';
import { describeFormIssues } from '../../components/form-issues';
import { FormFooter } from '../../components/FormFooter';
import { maxLengthOf } from '../../components/max-length';

export function ParticipantChip({ participant }: { participant: Pick<Participant, 'initials' | 'color' | 'name'> }) {
  return (
    <span className="participant-dot" style={{ background: participant.color }} aria-hidden="true" title={participant.name}>
      {participant.initials}
    </span>
  );
}

function ParticipantEditForm({
  participant,
  onSave,
  onCancel,
}: {
  participant: Participant;
  onSave: (details: Omit<Participant, 'id' | 'workshopId'>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['facilitation', 'common']);
  const [name, setName] = useState(participant.name);
  const [initials, setInitials] = useState(participant.initials);
  const [color, setColor] = useState(participant.color);
  const [problem, setProblem] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ParticipantDetailsSchema.safeParse({ name, initials, color });
    if (!parsed.success)
      return setProblem(
        describeFormIssues(parsed.error, { name: t('participants.name'), initials: t('participants.initials'), color: t('participants.colour') }),
      );
    onSave(parsed.data);
  }
  return (
    <form className="participant-form" onSubmit={submit} aria-label={t('participants.editItem', { name: participant.name })}>
      <div className="agenda-form-row">
        <label className="field field-grow">
          {t('participants.name')}
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field field-minutes">
          {t('participants.initials')}
          <input value={initials} maxLength={maxLengthOf(InitialsSchema)} onChange={(event) => setInitials(event.target.value)} />
        </label>
      </div>
      <div className="swatch-row" role="radiogroup" aria-label={t('participants.dotColour')}>
        {PARTICIPANT_COLORS.map((swatch) => (
          <button
            key={swatch}
            type="button"
            role="radio"
            aria-checked={swatch === color}
            aria-label={t('participants.swatch', { swatch })}
            className="participant-swatch"
            style={{ background: swatch }}
            onClick={() => setColor(swatch)}
          />
        ))}
      </div>
      <FormFooter problem={problem} submitLabel={t('common:save')} onCancel={onCancel} />
    </form>
  );
}

/** The people in the room: names, initials and the colour of their dots. */
export function ParticipantsEditor({ voting }: { voting: Voting }) {
  const { t } = useTranslation(['facilitation', 'common']);
  const [names, setNames] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const people = voting.participants ?? [];

  function add(event: FormEvent) {
    event.preventDefault();
    const list = splitParticipantNames(names);
    if (list.length === 0) return;
    voting.addPeople(list.map((name) => ({ name: name.slice(0, 80) })));
    setNames('');
  }

  return (
    <section className="panel-section" aria-label={t('participants.label')}>
      <h3 className="panel-heading">{t('participants.heading', { count: people.length })}</h3>
      <ul className="participant-list">
        {people.map((person) =>
          editing === person.id ? (
            <li key={person.id}>
              <ParticipantEditForm
                participant={person}
                onCancel={() => setEditing(null)}
                onSave={(details) => {
                  voting.updatePerson(person.id, details);
                  setEditing(null);
                }}
              />
            </li>
          ) : (
            <li key={person.id} className="participant-row">
              <ParticipantChip participant={person} />
              <span className="participant-name">{person.name}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('participants.editItem', { name: person.name })}
                title={t('participants.editTitle')}
                onClick={() => setEditing(person.id)}
              >
                ✎
              </button>
              <button
                type="button"
                className="icon-button icon-button-danger"
                aria-label={t('participants.removeItem', { name: person.name })}
                title={t('participants.removeTitle')}
                onClick={() => voting.removePerson(person.id)}
              >
                ✕
              </button>
            </li>
          ),
        )}
      </ul>
      <form className="participant-add" onSubmit={add}>
        <label className="field">
          {t('participants.addField')}
          <textarea rows={2} value={names} onChange={(event) => setNames(event.target.value)} placeholder={t('participants.addPlaceholder')} />
        </label>
        <button type="submit" className="button" disabled={splitParticipantNames(names).length === 0}>
          {t('participants.add')}
        </button>
      </form>
    </section>
  );
}
