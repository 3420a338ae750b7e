import { availableParallelism } from 'node:os';
import { afterAll, bench, describe } from 'vitest';
import { lineFromMap } from '../../shared/flow/simulation/line-from-map';
import { monteCarlo } from '../../shared/flow/simulation/monte-carlo';
import { simulateEvents, simulateLine } from '../../shared/flow/simulation/simulate-line';
import { AS_DRAWN } from '../../shared/flow/simulation/what-if';
import { acmeStampingCurrentState } from '../../shared/vsm/examples/acme-stamping-current';
import { acmeStampingFutureState } from '../../shared/vsm/examples/acme-stamping-future';

/**
 * The flow simulation on the Learning to See line (Acme Stamping as drawn, random failures):
 * 30 working days at takt is 27,600 releases, and with the inventories on the map about 300,000
 * events. Targets: one 30-day run at most 1 s; 1,000 Monte-Carlo runs at most 10 s. The line is
 * a plain tandem line, which simulateLine runs by the queue recursion; the event simulation,
 * which lines with pull or rework take, is measured on the same line beside it.
 *
 * The 1,000 runs are timed in this one thread, wall and CPU time (process.cpuUsage) per run: on
 * a machine shared with other work the wall time says more about the load than the code, the CPU
 * time does not. The Flow tab splits the runs over a pool of Web Workers, one per core but one
 * (the page keeps a core for the map; at least one, at most four), so on an idle machine its
 * wall time is about the CPU time over the pool's size: that projection is printed beside the
 * measured figures. tests/bench/flow-fps.bench.spec.ts times the pool itself in Chromium.
 * The future state (a cell and supermarkets: pull, so event by event) is timed over 100 runs
 * the same way.
 * Run with `npx vitest bench --run tests/bench/flow.bench.ts`.
 */
const built = lineFromMap(acmeStampingCurrentState(), AS_DRAWN);
if (!built.ok) throw new Error(built.problem);
const { line } = built;
const builtFuture = lineFromMap(acmeStampingFutureState(), AS_DRAWN);
if (!builtFuture.ok) throw new Error(builtFuture.problem);
const futureLine = builtFuture.line;
const FUTURE_RUNS = 100;
const futureMeasured: { wallMs: number; cpuMs: number }[] = [];
const run = { warmupDays: 0, seed: 1, breakdowns: 'random' as const, samples: 200 };
const RUNS = 1_000;
const MOST_WORKERS = 4;
const measured: { wallMs: number; cpuMs: number }[] = [];

function thousandRuns(): void {
  const cpu = process.cpuUsage();
  const started = performance.now();
  monteCarlo(line, { ...run, days: 30, runs: RUNS });
  const used = process.cpuUsage(cpu);
  measured.push({ wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 });
}

function futureRuns(): void {
  const cpu = process.cpuUsage();
  const started = performance.now();
  monteCarlo(futureLine, { ...run, days: 30, runs: FUTURE_RUNS });
  const used = process.cpuUsage(cpu);
  futureMeasured.push({ wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 });
}

describe('flow simulation, Learning to See line', () => {
  bench('one run of 30 days (27,600 parts)', () => void simulateLine(line, { ...run, days: 30 }), { iterations: 5, warmupIterations: 1 });
  bench('one run of 30 days, event by event', () => void simulateEvents(line, { ...run, days: 30 }), { iterations: 5, warmupIterations: 1 });
  bench('1,000 Monte-Carlo runs of 30 days', thousandRuns, { iterations: 1, warmupIterations: 0 });
  bench('100 Monte-Carlo runs of the future state, event by event', futureRuns, { iterations: 1, warmupIterations: 0 });
});

afterAll(() => {
  const future = futureMeasured[futureMeasured.length - 1];
  if (future)
    console.log(
      `\n100 Monte-Carlo runs of 30 days, Learning to See future state (pull, event by event), one thread: ` +
        `${(future.cpuMs / FUTURE_RUNS).toFixed(1)} ms of CPU a run (1,000 runs ≈ ${(future.cpuMs / 100).toFixed(1)} s of CPU)`,
    );
  const last = measured[measured.length - 1];
  if (!last) return;
  const pool = Math.max(1, Math.min(MOST_WORKERS, availableParallelism() - 1));
  const fmt = (ms: number) => ms.toFixed(1);
  console.log(
    `\n1,000 Monte-Carlo runs of 30 days, Learning to See line, one thread: ${fmt(last.wallMs / 1000)} s wall (${fmt(last.wallMs / RUNS)} ms a run), ` +
      `${fmt(last.cpuMs / 1000)} s CPU (${fmt(last.cpuMs / RUNS)} ms a run); over the Flow tab's pool of ${pool} worker(s) on an idle machine ≈ ${fmt(last.cpuMs / pool / 1000)} s`,
  );
});
