import { MAX_CHANGES_PER_SAVE } from '../../shared/api/map-contract';
import type { ApiError } from '../../shared/api/result';
import type { MapChange } from '../../shared/editing/map-change';

/**
 * What the save indicator says. `saved` only when nothing the screen shows is waiting to be
 * written; `failed` while a refused save is being replaced by the disk's state; `not-applied` once
 * the screen shows the disk's state again, saying what could not be applied.
 */
export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'retrying'; message: string }
  /** The host cannot be reached (stopped, restarting): the edits are kept here and sent when it is back. */
  | { state: 'offline' }
  | { state: 'failed'; message: string }
  | { state: 'not-applied'; message: string }
  /** The window could not hear what other windows saved: it may show less than is saved until it catches up. */
  | { state: 'behind'; message: string };

export type SaveOutcome = { ok: true; revision: number } | { ok: false; error: ApiError };

/** One save: whole edits made against the same revision of the map. */
export type SaveBatch = { changes: MapChange[]; baseRevision: number };

export type SaveQueueOptions = {
  save: (batch: SaveBatch) => Promise<SaveOutcome>;
  onStatus: (status: SaveStatus) => void;
  /** A save the store refused: it and every edit after it are dropped, and the owner shows the disk's state. */
  onRefused: (error: ApiError) => void;
  /** A save the store committed, with its revision. */
  onSaved?: (revision: number) => void;
  /** How long edits gather before they are written; well under the one second a crash may cost. */
  delayMs?: number;
  retryMs?: number;
  /** The most changes one save may carry (the API's limit); whole edits are gathered up to it. */
  maxBatch?: number;
};

export type SaveQueue = {
  /** Queues one edit, made when the window had seen `baseRevision` of the map. */
  enqueue: (changes: readonly MapChange[], baseRevision: number) => void;
  flush: () => Promise<void>;
  hasUnsaved: () => boolean;
  /** Drops every edit not yet sent, waits for the one being sent, and answers how many edits were dropped. */
  discard: () => Promise<number>;
};

type Edit = { changes: readonly MapChange[]; baseRevision: number };

/** Errors that retrying cannot fix: the store refused the changes themselves. */
function isPermanent(error: ApiError): boolean {
  return (
    error.code === 'invalid-input' ||
    error.code === 'invalid-change' ||
    error.code === 'not-found' ||
    error.code === 'conflict' ||
    error.code === 'read-only'
  );
}

/**
 * Autosave: edits are gathered for a moment, then written in order. A save holds whole edits
 * (one edit is never split across two transactions) made against the same revision, as many as
 * fit the API's limit. A save that fails for a passing reason (the host is busy, restarting) is
 * kept and tried again; one the store refuses is reported to the owner, which shows the disk's
 * state, and the edits after it go too, as they were made on top of it.
 */
export function createSaveQueue({
  save,
  onStatus,
  onRefused,
  onSaved = () => undefined,
  delayMs = 250,
  retryMs = 2000,
  maxBatch = MAX_CHANGES_PER_SAVE,
}: SaveQueueOptions): SaveQueue {
  let pending: Edit[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<boolean> | null = null;

  function schedule(ms: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  function takeBatch(): Edit[] {
    const first = pending[0]!;
    let size = first.changes.length;
    let count = 1;
    while (count < pending.length) {
      const next = pending[count]!;
      if (next.baseRevision !== first.baseRevision || size + next.changes.length > maxBatch) break;
      size += next.changes.length;
      count += 1;
    }
    const batch = pending.slice(0, count);
    pending = pending.slice(count);
    return batch;
  }

  /** Writes the oldest batch; answers whether it was saved. */
  async function writeBatch(): Promise<boolean> {
    const edits = takeBatch();
    onStatus({ state: 'saving' });
    const batch: SaveBatch = { changes: edits.flatMap((edit) => edit.changes), baseRevision: edits[0]!.baseRevision };
    const outcome = await save(batch).catch((error: unknown): SaveOutcome => ({ ok: false, error: { code: 'internal', message: String(error) } }));
    if (outcome.ok) {
      onSaved(outcome.revision);
      onStatus(pending.length > 0 ? { state: 'pending' } : { state: 'saved' });
      return true;
    }
    if (isPermanent(outcome.error)) {
      pending = [];
      onStatus({ state: 'failed', message: outcome.error.message });
      onRefused(outcome.error);
      return false;
    }
    pending = [...edits, ...pending];
    onStatus(outcome.error.code === 'host-unreachable' ? { state: 'offline' } : { state: 'retrying', message: outcome.error.message });
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
    enqueue(changes, baseRevision) {
      if (changes.length === 0) return;
      pending.push({ changes: [...changes], baseRevision });
      onStatus({ state: 'pending' });
      schedule(delayMs);
    },
    flush,
    hasUnsaved: () => pending.length > 0 || inFlight !== null,
    async discard() {
      if (timer) clearTimeout(timer);
      timer = null;
      const dropped = pending.length;
      pending = [];
      while (inFlight) await inFlight;
      return dropped;
    },
  };
}
