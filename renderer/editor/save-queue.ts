import { MAX_CHANGES_PER_SAVE } from '../../shared/api/map-contract';
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
  /** The most changes one save may carry (the API's limit); more are written in consecutive saves. */
  maxBatch?: number;
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
 * Autosave: edits are gathered for a moment, then written in order, one batch at a time, each no
 * larger than one save may be (a paste of thousands of notes and what followed it may be more).
 * A batch that fails for a passing reason (the host is busy, restarting) is kept and tried again;
 * one the store refuses is reported, because sending it again would fail again.
 */
export function createSaveQueue({ save, onStatus, delayMs = 250, retryMs = 2000, maxBatch = MAX_CHANGES_PER_SAVE }: SaveQueueOptions): SaveQueue {
  let pending: MapChange[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<boolean> | null = null;

  function schedule(ms: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  /** Writes the oldest batch; answers whether it was saved. */
  async function writeBatch(): Promise<boolean> {
    const batch = pending.slice(0, maxBatch);
    pending = pending.slice(batch.length);
    onStatus({ state: 'saving' });
    const outcome = await save(batch).catch(
      (error: unknown): SaveOutcome => ({ ok: false, error: { code: 'internal', message: String(error) } }),
    );
    if (outcome.ok) {
      onStatus(pending.length > 0 ? { state: 'pending' } : { state: 'saved' });
      return true;
    }
    if (isPermanent(outcome.error)) {
      onStatus({ state: 'failed', message: outcome.error.message });
      return false;
    }
    pending = [...batch, ...pending];
    onStatus({ state: 'retrying', message: outcome.error.message });
    schedule(retryMs);
    return false;
  }

  /** Writes batch after batch until nothing is pending, or one fails (a retry is then scheduled, or the failure reported). */
  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    for (;;) {
      while (inFlight) await inFlight;
      if (pending.length === 0) return;
      const write = writeBatch().finally(() => {
        inFlight = null;
      });
      inFlight = write;
      if (!(await write)) return;
    }
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
