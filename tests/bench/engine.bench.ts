import { pathToFileURL } from 'node:url';
import { bench, describe } from 'vitest';
import type { MapDocument } from '../../shared/model/vsm-map';
import { compareMaps, computeMetrics } from '../../shared/vsm';
import { generateFutureState, generateValueStream } from './generate-map';

/**
 * computeMetrics and compareMaps on value streams of 500, 2,000, 5,000 and 10,000 steps (see
 * generate-map.ts: about 2.1 nodes and 2.3 connectors a step, branches, rework loops and merges).
 * Run with `npm run bench:engine`. Read the growth off the mean column or the summary's "x
 * faster than": n log n growth from 500 to 10,000 steps (twenty times the steps) is about 29x,
 * linear 20x.
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

async function engineBefore(): Promise<Engine | null> {
  const file = process.env.BENCH_ENGINE_BEFORE;
  if (!file) return null;
  const loaded: unknown = await import(pathToFileURL(file).href);
  if (!isEngine(loaded)) throw new Error(`${file} exports no computeMetrics and compareMaps`);
  return loaded;
}

const engines: [string, Engine][] = [['', { computeMetrics, compareMaps }]];
const before = await engineBefore();
if (before) engines.push([', before', before]);

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
