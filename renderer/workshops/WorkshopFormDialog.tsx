import { useState, type FormEvent } from 'react';
import { ParticipantNameSchema, splitParticipantNames } from '../../shared/facilitation/participant';
import { WorkshopDetailsSchema, type WorkshopDetails } from '../../shared/model/workshop';
import { Dialog } from '../components/Dialog';
import { errorMessage } from '../api/client';
import { FormFooter } from '../components/FormFooter';
import { describeFormIssues } from '../components/form-issues';
import { maxLengthOf } from '../components/max-length';

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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = WorkshopDetailsSchema.safeParse(details);
    if (!parsed.success) {
      setError(`Please check: ${describeFormIssues(parsed.error)}`);
      return;
    }
    const names = splitParticipantNames(participants);
    const tooLong = names.find((name) => !ParticipantNameSchema.safeParse(name).success);
    if (tooLong) {
      setError(`Please check: participant “${tooLong.slice(0, 40)}…” has a name longer than 80 characters.`);
      return;
    }
    if (names.length > MAX_PARTICIPANTS) {
      setError(`Please check: at most ${MAX_PARTICIPANTS} participants at once (${names.length} are listed).`);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(parsed.data, names);
    } catch (submitError) {
      setError(errorMessage(submitError));
      setBusy(false);
    }
  }

  const field = (key: keyof WorkshopDetails) => ({
    value: details[key],
    onChange: (event: { target: { value: string } }) => setDetails({ ...details, [key]: event.target.value }),
  });

  return (
    <Dialog title={title} onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span>Title</span>
          <input
            {...field('title')}
            autoFocus
            required
            maxLength={maxLengthOf(WorkshopDetailsSchema.shape.title)}
            placeholder="e.g. Order-to-delivery value stream"
          />
        </label>
        <label className="field">
          <span>Date</span>
          <input {...field('date')} type="date" required />
        </label>
        <label className="field">
          <span>Facilitator</span>
          <input {...field('facilitator')} maxLength={maxLengthOf(WorkshopDetailsSchema.shape.facilitator)} placeholder="Your name" />
        </label>
        {asksForParticipants && (
          <label className="field">
            <span>Participants (optional: one per line, or separated by commas)</span>
            <textarea value={participants} onChange={(event) => setParticipants(event.target.value)} rows={3} placeholder={'Ana Silva\nBen Okafor'} />
          </label>
        )}
        <FormFooter problem={error} busy={busy} submitLabel={submitLabel} onCancel={onCancel} inDialog />
      </form>
    </Dialog>
  );
}
