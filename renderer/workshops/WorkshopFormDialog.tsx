import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ParticipantNameSchema, splitParticipantNames } from '../../shared/facilitation/participant';
import { WorkshopDetailsSchema, type WorkshopDetails } from '../../shared/model/workshop';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../components/FormFooter';
import { describeFormIssues } from '../components/form-issues';
import { maxLengthOf } from '../components/max-length';
import { useCheckedSubmit, type FormCheck } from '../components/use-checked-submit';
import { WorkshopLanguageField } from '../i18n/WorkshopLanguageField';

/** As many people as the participants' list takes in one go. */
const MAX_PARTICIPANTS = 100;

type WorkshopFormDialogProps = {
  title: string;
  submitLabel: string;
  initial: WorkshopDetails;
  /** A new workshop also takes the people in the room, so the vote is ready when it is needed. */
  asksForParticipants?: boolean;
  onSubmit: (details: WorkshopDetails, participantNames: string[]) => Promise<void>;
  onCancel: () => void;
};

/** Create or edit a workshop's title, date and facilitator (and, new, its participants); checked with the shared schemas as typed. */
export function WorkshopFormDialog({ title, submitLabel, initial, asksForParticipants = false, onSubmit, onCancel }: WorkshopFormDialogProps) {
  const [details, setDetails] = useState(initial);
  const [participants, setParticipants] = useState('');
  const { t } = useTranslation(['workshops', 'common']);
  const { problem, busy, submit } = useCheckedSubmit((): FormCheck => {
    const parsed = WorkshopDetailsSchema.safeParse(details);
    if (!parsed.success) return { problem: t('common:pleaseCheck', { problems: describeFormIssues(parsed.error) }) };
    const names = splitParticipantNames(participants);
    const tooLong = names.find((name) => !ParticipantNameSchema.safeParse(name).success);
    if (tooLong) return { problem: t('form.nameTooLong', { name: tooLong.slice(0, 40) }) };
    if (names.length > MAX_PARTICIPANTS) {
      return { problem: t('form.tooManyParticipants', { max: MAX_PARTICIPANTS, count: names.length }) };
    }
    return { send: () => onSubmit(parsed.data, names) };
  });

  const field = (key: Exclude<keyof WorkshopDetails, 'language'>) => ({
    value: details[key],
    onChange: (event: { target: { value: string } }) => setDetails({ ...details, [key]: event.target.value }),
  });

  return (
    <Dialog title={title} onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('form.title')}</span>
          <input
            {...field('title')}
            autoFocus
            required
            maxLength={maxLengthOf(WorkshopDetailsSchema.shape.title)}
            placeholder={t('form.titlePlaceholder')}
          />
        </label>
        <label className="field">
          <span>{t('form.date')}</span>
          <input {...field('date')} type="date" required />
        </label>
        <label className="field">
          <span>{t('form.facilitator')}</span>
          <input
            {...field('facilitator')}
            maxLength={maxLengthOf(WorkshopDetailsSchema.shape.facilitator)}
            placeholder={t('form.facilitatorPlaceholder')}
          />
        </label>
        <WorkshopLanguageField value={details.language} onChange={(language) => setDetails({ ...details, language })} />
        {asksForParticipants && (
          <label className="field">
            <span>{t('form.participants')}</span>
            <textarea
              value={participants}
              onChange={(event) => setParticipants(event.target.value)}
              rows={3}
              placeholder={t('form.participantsPlaceholder')}
            />
          </label>
        )}
        <FormFooter problem={problem} busy={busy} submitLabel={submitLabel} onCancel={onCancel} inDialog />
      </form>
    </Dialog>
  );
}
