import { useState, type FormEvent } from 'react';
import { WorkshopDetailsSchema, type WorkshopDetails } from '../../shared/model/workshop';
import { Dialog } from '../components/Dialog';
import { errorMessage } from '../api/client';
import { FormFooter } from '../components/FormFooter';
import { describeFormIssues } from '../components/form-issues';
import { maxLengthOf } from '../components/max-length';

type WorkshopFormDialogProps = {
  title: string;
  submitLabel: string;
  initial: WorkshopDetails;
  onSubmit: (details: WorkshopDetails) => Promise<void>;
  onCancel: () => void;
};

/** Create or edit a workshop's title, date and facilitator; checked with the shared schema as typed. */
export function WorkshopFormDialog({ title, submitLabel, initial, onSubmit, onCancel }: WorkshopFormDialogProps) {
  const [details, setDetails] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = WorkshopDetailsSchema.safeParse(details);
    if (!parsed.success) {
      setError(`Please check: ${describeFormIssues(parsed.error)}`);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(parsed.data);
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
          <input {...field('title')} autoFocus required maxLength={maxLengthOf(WorkshopDetailsSchema.shape.title)} placeholder="e.g. Order-to-delivery value stream" />
        </label>
        <label className="field">
          <span>Date</span>
          <input {...field('date')} type="date" required />
        </label>
        <label className="field">
          <span>Facilitator</span>
          <input {...field('facilitator')} maxLength={maxLengthOf(WorkshopDetailsSchema.shape.facilitator)} placeholder="Your name" />
        </label>
        <FormFooter problem={error} busy={busy} submitLabel={submitLabel} onCancel={onCancel} inDialog />
      </form>
    </Dialog>
  );
}
