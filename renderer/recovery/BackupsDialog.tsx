import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '../../shared/model/backup';
import { call, errorMessage } from '../api/client';
import { Dialog } from '../components/Dialog';
import { backupReason, backupTime, sizeText, workshopCountText } from './backup-text';

type BackupsDialogProps = {
  backupFolder: string;
  onRestore: (backup: BackupInfo) => Promise<void>;
  onClose: () => void;
};

/** Every backup on disk, a way to take one now, and a restore that asks first and can be undone. */
export function BackupsDialog({ backupFolder, onRestore, onClose }: BackupsDialogProps) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setBackups(await call('backup.list', {}));
    } catch (error) {
      setMessage(errorMessage(error));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function run(action: () => Promise<string | null>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  const backUpNow = () =>
    run(async () => {
      const backup = await call('backup.create', {});
      await refresh();
      return `Backed up ${workshopCountText(backup.workshopCount)} just now.`;
    });

  const restore = (backup: BackupInfo) =>
    run(async () => {
      await onRestore(backup);
      return null;
    });

  return (
    <Dialog title="Backups" onClose={onClose}>
      {confirming ? (
        <div className="backups-confirm">
          <p className="dialog-message">
            Restore the backup from <strong>{backupTime(confirming)}</strong> ({workshopCountText(confirming.workshopCount)})? The workshops you have
            now are kept as a backup, so you can undo this by restoring that one.
          </p>
          {message && (
            <p className="backups-message" role="alert">
              {message}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setConfirming(null)} disabled={busy} autoFocus>
              Cancel
            </button>
            <button type="button" className="button button-primary" onClick={() => void restore(confirming)} disabled={busy}>
              {busy ? 'Restoring…' : 'Restore backup'}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="dialog-message">
            Your workshops are backed up every ten minutes while you work and when you close the app. The last five of today and one a day for two
            weeks are kept, in <span className="file-path">{backupFolder}</span>.
          </p>
          <div className="backups-toolbar">
            <button type="button" className="button button-primary" onClick={() => void backUpNow()} disabled={busy}>
              Back up now
            </button>
          </div>
          {backups === null ? (
            <p className="muted">Loading backups…</p>
          ) : backups.length === 0 ? (
            <p className="muted">No backups yet. The first one is taken ten minutes after your first edit, or now with “Back up now”.</p>
          ) : (
            <ul className="backups-list" aria-label="Backups">
              {backups.map((backup) => (
                <li key={backup.name} className="backups-item">
                  <div>
                    <div className="backups-item-when">{backupTime(backup)}</div>
                    <div className="muted">
                      {backupReason(backup.kind)} · {workshopCountText(backup.workshopCount)} · {sizeText(backup.bytes)}
                    </div>
                  </div>
                  <button
                    type="button"
                    className="button"
                    onClick={() => setConfirming(backup)}
                    disabled={busy}
                    aria-label={`Restore the backup from ${backupTime(backup)}`}
                  >
                    Restore…
                  </button>
                </li>
              ))}
            </ul>
          )}
          {message && (
            <p className="backups-message" aria-live="polite">
              {message}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
