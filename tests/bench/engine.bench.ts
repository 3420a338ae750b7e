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
 */
type Pair = { current: MapDocument; future: MapDocument };

const SIZES = [500, 2_000, 5_000, 10_000];
/** Long enough for dozens of samples even at 10,000 steps, so one slow run does not decide the mean. */
const OPTIONS = { time: 2_000, warmupTime: 500 };
const SUBJECTS: [string, (pair: Pair) => void][] = [
  ['computeMetrics', (pair) => computeMetrics(pair.current)],
  ['compareMaps', (pair) => compareMaps(pair.current, pair.future)],
];

const pairs = SIZES.map((steps): [number, Pair] => {
  const current = generateValueStream(steps);
  return [steps, { current, future: generateFutureState(current, steps) }];
});

for (const [name, run] of SUBJECTS) {
  describe(name, () => {
    for (const [steps, pair] of pairs) bench(`${steps.toLocaleString('en')} steps`, () => run(pair), OPTIONS);
  });
}
