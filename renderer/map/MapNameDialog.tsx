import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { FormFooter } from '../components/FormFooter';
import { useCheckedSubmit } from '../components/use-checked-submit';
import { checkMapName } from './check-map-name';
import { MapNameField } from './MapNameField';

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
        <MapNameField value={name} onChange={setName} selectOnFocus />
        <FormFooter problem={problem} busy={busy} submitLabel={submitLabel} onCancel={onCancel} inDialog />
      </form>
    </Dialog>
  );
}
