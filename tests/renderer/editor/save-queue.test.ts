import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../../shared/api/result';
import type { MapChange } from '../../../shared/editing/map-change';
import { createSaveQueue, type SaveBatch, type SaveOutcome, type SaveStatus } from '../../../renderer/editor/save-queue';

function removal(index: number): MapChange {
  return { op: 'removeNode', id: `n${index}` };
}

function changes(count: number, from = 0): MapChange[] {
  return Array.from({ length: count }, (_, index) => removal(from + index));
}

/** A store that answers each save with the next given outcome (else saved as the next revision), and records what it was sent. */
function fakeStore(outcomes: (SaveOutcome | 'saved')[] = []) {
  const saves: SaveBatch[] = [];
  let revision = 10;
  return {
    saves,
    save: async (batch: SaveBatch): Promise<SaveOutcome> => {
      saves.push(batch);
      const next = outcomes.shift() ?? 'saved';
      if (next !== 'saved') return next;
      revision += 1;
      return { ok: true, revision };
    },
  };
}

function recorder() {
  const statuses: SaveStatus[] = [];
  const refused: ApiError[] = [];
  return { statuses, refused, onStatus: (status: SaveStatus) => statuses.push(status), onRefused: (error: ApiError) => refused.push(error) };
}

describe('the save queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gathers the edits of a moment into one save, in order, with the revision they were made against', async () => {
    const store = fakeStore();
    const seen = recorder();
    const saved: number[] = [];
    const queue = createSaveQueue({ save: store.save, ...seen, onSaved: (revision) => saved.push(revision), delayMs: 250 });
    queue.enqueue(changes(2), 4);
    queue.enqueue(changes(1, 2), 4);
    expect(store.saves).toEqual([]);
    expect(queue.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(250);
    expect(store.saves).toEqual([{ changes: changes(3), baseRevision: 4 }]);
    expect(saved).toEqual([11]);
    expect(seen.statuses.at(-1)).toEqual({ state: 'saved' });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('never splits an edit across two saves: whole edits are gathered up to the limit', async () => {
    const store = fakeStore();
    const queue = createSaveQueue({ save: store.save, ...recorder(), maxBatch: 4 });
    queue.enqueue(changes(2, 0), 0);
    queue.enqueue(changes(2, 2), 0);
    queue.enqueue(changes(3, 4), 0);
    queue.enqueue(changes(1, 7), 0);
    queue.enqueue(changes(3, 8), 0);
    await queue.flush();
    expect(store.saves.map((batch) => batch.changes.length)).toEqual([4, 4, 3]);
    expect(store.saves.flatMap((batch) => batch.changes)).toEqual(changes(11));
  });

  it('keeps edits made against different revisions in different saves', async () => {
    const store = fakeStore();
    const queue = createSaveQueue({ save: store.save, ...recorder() });
    queue.enqueue(changes(1, 0), 3);
    queue.enqueue(changes(1, 1), 5);
    queue.enqueue(changes(1, 2), 5);
    await queue.flush();
    expect(store.saves).toEqual([
      { changes: changes(1, 0), baseRevision: 3 },
      { changes: changes(2, 1), baseRevision: 5 },
    ]);
  });

  it('keeps a batch that failed for a passing reason and sends it again, before what came after it', async () => {
    const store = fakeStore([{ ok: false, error: { code: 'store-unavailable', message: 'Restoring a backup' } }]);
    const seen = recorder();
    const queue = createSaveQueue({ save: store.save, ...seen, delayMs: 10, retryMs: 1000 });
    queue.enqueue(changes(2), 1);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen.statuses.at(-1)).toEqual({ state: 'retrying', message: 'Restoring a backup' });
    queue.enqueue(changes(1, 2), 1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.saves.at(-1)).toEqual({ changes: changes(3), baseRevision: 1 });
    expect(seen.statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('hands a refused save to its owner with every edit after it dropped, and never says saved for them', async () => {
    const conflict: ApiError = { code: 'conflict', message: 'Another window changed the text of “Assembly” at the same time, to something else.' };
    const store = fakeStore([conflict].map((error) => ({ ok: false as const, error })));
    const seen = recorder();
    const queue = createSaveQueue({ save: store.save, ...seen, delayMs: 10, retryMs: 100, maxBatch: 2 });
    queue.enqueue(changes(2, 0), 1);
    queue.enqueue(changes(2, 2), 1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.saves).toHaveLength(1);
    expect(seen.refused).toEqual([conflict]);
    expect(seen.statuses.at(-1)).toEqual({ state: 'failed', message: conflict.message });
    expect(seen.statuses).not.toContainEqual({ state: 'saved' });
    expect(queue.hasUnsaved()).toBe(false);

    queue.enqueue(changes(1, 9), 2);
    await vi.advanceTimersByTimeAsync(10);
    expect(store.saves.at(-1)).toEqual({ changes: changes(1, 9), baseRevision: 2 });
    expect(seen.statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('discards what is not sent yet, waits for the save under way, and says how many edits it dropped', async () => {
    let answer: (outcome: SaveOutcome) => void = () => undefined;
    const sent: SaveBatch[] = [];
    const queue = createSaveQueue({
      save: (batch) => {
        sent.push(batch);
        return new Promise<SaveOutcome>((resolve) => (answer = resolve));
      },
      ...recorder(),
      delayMs: 10,
      maxBatch: 1,
    });
    queue.enqueue(changes(1, 0), 0);
    queue.enqueue(changes(1, 1), 0);
    queue.enqueue(changes(1, 2), 0);
    await vi.advanceTimersByTimeAsync(10);
    let dropped: number | null = null;
    const discarding = queue.discard().then((count) => (dropped = count));
    await vi.advanceTimersByTimeAsync(0);
    expect(dropped).toBeNull();
    answer({ ok: true, revision: 1 });
    await discarding;
    expect(dropped).toBe(2);
    expect(sent).toHaveLength(1);
    expect(queue.hasUnsaved()).toBe(false);
  });
});
