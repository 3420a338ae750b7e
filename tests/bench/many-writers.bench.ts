import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { openAppServices, type AppServices } from '../../main/services/app-services';
import type { ApiResult } from '../../shared/api/result';
import type { MapChange } from '../../shared/editing/map-change';
import type { MapNode } from '../../shared/model/map-node';
import { note } from '../shared/fixtures';

/**
 * What many writers cost: a one-field save made against the newest revision, the same save
 * rebased over the 200 commits the log keeps, a 10,000-note paste (which the log stores too),
 * and the time from a commit to the live feed's subscriber in the same process. Through the
 * app's own dispatch, SQLite with FULL sync. Prints median and p95.
 */
const samples = new Map<string, number[]>();
let dataDir = '';
let services: AppServices;
let mapId = '';
let revision = 0;
let step = 0;

function waitingNote(id: string): MapNode {
  return note(id, { text: `Note ${id}: waiting for approval` });
}

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  samples.set(name, [...(samples.get(name) ?? []), performance.now() - start]);
  return result;
}

async function save(changes: MapChange[], baseRevision?: number, clientId = 'bench-window-a'): Promise<number> {
  const result = (await services.dispatch('map.applyChanges', {
    mapId,
    changes,
    clientId,
    ...(baseRevision === undefined ? {} : { baseRevision }),
  })) as ApiResult<{
    revision: number;
  }>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value.revision;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-bench-sync-'));
  services = openAppServices(dataDir, { scheduler: () => () => undefined });
  await services.started;
  const created = (await services.dispatch('workshop.create', { title: 'Bench', date: '2026-11-25', facilitator: 'Dana' })) as ApiResult<{
    maps: { id: string }[];
  }>;
  if (!created.ok) throw new Error(created.error.message);
  mapId = created.value.maps[0]!.id;
  revision = await save(Array.from({ length: 100 }, (_, index) => ({ op: 'putNode', node: waitingNote(`n${index}`) })));
});

afterAll(async () => {
  await services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const rows = [...samples].map(([name, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2);
    return `${name.padEnd(52)} median ${at(0.5).padStart(8)} ms   p95 ${at(0.95).padStart(8)} ms   (${values.length} runs)`;
  });
  console.log(`\nMany writers on one map\n${rows.join('\n')}`);
});

describe('many writers', () => {
  bench(
    'a one-field save against the newest revision',
    async () => {
      step += 1;
      revision = await timed('one-field save, nothing to rebase over', () =>
        save([{ op: 'patchNode', id: 'n1', before: {}, after: { x: step } }], revision),
      );
    },
    { iterations: 200, time: 0 },
  );

  bench(
    'a one-field save rebased over 200 commits of another window',
    async () => {
      const base = revision;
      for (let other = 0; other < 200; other += 1) {
        revision = await save([{ op: 'patchNode', id: `n${2 + (other % 90)}`, before: {}, after: { y: other } }], undefined, 'bench-window-b');
      }
      revision = await timed('one-field save rebased over 200 commits', () =>
        save([{ op: 'patchNode', id: 'n1', before: {}, after: { text: `Rebased ${base}` } }], base),
      );
    },
    { iterations: 10, time: 0 },
  );

  bench(
    'a paste of 10,000 notes, logged for the feed',
    async () => {
      step += 1;
      const changes: MapChange[] = Array.from({ length: 10_000 }, (_, index) => ({ op: 'putNode', node: waitingNote(`p${step}-${index}`) }));
      revision = await timed('paste of 10,000 notes (one save)', () => save(changes, revision));
    },
    { iterations: 5, time: 0 },
  );

  bench(
    'from a commit to the live feed’s subscriber',
    async () => {
      step += 1;
      const start = performance.now();
      const heard = new Promise<void>((resolve) => {
        const stop = services.feed.subscribe((event) => {
          if (event.type === 'committed' && event.revision > revision) {
            stop();
            resolve();
          }
        });
      });
      revision = await save([{ op: 'patchNode', id: 'n1', before: {}, after: { x: step } }], revision);
      await heard;
      samples.set('commit to feed subscriber (same process)', [
        ...(samples.get('commit to feed subscriber (same process)') ?? []),
        performance.now() - start,
      ]);
    },
    { iterations: 100, time: 0 },
  );
});
