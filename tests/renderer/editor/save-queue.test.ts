import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapChange } from '../../../shared/editing/map-change';
import { createSaveQueue, type SaveOutcome, type SaveStatus } from '../../../renderer/editor/save-queue';

function removal(index: number): MapChange {
  return { op: 'removeNode', id: `n${index}` };
}

function changes(count: number, from = 0): MapChange[] {
  return Array.from({ length: count }, (_, index) => removal(from + index));
}

/** A store that answers each save with the next given outcome (else saved), and records what it was sent. */
function fakeStore(outcomes: SaveOutcome[] = []) {
  const saves: MapChange[][] = [];
  return {
    saves,
    save: async (batch: MapChange[]): Promise<SaveOutcome> => {
      saves.push(batch);
      return outcomes.shift() ?? { ok: true };
    },
  };
}

describe('the save queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gathers the edits of a moment into one save, in order', async () => {
    const store = fakeStore();
    const statuses: SaveStatus[] = [];
    const queue = createSaveQueue({ save: store.save, onStatus: (status) => statuses.push(status), delayMs: 250 });
    queue.enqueue(changes(2));
    queue.enqueue(changes(1, 2));
    expect(store.saves).toEqual([]);
    expect(queue.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(250);
    expect(store.saves).toEqual([changes(3)]);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('splits more changes than one save may carry into consecutive saves, and flush waits for all of them', async () => {
    const store = fakeStore();
    const queue = createSaveQueue({ save: store.save, onStatus: () => undefined, maxBatch: 4 });
    queue.enqueue(changes(10));
    await queue.flush();
    expect(store.saves.map((batch) => batch.length)).toEqual([4, 4, 2]);
    expect(store.saves.flat()).toEqual(changes(10));
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('keeps a batch that failed for a passing reason and sends it again, before what came after it', async () => {
    const store = fakeStore([{ ok: false, error: { code: 'store-unavailable', message: 'Restoring a backup' } }]);
    const statuses: SaveStatus[] = [];
    const queue = createSaveQueue({ save: store.save, onStatus: (status) => statuses.push(status), delayMs: 10, retryMs: 1000 });
    queue.enqueue(changes(2));
    await vi.advanceTimersByTimeAsync(10);
    expect(statuses.at(-1)).toEqual({ state: 'retrying', message: 'Restoring a backup' });
    queue.enqueue(changes(1, 2));
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.saves.at(-1)).toEqual(changes(3));
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('reports a batch the store refuses, and does not send it again', async () => {
    const store = fakeStore([{ ok: false, error: { code: 'invalid-change', message: 'node n0 is not on the map' } }]);
    const statuses: SaveStatus[] = [];
    const queue = createSaveQueue({ save: store.save, onStatus: (status) => statuses.push(status), delayMs: 10, retryMs: 100 });
    queue.enqueue(changes(1));
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.saves).toHaveLength(1);
    expect(statuses.at(-1)).toEqual({ state: 'failed', message: 'node n0 is not on the map' });
  });
});
