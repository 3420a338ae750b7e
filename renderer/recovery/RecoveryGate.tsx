import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../shared/api/recovery-contract';
import type { BackupInfo } from '../../shared/model/backup';
import { call, errorMessage } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { backupTime } from './backup-text';
import { BackupsDialog } from './BackupsDialog';
import { RecoveryContext, type RecoveryActions } from './recovery-context';
import { RecoveryScreen } from './RecoveryScreen';
import './recovery.css';

/**
 * Stands between the app and its screens: asks the main process what it found at start, shows the
 * recovery screen when the database was damaged, is empty, locked, from a newer app or cannot be
 * opened, and otherwise shows the screens with the backups dialog at hand (and a standing banner
 * when the database could be opened only for reading, whose every write the API refuses). After a restore the screens are
 * mounted afresh on the workshop list, so nothing shows data from the database that was replaced.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['recovery', 'app', 'common']);
  const [status, setStatus] = useState<RecoveryStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [showBackups, setShowBackups] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [backupProblemDismissed, setBackupProblemDismissed] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await call('recovery.status', {}));
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const restore = useCallback(
    async (backup: BackupInfo) => {
      const outcome = await call('backup.restore', { name: backup.name });
      const restored = t('gate.restored', { time: backupTime(outcome.restored) });
      setNotice(outcome.previous ? t('gate.restoredWithUndo', { restored, previous: backupTime(outcome.previous) }) : restored);
      setShowBackups(false);
      window.location.hash = '#/';
      setGeneration((current) => current + 1);
      await refresh();
    },
    [refresh, t],
  );

  const readOnly = status?.readOnly !== null && status?.readOnly !== undefined;
  const actions = useMemo<RecoveryActions>(() => ({ openBackups: () => setShowBackups(true), readOnly }), [readOnly]);

  if (loadError) {
    return (
      <main className="screen-message" role="alert">
        <h1>{t('app:appName')}</h1>
        <p>{loadError}</p>
      </main>
    );
  }
  if (!status) return <main className="screen-message muted">{t('gate.opening')}</main>;
  if (status.problem) {
    return (
      <RecoveryScreen
        status={{ ...status, problem: status.problem }}
        onRestore={restore}
        onContinue={async () => setStatus(await call('recovery.dismiss', {}))}
        onRetry={async () => setStatus(await call('recovery.retry', {}))}
      />
    );
  }
  const backupProblem = status.backupProblem !== backupProblemDismissed ? status.backupProblem : null;
  return (
    <RecoveryContext.Provider value={actions}>
      <div className="recovery-frame">
        {notice && (
          <div className="notice-banner" aria-live="polite">
            <span>{notice}</span>
            <button type="button" className="button button-quiet" onClick={() => setNotice(null)} aria-label={t('common:dismissMessage')}>
              ✕
            </button>
          </div>
        )}
        {status.readOnly && (
          <div className="read-only-banner" role="status" aria-label={t('gate.readOnlyLabel')}>
            <strong>{t('gate.readOnly')}</strong> <span>{status.readOnly}</span>
          </div>
        )}
        <ErrorBanner
          message={backupProblem && t('gate.backupFailed', { problem: backupProblem })}
          onDismiss={() => setBackupProblemDismissed(status.backupProblem)}
        />
        <div className="recovery-frame-body">
          <Fragment key={generation}>{children}</Fragment>
        </div>
      </div>
      {showBackups && <BackupsDialog backupFolder={status.backupFolder} onRestore={restore} onClose={() => setShowBackups(false)} />}
    </RecoveryContext.Provider>
  );
}
