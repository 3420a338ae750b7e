import { bench, describe } from 'vitest';
import { lineFromMap } from '../../shared/flow/simulation/line-from-map';
import { monteCarlo } from '../../shared/flow/simulation/monte-carlo';
import { simulateEvents, simulateLine } from '../../shared/flow/simulation/simulate-line';
import { AS_DRAWN } from '../../shared/flow/simulation/what-if';
import { acmeStampingCurrentState } from '../../shared/vsm/examples/acme-stamping-current';

/**
 * The flow simulation on the Learning to See line (Acme Stamping as drawn, random failures):
 * 30 working days at takt is 27,600 releases, and with the inventories on the map about 300,000
 * events. Targets: one 30-day run at most 1 s; 1,000 Monte-Carlo runs at most 10 s. The line is
 * a plain tandem line, which simulateLine runs by the queue recursion; the event simulation,
 * which lines with pull or rework take, is measured on the same line beside it.
 * Run with `npx vitest bench --run tests/bench/flow.bench.ts`.
 */
const built = lineFromMap(acmeStampingCurrentState(), AS_DRAWN);
if (!built.ok) throw new Error(built.message);
const { line } = built;
const run = { warmupDays: 0, seed: 1, breakdowns: 'random' as const, samples: 200 };

describe('flow simulation, Learning to See line', () => {
  bench('one run of 30 days (27,600 parts)', () => void simulateLine(line, { ...run, days: 30 }), { iterations: 5, warmupIterations: 1 });
  bench('one run of 30 days, event by event', () => void simulateEvents(line, { ...run, days: 30 }), { iterations: 5, warmupIterations: 1 });
  bench('1,000 Monte-Carlo runs of 30 days', () => void monteCarlo(line, { ...run, days: 30, runs: 1_000 }), { iterations: 1, warmupIterations: 0 });
});
