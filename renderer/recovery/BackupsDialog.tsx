import { useCallback, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['recovery', 'common']);
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
      return t('dialog.backedUp', { workshops: workshopCountText(backup.workshopCount) });
    });

  const restore = (backup: BackupInfo) =>
    run(async () => {
      await onRestore(backup);
      return null;
    });

  return (
    <Dialog title={t('dialog.title')} onClose={onClose}>
      {confirming ? (
        <div className="backups-confirm">
          <p className="dialog-message">
            <Trans
              t={t}
              i18nKey="dialog.confirm"
              values={{ time: backupTime(confirming), workshops: workshopCountText(confirming.workshopCount) }}
              components={{ strong: <strong /> }}
            />
          </p>
          {message && (
            <p className="backups-message" role="alert">
              {message}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setConfirming(null)} disabled={busy} autoFocus>
              {t('common:cancel')}
            </button>
            <button type="button" className="button button-primary" onClick={() => void restore(confirming)} disabled={busy}>
              {busy ? t('dialog.restoring') : t('dialog.restore')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="dialog-message">
            <Trans t={t} i18nKey="dialog.intro" values={{ folder: backupFolder }} components={{ path: <span className="file-path" /> }} />
          </p>
          <div className="backups-toolbar">
            <button type="button" className="button button-primary" onClick={() => void backUpNow()} disabled={busy}>
              {t('dialog.backUpNow')}
            </button>
          </div>
          {backups === null ? (
            <p className="muted">{t('dialog.loading')}</p>
          ) : backups.length === 0 ? (
            <p className="muted">{t('dialog.none')}</p>
          ) : (
            <ul className="backups-list" aria-label={t('dialog.title')}>
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
                    aria-label={t('dialog.restoreFrom', { time: backupTime(backup) })}
                  >
                    {t('dialog.restoreItem')}
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
              {t('common:close')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
