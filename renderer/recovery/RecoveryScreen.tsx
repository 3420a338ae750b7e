import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { RecoveryStatus, StoreProblem } from '../../shared/api/recovery-contract';
import type { BackupInfo } from '../../shared/model/backup';
import { errorMessage } from '../api/client';
import { backupReason, backupTime, workshopCountText } from './backup-text';
import { BackupsDialog } from './BackupsDialog';

type RecoveryScreenProps = {
  status: RecoveryStatus & { problem: StoreProblem };
  onRestore: (backup: BackupInfo) => Promise<void>;
  onContinue: () => Promise<void>;
  onRetry: () => Promise<void>;
};

/** Problems another program or the machine caused, which may be gone when the app tries again. */
const RETRYABLE: ReadonlySet<StoreProblem['kind']> = new Set(['locked', 'unavailable']);

/** Shown instead of the app when the database is not the one it had: what happened, and the way back. */
export function RecoveryScreen({ status, onRestore, onContinue, onRetry }: RecoveryScreenProps) {
  const { t } = useTranslation('recovery');
  const { problem } = status;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <main className="recovery-screen">
      <section className="recovery-card" aria-labelledby="recovery-title">
        <h1 id="recovery-title">{t(`screen.titles.${problem.kind}`)}</h1>
        <p className="recovery-message">{problem.message}</p>
        <dl className="recovery-facts">
          {problem.movedTo && (
            <>
              <dt>{t('screen.movedTo')}</dt>
              <dd className="file-path">{problem.movedTo}</dd>
            </>
          )}
          {(problem.kind === 'newer-version' || problem.kind === 'locked' || problem.kind === 'empty') && (
            <>
              <dt>{t('screen.database')}</dt>
              <dd className="file-path">{status.databaseFile}</dd>
            </>
          )}
          {problem.detail && (
            <>
              <dt>{t('screen.sqlite')}</dt>
              <dd>{problem.detail}</dd>
            </>
          )}
        </dl>
        {RETRYABLE.has(problem.kind) && (
          <div className="recovery-actions">
            <button type="button" className="button button-primary button-large" disabled={busy} onClick={() => void run(onRetry)}>
              {busy ? t('screen.trying') : t('screen.tryAgain')}
            </button>
          </div>
        )}
        {problem.kind !== 'newer-version' &&
          problem.kind !== 'locked' &&
          (problem.offer ? (
            <div className="recovery-offer">
              <h2>{t('screen.offerTitle')}</h2>
              <p>
                <Trans
                  t={t}
                  i18nKey="screen.offer"
                  values={{
                    time: backupTime(problem.offer),
                    workshops: workshopCountText(problem.offer.workshopCount),
                    reason: backupReason(problem.offer.kind),
                  }}
                  components={{ strong: <strong /> }}
                />
              </p>
              <div className="recovery-actions">
                <button
                  type="button"
                  className="button button-primary button-large"
                  disabled={busy}
                  onClick={() => void run(() => onRestore(problem.offer!))}
                >
                  {busy ? t('dialog.restoring') : t('screen.restoreThis')}
                </button>
                <button type="button" className="button button-large" disabled={busy} onClick={() => setChoosing(true)}>
                  {t('screen.chooseAnother')}
                </button>
              </div>
            </div>
          ) : (
            <p className="recovery-offer">{t('screen.noBackup')}</p>
          ))}
        {(problem.kind === 'damaged' || problem.kind === 'empty') && (
          <div className="recovery-actions">
            <button type="button" className="button button-large" disabled={busy} onClick={() => void run(onContinue)}>
              {t('screen.startEmpty')}
            </button>
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </section>
      {choosing && <BackupsDialog backupFolder={status.backupFolder} onRestore={onRestore} onClose={() => setChoosing(false)} />}
    </main>
  );
}
