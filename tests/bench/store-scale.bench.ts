import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { openAppServices, type AppServices } from '../../main/services/app-services';
import type { ApiResult } from '../../shared/api/result';
import { seedStore } from './support/seed-store';

/**
 * The store at the size of a busy facilitator's laptop after a few years: 100 workshops of 5 maps
 * with 2,000 nodes each (a million nodes). Seeded with direct inserts in one transaction, then
 * measured through the app's own API dispatch (validation, handler, SQLite with FULL sync). Prints
 * median and p95 of each operation, the start-up check, a full backup, and the database's size.
 */
const WORKSHOPS = 100;
const MAPS_PER_WORKSHOP = 5;
const NODES_PER_MAP = 2_000;

const samples = new Map<string, number[]>();
const once = new Map<string, string>();
let dataDir = '';
let services: AppServices;
let mapIds: string[] = [];
let editCount = 0;

async function time(name: string, run: () => Promise<ApiResult<unknown>>): Promise<void> {
  const start = performance.now();
  const result = await run();
  const elapsed = performance.now() - start;
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  samples.set(name, [...(samples.get(name) ?? []), elapsed]);
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function databaseBytes(): number {
  return fs
    .readdirSync(dataDir)
    .filter((name) => name.startsWith('workshops.sqlite'))
    .reduce((sum, name) => sum + fs.statSync(path.join(dataDir, name)).size, 0);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-scale-'));
  const seedStart = performance.now();
  mapIds = seedStore(
    path.join(dataDir, 'workshops.sqlite'),
    { workshops: WORKSHOPS, mapsPerWorkshop: MAPS_PER_WORKSHOP, nodesPerMap: NODES_PER_MAP },
    true,
  );
  once.set('seed (direct inserts)', `${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  const start = performance.now();
  services = openAppServices(dataDir, { scheduler: () => () => undefined });
  await services.started;
  once.set('start: quick_check and open', `${(performance.now() - start).toFixed(0)} ms`);
}, 600_000);

afterAll(async () => {
  const backupStart = performance.now();
  const backup = await services.dispatch('backup.create', {});
  if (!backup.ok) throw new Error(backup.error.message);
  once.set('full backup (backup API + integrity_check)', `${((performance.now() - backupStart) / 1000).toFixed(1)} s`);
  once.set('database size', `${(databaseBytes() / (1024 * 1024)).toFixed(0)} MB`);
  await services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });

  const rows = [...samples].map(([name, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `  ${name.padEnd(44)} median ${percentile(sorted, 0.5).toFixed(2).padStart(8)} ms   p95 ${percentile(sorted, 0.95).toFixed(2).padStart(8)} ms   (${sorted.length} runs)`;
  });
  const facts = [...once].map(([name, value]) => `  ${name.padEnd(44)} ${value}`);
  console.log(
    [`\nStore at scale: ${WORKSHOPS} workshops × ${MAPS_PER_WORKSHOP} maps × ${NODES_PER_MAP.toLocaleString('en')} nodes`, ...rows, ...facts].join(
      '\n',
    ),
  );
}, 600_000);

const pickMap = () => mapIds[Math.floor(Math.random() * mapIds.length)]!;

describe(`store of ${WORKSHOPS * MAPS_PER_WORKSHOP * NODES_PER_MAP} nodes`, () => {
  bench('list workshops', () => time('list workshops', () => services.dispatch('workshop.list', {})), { iterations: 50, time: 0 });

  bench('open a map of 2,000 nodes', () => time('open a map of 2,000 nodes', () => services.dispatch('map.load', { mapId: pickMap() })), {
    iterations: 50,
    time: 0,
  });

  bench(
    'save one edit (move a note)',
    () => {
      editCount += 1;
      const node = {
        id: `n${editCount % NODES_PER_MAP}`,
        kind: 'sticky-note',
        x: editCount,
        y: 40,
        width: 160,
        height: 120,
        z: editCount,
        text: 'Moved in the benchmark',
        color: 'pink',
        originId: null,
      };
      return time('save one edit (move a note)', () =>
        services.dispatch('map.applyChanges', { mapId: pickMap(), changes: [{ op: 'putNode', node }] }),
      );
    },
    { iterations: 200, time: 0 },
  );
});
