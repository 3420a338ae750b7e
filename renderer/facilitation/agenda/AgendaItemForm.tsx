import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaItemDetailsSchema, MAX_PLANNED_MINUTES, type AgendaItemDetails } from '../../../shared/facilitation/agenda';
import { describeFormIssues } from '../../components/form-issues';
import { FormFooter } from '../../components/FormFooter';

type AgendaItemFormProps = {
  initial: AgendaItemDetails;
  submitLabel: string;
  onSubmit: (details: AgendaItemDetails) => void;
  onCancel?: () => void;
};

/** Title, timebox and notes of an activity, checked with the shared schema before anything is sent. */
export function AgendaItemForm({ initial, submitLabel, onSubmit, onCancel }: AgendaItemFormProps) {
  const { t } = useTranslation('facilitation');
  const [title, setTitle] = useState(initial.title);
  const [minutes, setMinutes] = useState(String(initial.plannedMinutes));
  const [notes, setNotes] = useState(initial.notes);
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = AgendaItemDetailsSchema.safeParse({ title, plannedMinutes: Number(minutes), notes });
    if (!parsed.success) {
      setProblem(describeFormIssues(parsed.error, { title: t('agenda.activity'), plannedMinutes: t('agenda.minutes'), notes: t('agenda.notes') }));
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
          {t('agenda.activity')}
          <input value={title} onChange={(event) => setTitle(event.target.value)} placeholder={t('agenda.activityPlaceholder')} />
        </label>
        <label className="field field-minutes">
          {t('agenda.minutes')}
          <input type="number" min={1} max={MAX_PLANNED_MINUTES} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
        </label>
      </div>
      {onCancel && (
        <label className="field">
          {t('agenda.notes')}
          <textarea rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} />
        </label>
      )}
      <FormFooter problem={problem} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
