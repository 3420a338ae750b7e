import type { MapChange } from '../../shared/editing/map-change';
import type { ApiError } from '../../shared/api/result';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'retrying'; message: string }
  | { state: 'failed'; message: string };

export type SaveOutcome = { ok: true } | { ok: false; error: ApiError };

export type SaveQueueOptions = {
  save: (changes: MapChange[]) => Promise<SaveOutcome>;
  onStatus: (status: SaveStatus) => void;
  /** How long edits gather before they are written; well under the one second a crash may cost. */
  delayMs?: number;
  retryMs?: number;
};

export type SaveQueue = {
  enqueue: (changes: readonly MapChange[]) => void;
  flush: () => Promise<void>;
  hasUnsaved: () => boolean;
};

/** Errors that retrying cannot fix: the store refused the changes themselves. */
function isPermanent(error: ApiError): boolean {
  return error.code === 'invalid-input' || error.code === 'invalid-change' || error.code === 'not-found';
}

/**
 * Autosave: edits are gathered for a moment, then written in order, one batch at a time. A batch
 * that fails for a passing reason (the host is busy, restarting) is kept and tried again; one
 * the store refuses is reported, because sending it again would fail again.
 */
export function createSaveQueue({ save, onStatus, delayMs = 250, retryMs = 2000 }: SaveQueueOptions): SaveQueue {
  let pending: MapChange[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;

  function schedule(ms: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  async function writeBatch(): Promise<void> {
    const batch = pending;
    pending = [];
    onStatus({ state: 'saving' });
    const outcome = await save(batch).catch(
      (error: unknown): SaveOutcome => ({ ok: false, error: { code: 'internal', message: String(error) } }),
    );
    if (outcome.ok) {
      onStatus(pending.length > 0 ? { state: 'pending' } : { state: 'saved' });
      return;
    }
    if (isPermanent(outcome.error)) {
      onStatus({ state: 'failed', message: outcome.error.message });
      return;
    }
    pending = [...batch, ...pending];
    onStatus({ state: 'retrying', message: outcome.error.message });
    schedule(retryMs);
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    while (inFlight) await inFlight;
    if (pending.length === 0) return;
    inFlight = writeBatch().finally(() => {
      inFlight = null;
    });
    await inFlight;
  }

  return {
    enqueue(changes) {
      if (changes.length === 0) return;
      pending.push(...changes);
      onStatus({ state: 'pending' });
      schedule(delayMs);
    },
    flush,
    hasUnsaved: () => pending.length > 0 || inFlight !== null,
  };
}
