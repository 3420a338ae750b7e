import { useRecovery } from './recovery-context';

/** Opens the list of backups; placed in a screen's header. */
export function BackupsButton() {
  const { openBackups } = useRecovery();
  return (
    <button type="button" className="button" onClick={openBackups} title="Backups: see, take and restore backups">
      Backups…
    </button>
  );
}
