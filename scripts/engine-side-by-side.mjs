// Measures two engines bundled by scripts/bundle-engine.mjs in one process, one call of each in
// turn, on the benchmark's maps of 500 to 10,000 steps, and prints for each the median CPU time
// of a call (this process's, garbage collector threads included) and its median wall time. The
// CPU time is what to read while other jobs share the machine: it leaves out the time the process
// waits for a core, which the wall time of a busy machine is mostly made of.
//   node scripts/engine-side-by-side.mjs <before.mjs> <after.mjs>
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const files = process.argv.slice(2);
if (files.length !== 2) {
  console.error('usage: node scripts/engine-side-by-side.mjs <before.mjs> <after.mjs>');
  process.exit(2);
}
const engines = await Promise.all(files.map((file) => import(pathToFileURL(path.resolve(file)).href)));
const [maps] = engines;
const SIZES = [500, 2_000, 5_000, 10_000];
const WARM_UP = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function timed(run) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1_000, wall };
}

console.log('function        steps   engine  CPU ms (median)  wall ms (median)');
for (const steps of SIZES) {
  const current = maps.generateValueStream(steps);
  const future = maps.generateFutureState(current, steps);
  const rounds = Math.max(20, Math.round(200_000 / steps));
  for (const [name, call] of [
    ['computeMetrics', (engine) => engine.computeMetrics(current)],
    ['compareMaps', (engine) => engine.compareMaps(current, future)],
  ]) {
    const samples = engines.map(() => ({ cpu: [], wall: [] }));
    for (let round = 0; round < rounds + WARM_UP; round += 1) {
      engines.forEach((engine, index) => {
        const { cpu, wall } = timed(() => call(engine));
        if (round < WARM_UP) return;
        samples[index].cpu.push(cpu);
        samples[index].wall.push(wall);
      });
    }
    samples.forEach(({ cpu, wall }, index) => {
      const label = index === 0 ? 'before' : 'after';
      console.log(
        `${name.padEnd(15)} ${String(steps).padStart(6)}  ${label.padEnd(7)} ${median(cpu).toFixed(2).padStart(15)}  ${median(wall).toFixed(2).padStart(16)}`,
      );
    });
  }
}
