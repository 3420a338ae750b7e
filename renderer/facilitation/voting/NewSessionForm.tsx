import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultVotingSetup,
  MAX_VOTES_PER_PARTICIPANT,
  VOTE_TARGET_KINDS,
  VotingSetupSchema,
  type VotingMode,
  type VotingSetup,
} from '../../../shared/facilitation/voting';
import { describeFormIssues } from '../../components/form-issues';
import { useContentLanguage } from '../../i18n/ContentLanguage';
import { FormFooter } from '../../components/FormFooter';

/** The modes in the order the form offers them. */
const MODES: readonly VotingMode[] = ['pass-the-laptop', 'open-clicking', 'facilitator-entry'];

/** What the room votes on, with how many dots, and how. */
export function NewSessionForm({ onStart, onCancel }: { onStart: (setup: VotingSetup) => void; onCancel?: () => void }) {
  const { t } = useTranslation('facilitation');
  const language = useContentLanguage();
  const [setup, setSetup] = useState<VotingSetup>(() => defaultVotingSetup(language));
  const [problem, setProblem] = useState<string | null>(null);
  const change = (patch: Partial<VotingSetup>) => setSetup((current) => ({ ...current, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = VotingSetupSchema.safeParse(setup);
    if (!parsed.success)
      return setProblem(
        describeFormIssues(parsed.error, {
          title: t('newVote.question'),
          targetKinds: t('newVote.voteOn'),
          votesPerParticipant: t('newVote.dotsPerPerson'),
          maxVotesPerItem: t('newVote.maxPerItem'),
        }),
      );
    setProblem(null);
    onStart(parsed.data);
  }

  return (
    <form className="session-form" onSubmit={submit} noValidate aria-label={t('newVote.label')}>
      <label className="field">
        {t('newVote.question')}
        <input value={setup.title} onChange={(event) => change({ title: event.target.value })} />
      </label>
      <fieldset className="fieldset">
        <legend>{t('newVote.voteOn')}</legend>
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
            {t(`voting.targets.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="agenda-form-row">
        <label className="field field-grow">
          {t('newVote.dotsPerPerson')}
          <input
            type="number"
            min={1}
            max={MAX_VOTES_PER_PARTICIPANT}
            value={setup.votesPerParticipant}
            onChange={(event) => change({ votesPerParticipant: Number(event.target.value) })}
          />
        </label>
        <label className="field field-grow">
          {t('newVote.maxPerItem')}
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
        <legend>{t('newVote.counts')}</legend>
        <label className="check">
          <input type="radio" name="visibility" checked={setup.visibility === 'secret'} onChange={() => change({ visibility: 'secret' })} />
          {t('newVote.secret')}
        </label>
        <label className="check">
          <input type="radio" name="visibility" checked={setup.visibility === 'open'} onChange={() => change({ visibility: 'open' })} />
          {t('newVote.open')}
        </label>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('newVote.how')}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="check check-described">
            <input type="radio" name="mode" checked={setup.mode === mode} onChange={() => change({ mode })} />
            <span>
              <strong>{t(`voting.modes.${mode}`)}</strong>
              <span className="muted">{t(`newVote.modeHints.${mode}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormFooter problem={problem} submitLabel={t('newVote.start')} onCancel={onCancel} />
    </form>
  );
}
