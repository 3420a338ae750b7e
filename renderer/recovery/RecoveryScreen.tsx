import { useState } from 'react';
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

const TITLES: Record<StoreProblem['kind'], string> = {
  damaged: 'Your workshop database was damaged',
  'newer-version': 'This database needs a newer version of the app',
  locked: 'Another program is using your workshop database',
  empty: 'Your workshop database file is empty',
  unavailable: 'Your workshop database could not be opened',
};

/** Problems another program or the machine caused, which may be gone when the app tries again. */
const RETRYABLE: ReadonlySet<StoreProblem['kind']> = new Set(['locked', 'unavailable']);

/** Shown instead of the app when the database is not the one it had: what happened, and the way back. */
export function RecoveryScreen({ status, onRestore, onContinue, onRetry }: RecoveryScreenProps) {
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
        <h1 id="recovery-title">{TITLES[problem.kind]}</h1>
        <p className="recovery-message">{problem.message}</p>
        <dl className="recovery-facts">
          {problem.movedTo && (
            <>
              <dt>Moved to</dt>
              <dd className="file-path">{problem.movedTo}</dd>
            </>
          )}
          {(problem.kind === 'newer-version' || problem.kind === 'locked' || problem.kind === 'empty') && (
            <>
              <dt>Database</dt>
              <dd className="file-path">{status.databaseFile}</dd>
            </>
          )}
          {problem.detail && (
            <>
              <dt>What SQLite said</dt>
              <dd>{problem.detail}</dd>
            </>
          )}
        </dl>
        {RETRYABLE.has(problem.kind) && (
          <div className="recovery-actions">
            <button type="button" className="button button-primary button-large" disabled={busy} onClick={() => void run(onRetry)}>
              {busy ? 'Trying…' : 'Try again'}
            </button>
          </div>
        )}
        {problem.kind !== 'newer-version' &&
          problem.kind !== 'locked' &&
          (problem.offer ? (
            <div className="recovery-offer">
              <h2>Restore the newest good backup</h2>
              <p>
                Taken <strong>{backupTime(problem.offer)}</strong> · {workshopCountText(problem.offer.workshopCount)} ·{' '}
                {backupReason(problem.offer.kind)}. It passed SQLite’s integrity check.
              </p>
              <div className="recovery-actions">
                <button
                  type="button"
                  className="button button-primary button-large"
                  disabled={busy}
                  onClick={() => void run(() => onRestore(problem.offer!))}
                >
                  {busy ? 'Restoring…' : 'Restore this backup'}
                </button>
                <button type="button" className="button button-large" disabled={busy} onClick={() => setChoosing(true)}>
                  Choose another backup…
                </button>
              </div>
            </div>
          ) : (
            <p className="recovery-offer">There is no good backup to restore.</p>
          ))}
        {(problem.kind === 'damaged' || problem.kind === 'empty') && (
          <div className="recovery-actions">
            <button type="button" className="button button-large" disabled={busy} onClick={() => void run(onContinue)}>
              Start with an empty database
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
