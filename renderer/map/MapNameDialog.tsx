import { useState, type FormEvent } from 'react';
import { MapNameSchema } from '../../shared/model/vsm-map';
import { errorMessage } from '../api/client';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../components/FormFooter';
import { describeFormIssues } from '../components/form-issues';
import { maxLengthOf } from '../components/max-length';

type MapNameDialogProps = {
  title: string;
  intro?: string;
  initialName: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<void>;
  onCancel: () => void;
};

/** Asks for a map's name (a new future state, or renaming one); the name is checked before it is sent. */
export function MapNameDialog({ title, intro, initialName, submitLabel, onSubmit, onCancel }: MapNameDialogProps) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = MapNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(`Please check: ${describeFormIssues(parsed.error, { '': 'name' })}`);
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

  return (
    <Dialog title={title} onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        {intro && <p className="dialog-message">{intro}</p>}
        <label className="field">
          <span>Name</span>
          <input
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoFocus
            maxLength={maxLengthOf(MapNameSchema)}
            onFocus={(event) => event.target.select()}
          />
        </label>
        <FormFooter problem={error} busy={busy} submitLabel={submitLabel} onCancel={onCancel} inDialog />
      </form>
    </Dialog>
  );
}
