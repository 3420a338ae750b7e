import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { openAppServices, type AppServices } from '../../main/services/app-services';
import type { ApiResult } from '../../shared/api/result';
import { seedStore } from './support/seed-store';
import { buildTestEntry } from '../support/build-test-entry';

/**
 * Does one heavy request stall every other client? While a verified backup of a large database (or
 * a large import) runs through the API, a small request (listing workshops) is sent every 5 ms, as
 * other windows and the projector do; the longest any of them waited is the stall a facilitator
 * would feel. Prints the heavy request's own time and the small requests' longest and p95 wait.
 */
const WORKSHOPS = 40;
const MAPS_PER_WORKSHOP = 5;
const NODES_PER_MAP = 2_000;

let dataDir = '';
let services: AppServices;
let importText = '';
const lines: string[] = [];

/** Runs `heavy` while small requests go out every 5 ms; returns the heavy request's time and the small ones' waits. */
async function underLoad(heavy: () => Promise<ApiResult<unknown>>): Promise<{ heavyMs: number; waits: number[] }> {
  const waits: number[] = [];
  let running = true;
  // A request is due 5 ms after the previous answer; its wait runs from then, so time the event
  // loop spent blocked (when no timer could even fire to send it) counts too.
  const pinger = (async () => {
    while (running) {
      const due = performance.now() + 5;
      await new Promise((resolve) => setTimeout(resolve, 5));
      const answer = await services.dispatch('workshop.list', {});
      if (!answer.ok) throw new Error(answer.error.message);
      waits.push(performance.now() - due);
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const start = performance.now();
  const result = await heavy();
  const heavyMs = performance.now() - start;
  running = false;
  await pinger;
  if (!result.ok) throw new Error(result.error.message);
  return { heavyMs, waits };
}

function report(name: string, { heavyMs, waits }: { heavyMs: number; waits: number[] }): void {
  const sorted = [...waits].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
  lines.push(
    `  ${name.padEnd(40)} took ${heavyMs.toFixed(0).padStart(6)} ms; other requests waited at most ${sorted.at(-1)!.toFixed(0).padStart(5)} ms (p95 ${p95.toFixed(1)} ms, ${sorted.length} requests)`,
  );
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-heavy-'));
  seedStore(path.join(dataDir, 'workshops.sqlite'), { workshops: WORKSHOPS, mapsPerWorkshop: MAPS_PER_WORKSHOP, nodesPerMap: NODES_PER_MAP }, false);
  // As the browser host runs it: big imports on the worker thread of the build.
  const importWorker = await buildTestEntry('main/export/import-worker.ts', 'import-worker');
  services = openAppServices(dataDir, { scheduler: () => () => undefined, log: () => undefined, importWorker });
  await services.started;
  const exported = await services.dispatch('workshop.exportFile', { id: 'w0' });
  if (!exported.ok) throw new Error(exported.error.message);
  const file = exported.value as { maps: { id: string }[] };
  // Twenty copies of the workshop's maps make a file near the 50 MB import limit.
  file.maps = Array.from({ length: 20 }, (_, copy) => file.maps.map((map) => ({ ...map, id: `${map.id}-copy${copy}` }))).flat();
  importText = JSON.stringify(file);
}, 600_000);

afterAll(async () => {
  const size = fs.statSync(path.join(dataDir, 'workshops.sqlite')).size;
  await services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log([`\nOne heavy request beside others (database ${(size / (1024 * 1024)).toFixed(0)} MB):`, ...lines].join('\n'));
}, 600_000);

describe('a heavy request beside small ones', () => {
  bench('verified backup', async () => report('verified backup (backup.create)', await underLoad(() => services.dispatch('backup.create', {}))), {
    iterations: 3,
    warmupIterations: 0,
    time: 0,
  });
  bench(
    'import a workshop file',
    async () =>
      report(
        `import a ${(importText.length / (1024 * 1024)).toFixed(1)} MB workshop file`,
        await underLoad(() => services.dispatch('workshop.importFile', { text: importText })),
      ),
    { iterations: 3, warmupIterations: 0, time: 0 },
  );
});
