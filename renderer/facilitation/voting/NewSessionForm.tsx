import { useState, type FormEvent } from 'react';
import {
  defaultVotingSetup,
  MAX_VOTES_PER_PARTICIPANT,
  VOTE_TARGET_KINDS,
  VOTE_TARGET_NAMES,
  VOTING_MODE_NAMES,
  VotingSetupSchema,
  type VotingMode,
  type VotingSetup,
} from '../../../shared/facilitation/voting';
import { describeFormIssues } from '../../components/form-issues';
import { FormFooter } from '../../components/FormFooter';

const MODES: { mode: VotingMode; hint: string }[] = [
  { mode: 'pass-the-laptop', hint: 'Each person votes in turn; a hand-over screen hides the last person’s dots.' },
  { mode: 'open-clicking', hint: 'Pick who is voting and click the items; quick for a small room.' },
  { mode: 'facilitator-entry', hint: 'Count the paper wall’s dots and enter them per item.' },
];

const FIELD_LABELS = { title: 'Question', targetKinds: 'Vote on', votesPerParticipant: 'Dots per person', maxVotesPerItem: 'Most dots on one item' };

/** What the room votes on, with how many dots, and how. */
export function NewSessionForm({ onStart, onCancel }: { onStart: (setup: VotingSetup) => void; onCancel?: () => void }) {
  const [setup, setSetup] = useState<VotingSetup>(defaultVotingSetup);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (patch: Partial<VotingSetup>) => setSetup((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = VotingSetupSchema.safeParse(setup);
    if (!parsed.success) return setProblem(describeFormIssues(parsed.error, FIELD_LABELS));
    setProblem(null);
    onStart(parsed.data);
  }

  return (
    <form className="session-form" onSubmit={submit} noValidate aria-label="New vote">
      <label className="field">
        Question
        <input value={setup.title} onChange={(event) => change({ title: event.target.value })} />
      </label>
      <fieldset className="fieldset">
        <legend>Vote on</legend>
        {VOTE_TARGET_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={setup.targetKinds.includes(kind)}
              onChange={(event) =>
                change({
                  targetKinds: event.target.checked ? [...setup.targetKinds, kind] : setup.targetKinds.filter((other) => other !== kind),
                })
              }
            />
            {VOTE_TARGET_NAMES[kind]}
          </label>
        ))}
      </fieldset>
      <div className="agenda-form-row">
        <label className="field field-grow">
          Dots per person
          <input
            type="number"
            min={1}
            max={MAX_VOTES_PER_PARTICIPANT}
            value={setup.votesPerParticipant}
            onChange={(event) => change({ votesPerParticipant: Number(event.target.value) })}
          />
        </label>
        <label className="field field-grow">
          Most dots on one item
          <input
            type="number"
            min={1}
            max={MAX_VOTES_PER_PARTICIPANT}
            value={setup.maxVotesPerItem}
            onChange={(event) => change({ maxVotesPerItem: Number(event.target.value) })}
          />
        </label>
      </div>
      <fieldset className="fieldset">
        <legend>Counts</legend>
        <label className="check">
          <input type="radio" name="visibility" checked={setup.visibility === 'secret'} onChange={() => change({ visibility: 'secret' })} />
          Secret until revealed
        </label>
        <label className="check">
          <input type="radio" name="visibility" checked={setup.visibility === 'open'} onChange={() => change({ visibility: 'open' })} />
          Open: totals show as dots are placed
        </label>
      </fieldset>
      <fieldset className="fieldset">
        <legend>How the room votes</legend>
        {MODES.map(({ mode, hint }) => (
          <label key={mode} className="check check-described">
            <input type="radio" name="mode" checked={setup.mode === mode} onChange={() => change({ mode })} />
            <span>
              <strong>{VOTING_MODE_NAMES[mode]}</strong>
              <span className="muted"> — {hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormFooter problem={problem} submitLabel="Start the vote" onCancel={onCancel} />
    </form>
  );
}
