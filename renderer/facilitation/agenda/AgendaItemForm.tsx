import { useState, type FormEvent } from 'react';
import { AgendaItemDetailsSchema, MAX_PLANNED_MINUTES, type AgendaItemDetails } from '../../../shared/facilitation/agenda';
import { describeFormIssues } from '../../components/form-issues';
import { FormFooter } from '../../components/FormFooter';

type AgendaItemFormProps = {
  initial: AgendaItemDetails;
  submitLabel: string;
  onSubmit: (details: AgendaItemDetails) => void;
  onCancel?: () => void;
};

const FIELD_LABELS = { title: 'Activity', plannedMinutes: 'Minutes', notes: 'Notes' };
/** Title, timebox and notes of an activity, checked with the shared schema before anything is sent. */
export function AgendaItemForm({ initial, submitLabel, onSubmit, onCancel }: AgendaItemFormProps) {
  const [title, setTitle] = useState(initial.title);
  const [minutes, setMinutes] = useState(String(initial.plannedMinutes));
  const [notes, setNotes] = useState(initial.notes);
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = AgendaItemDetailsSchema.safeParse({ title, plannedMinutes: Number(minutes), notes });
    if (!parsed.success) {
      setProblem(describeFormIssues(parsed.error, FIELD_LABELS));
      return;
    }
    setProblem(null);
    onSubmit(parsed.data);
    if (!onCancel) {
      setTitle('');
      setNotes('');
    }
  }

  return (
    <form className="agenda-form" onSubmit={submit} noValidate aria-label={submitLabel}>
      <div className="agenda-form-row">
        <label className="field field-grow">
          Activity
          <input value={title} onChange={(event) => setTitle(event.target.value)} placeholder="e.g. Map the current state" />
        </label>
        <label className="field field-minutes">
          Minutes
          <input type="number" min={1} max={MAX_PLANNED_MINUTES} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
        </label>
      </div>
      {onCancel && (
        <label className="field">
          Notes
          <textarea rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} />
        </label>
      )}
      <FormFooter problem={problem} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
