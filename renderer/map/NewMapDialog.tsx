import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_TEMPLATES, type MapTemplate } from '../../shared/editing/map-templates';
import type { MapState } from '../../shared/model/vsm-map';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../components/FormFooter';
import { useCheckedSubmit } from '../components/use-checked-submit';
import { checkMapName } from './check-map-name';
import { MapNameField } from './MapNameField';

export type NewMapRequest = { name: string; state: MapState; template: MapTemplate };

type NewMapDialogProps = { onSubmit: (request: NewMapRequest) => Promise<void>; onCancel: () => void; onFromEventLog: () => void };

/** Another map for the workshop: a name, current or future state, and what it starts from. */
export function NewMapDialog({ onSubmit, onCancel, onFromEventLog }: NewMapDialogProps) {
  const { t } = useTranslation('map');
  const [name, setName] = useState('');
  const [state, setState] = useState<MapState>('current');
  const [template, setTemplate] = useState<MapTemplate>('blank');
  const { problem, busy, submit } = useCheckedSubmit(() => checkMapName(name, (checkedName) => onSubmit({ name: checkedName, state, template })));

  return (
    <Dialog title={t('newMap.title')} onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <MapNameField value={name} onChange={setName} placeholder={t('newMap.namePlaceholder')} />
        <label className="field">
          <span>{t('newMap.state')}</span>
          <select value={state} onChange={(event) => setState(event.target.value === 'future' ? 'future' : 'current')}>
            <option value="current">{t('newMap.current')}</option>
            <option value="future">{t('newMap.future')}</option>
          </select>
        </label>
        <fieldset className="field">
          <legend>{t('newMap.startFrom')}</legend>
          {MAP_TEMPLATES.map((option) => (
            <label key={option} className="radio-option">
              <input type="radio" name="template" value={option} checked={template === option} onChange={() => setTemplate(option)} />
              {t(`newMap.template.${option}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button button-quiet" onClick={onFromEventLog}>
          {t('newMap.fromEventLog')}
        </button>
        <FormFooter problem={problem} busy={busy} submitLabel={t('newMap.create')} onCancel={onCancel} inDialog />
      </form>
    </Dialog>
  );
}
