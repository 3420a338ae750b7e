import { useState, type FormEvent } from 'react';
import { describeIssues, toApiIssues } from '../../shared/api/validate-input';
import type { MapTemplate } from '../../shared/editing/map-templates';
import { MapNameSchema, type MapState } from '../../shared/model/vsm-map';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../components/FormFooter';

export type NewMapRequest = { name: string; state: MapState; template: MapTemplate };

type NewMapDialogProps = { onSubmit: (request: NewMapRequest) => Promise<void>; onCancel: () => void };

const TEMPLATE_LABELS: Record<MapTemplate, string> = {
  blank: 'A blank wall',
  'learning-to-see': 'Worked example: Acme Stamping (Learning to See)',
  office: 'Worked example: office order fulfilment',
};

/** Another map for the workshop: a name, current or future state, and what it starts from. */
export function NewMapDialog({ onSubmit, onCancel }: NewMapDialogProps) {
  const [name, setName] = useState('');
  const [state, setState] = useState<MapState>('current');
  const [template, setTemplate] = useState<MapTemplate>('blank');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = MapNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(`Please check: name ${describeIssues(toApiIssues(parsed.error))}`);
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ name: parsed.data, state, template });
    } catch (submitError) {
      setError(submitError instanceof Error ? submitError.message : String(submitError));
      setBusy(false);
    }
  }

  return (
    <Dialog title="New map" onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span>Name</span>
          <input value={name} onChange={(event) => setName(event.target.value)} autoFocus maxLength={120} placeholder="e.g. Future state, Claims intake" />
        </label>
        <label className="field">
          <span>State</span>
          <select value={state} onChange={(event) => setState(event.target.value === 'future' ? 'future' : 'current')}>
            <option value="current">Current state</option>
            <option value="future">Future state</option>
          </select>
        </label>
        <fieldset className="field">
          <legend>Start from</legend>
          {(Object.keys(TEMPLATE_LABELS) as MapTemplate[]).map((option) => (
            <label key={option} className="radio-option">
              <input type="radio" name="template" value={option} checked={template === option} onChange={() => setTemplate(option)} />
              {TEMPLATE_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <FormFooter problem={error} busy={busy} submitLabel="Create map" onCancel={onCancel} inDialog />
      </form>
    </Dialog>
  );
}
