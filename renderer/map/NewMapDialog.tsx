import { useState } from 'react';
import { MAP_TEMPLATES, type MapTemplate } from '../../shared/editing/map-templates';
import type { MapState } from '../../shared/model/vsm-map';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../components/FormFooter';
import { useCheckedSubmit } from '../components/use-checked-submit';
import { checkMapName } from './check-map-name';
import { MapNameField } from './MapNameField';

export type NewMapRequest = { name: string; state: MapState; template: MapTemplate };

type NewMapDialogProps = { onSubmit: (request: NewMapRequest) => Promise<void>; onCancel: () => void; onFromEventLog: () => void };

const TEMPLATE_LABELS: Record<MapTemplate, string> = {
  blank: 'A blank wall',
  'learning-to-see': 'Worked example: Acme Stamping (Learning to See)',
  office: 'Worked example: office order fulfilment',
};

/** Another map for the workshop: a name, current or future state, and what it starts from. */
export function NewMapDialog({ onSubmit, onCancel, onFromEventLog }: NewMapDialogProps) {
  const [name, setName] = useState('');
  const [state, setState] = useState<MapState>('current');
  const [template, setTemplate] = useState<MapTemplate>('blank');
  const { problem, busy, submit } = useCheckedSubmit(() => checkMapName(name, (checkedName) => onSubmit({ name: checkedName, state, template })));

  return (
    <Dialog title="New map" onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <MapNameField value={name} onChange={setName} placeholder="e.g. Future state, Claims intake" />
        <label className="field">
          <span>State</span>
          <select value={state} onChange={(event) => setState(event.target.value === 'future' ? 'future' : 'current')}>
            <option value="current">Current state</option>
            <option value="future">Future state</option>
          </select>
        </label>
        <fieldset className="field">
          <legend>Start from</legend>
          {MAP_TEMPLATES.map((option) => (
            <label key={option} className="radio-option">
              <input type="radio" name="template" value={option} checked={template === option} onChange={() => setTemplate(option)} />
              {TEMPLATE_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button button-quiet" onClick={onFromEventLog}>
          New map from an event log…
        </button>
        <FormFooter problem={problem} busy={busy} submitLabel="Create map" onCancel={onCancel} inDialog />
      </form>
    </Dialog>
  );
}
