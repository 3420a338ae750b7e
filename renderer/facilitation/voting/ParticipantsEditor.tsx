import { useState, type FormEvent } from 'react';
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

const FIELD_LABELS = { name: 'Name', initials: 'Initials', color: 'Colour' };

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
  const [name, setName] = useState(participant.name);
  const [initials, setInitials] = useState(participant.initials);
  const [color, setColor] = useState(participant.color);
  const [problem, setProblem] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ParticipantDetailsSchema.safeParse({ name, initials, color });
    if (!parsed.success) return setProblem(describeFormIssues(parsed.error, FIELD_LABELS));
    onSave(parsed.data);
  }
  return (
    <form className="participant-form" onSubmit={submit} aria-label={`Edit ${participant.name}`}>
      <div className="agenda-form-row">
        <label className="field field-grow">
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field field-minutes">
          Initials
          <input value={initials} maxLength={maxLengthOf(InitialsSchema)} onChange={(event) => setInitials(event.target.value)} />
        </label>
      </div>
      <div className="swatch-row" role="radiogroup" aria-label="Dot colour">
        {PARTICIPANT_COLORS.map((swatch) => (
          <button
            key={swatch}
            type="button"
            role="radio"
            aria-checked={swatch === color}
            aria-label={`Colour ${swatch}`}
            className="participant-swatch"
            style={{ background: swatch }}
            onClick={() => setColor(swatch)}
          />
        ))}
      </div>
      <FormFooter problem={problem} submitLabel="Save" onCancel={onCancel} />
    </form>
  );
}

/** The people in the room: names, initials and the colour of their dots. */
export function ParticipantsEditor({ voting }: { voting: Voting }) {
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
    <section className="panel-section" aria-label="Participants">
      <h3 className="panel-heading">People in the room ({people.length})</h3>
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
                aria-label={`Edit ${person.name}`}
                title="Edit name, initials and colour"
                onClick={() => setEditing(person.id)}
              >
                ✎
              </button>
              <button
                type="button"
                className="icon-button icon-button-danger"
                aria-label={`Remove ${person.name}`}
                title="Remove from the workshop"
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
          Add people (one per line, or separated by commas)
          <textarea rows={2} value={names} onChange={(event) => setNames(event.target.value)} placeholder="Ana Silva, Ben Okafor" />
        </label>
        <button type="submit" className="button" disabled={splitParticipantNames(names).length === 0}>
          Add people
        </button>
      </form>
    </section>
  );
}
