import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../shared/api/contract';
import { ActionOwnerSchema, ActionWhatSchema } from '../../shared/action-plan/action-item';
import type { MapDocument } from '../../shared/model/vsm-map';
import { nodeLabel } from '../../shared/vsm';
import { maxLengthOf } from '../components/max-length';

type NewActionFormProps = {
  futures: readonly MapDocument[];
  initialMapId: string;
  onCreate: (input: ApiInput<'action.create'>) => Promise<boolean>;
};

/** Adds an action by hand: what, on which future state, for which step, by whom and when. */
export function NewActionForm({ futures, initialMapId, onCreate }: NewActionFormProps) {
  const { t } = useTranslation('actionPlan');
  const [what, setWhat] = useState('');
  const [mapId, setMapId] = useState(initialMapId);
  const [stepNodeId, setStepNodeId] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const steps = futures.find((doc) => doc.map.id === mapId)?.nodes.filter((node) => node.kind === 'process') ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ActionWhatSchema.safeParse(what);
    if (!parsed.success) {
      setError(t('new.needsWhat'));
      return;
    }
    const created = await onCreate({
      mapId,
      what: parsed.data,
      owner: owner.trim(),
      dueDate: dueDate === '' ? null : dueDate,
      stepNodeId: stepNodeId === '' ? null : stepNodeId,
    });
    if (!created) return;
    setWhat('');
    setOwner('');
    setDueDate('');
    setStepNodeId('');
    setError(null);
  }

  return (
    <form className="new-action" onSubmit={(event) => void submit(event)} noValidate aria-label={t('new.label')}>
      <label className="new-action-what">
        <span>{t('new.label')}</span>
        <input
          value={what}
          onChange={(event) => setWhat(event.target.value)}
          placeholder={t('new.whatPlaceholder')}
          maxLength={maxLengthOf(ActionWhatSchema)}
          aria-invalid={error !== null}
        />
      </label>
      <label>
        <span>{t('columns.map')}</span>
        <select
          value={mapId}
          onChange={(event) => {
            setMapId(event.target.value);
            setStepNodeId('');
          }}
        >
          {futures.map((doc) => (
            <option key={doc.map.id} value={doc.map.id}>
              {doc.map.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('columns.step')}</span>
        <select value={stepNodeId} onChange={(event) => setStepNodeId(event.target.value)}>
          <option value="">—</option>
          {steps.map((step) => (
            <option key={step.id} value={step.id}>
              {nodeLabel(step)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('columns.owner')}</span>
        <input value={owner} onChange={(event) => setOwner(event.target.value)} maxLength={maxLengthOf(ActionOwnerSchema)} />
      </label>
      <label>
        <span>{t('columns.dueDate')}</span>
        <input type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
      </label>
      <button type="submit" className="button button-primary">
        {t('new.add')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
