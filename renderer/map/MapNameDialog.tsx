import { useState } from 'react';
import { MapNameSchema } from '../../shared/model/vsm-map';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../components/FormFooter';
import { maxLengthOf } from '../components/max-length';
import { useCheckedSubmit } from '../components/use-checked-submit';
import { checkMapName } from './check-map-name';

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
  const { problem, busy, submit } = useCheckedSubmit(() => checkMapName(name, onSubmit));

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
        <FormFooter problem={problem} busy={busy} submitLabel={submitLabel} onCancel={onCancel} inDialog />
      </form>
    </Dialog>
  );
}
