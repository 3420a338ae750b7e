import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bench, describe } from 'vitest';
import type { MapDocument } from '../../shared/model/vsm-map';
import type { compareMaps, computeMetrics } from '../../shared/vsm';
import { generateFutureState, generateValueStream } from './generate-map';

/**
 * computeMetrics and compareMaps on value streams of 500, 2,000, 5,000 and 10,000 steps (see
 * generate-map.ts: about 2.1 nodes and 2.3 connectors a step, branches, rework loops and merges).
 * Run with `npm run bench:engine`. Read the growth off the mean column or the summary's "x
 * faster than": n log n growth from 500 to 10,000 steps (twenty times the steps) is about 29x,
 * linear 20x.
 *
 * The engine measured is the work tree's, bundled by `scripts/bundle-engine.mjs` into one module
 * as the app's build bundles it: imported through vitest, every call into another module goes
 * through a getter on that module's exports, which made the engine up to twice as slow as in the
 * app (and slower than an earlier engine bundled beside it).
 *
 * With BENCH_ENGINE_BEFORE set to an earlier engine bundled by `scripts/bundle-engine.mjs`, each
 * size is measured for that engine too, right after this one's, so before and after share the
 * machine's load of the moment.
 */
type Pair = { current: MapDocument; future: MapDocument };
type Engine = { computeMetrics: typeof computeMetrics; compareMaps: typeof compareMaps };

const SIZES = [500, 2_000, 5_000, 10_000];
/** Long enough for dozens of samples even at 10,000 steps, so one slow run does not decide the mean. */
const OPTIONS = { time: 2_000, warmupTime: 500 };

function isEngine(value: unknown): value is Engine {
  return (
    typeof value === 'object' &&
    value !== null &&
    'computeMetrics' in value &&
    typeof value.computeMetrics === 'function' &&
    'compareMaps' in value &&
    typeof value.compareMaps === 'function'
  );
}

async function bundledEngine(file: string): Promise<Engine> {
  const loaded: unknown = await import(pathToFileURL(file).href);
  if (!isEngine(loaded)) throw new Error(`${file} exports no computeMetrics and compareMaps`);
  return loaded;
}

async function workTreeEngine(): Promise<Engine> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-engine-bench-'));
  const file = path.join(folder, 'engine.mjs');
  execFileSync(process.execPath, ['scripts/bundle-engine.mjs', '.', file], { cwd: path.resolve(import.meta.dirname, '../..'), stdio: 'ignore' });
  try {
    return await bundledEngine(file);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const engines: [string, Engine][] = [['', await workTreeEngine()]];
const before = process.env.BENCH_ENGINE_BEFORE;
if (before) engines.push([', before', await bundledEngine(before)]);

const SUBJECTS: [string, (engine: Engine, pair: Pair) => void][] = [
  ['computeMetrics', (engine, pair) => engine.computeMetrics(pair.current)],
  ['compareMaps', (engine, pair) => engine.compareMaps(pair.current, pair.future)],
];

const pairs = SIZES.map((steps): [number, Pair] => {
  const current = generateValueStream(steps);
  return [steps, { current, future: generateFutureState(current, steps) }];
});

for (const [name, run] of SUBJECTS) {
  describe(name, () => {
    for (const [steps, pair] of pairs) {
      for (const [suffix, engine] of engines) bench(`${steps.toLocaleString('en')} steps${suffix}`, () => run(engine, pair), OPTIONS);
    }
  });
}
