import { sample, seededRandom } from './distributions';
import type { LineModel } from './line-model';
import type { SimulationOptions } from './simulate-line';
import { summarise, type RunRecord, type RunTotals, type SimulationResult } from './simulation-result';
import { newFailureClock, workTime } from './work-time';

/**
 * A plain tandem line (every queue push, no rework) needs no event list: each step takes its
 * items first come first served, so an item starts when it has arrived and a server is free
 * (Lindley's recursion, start = max(arrival, earliest free server)), and a batch when its last
 * item has. Walking the items step by step gives every arrival, start and finish with a few
 * arithmetic steps each, which is what makes a thousand runs of a month affordable. It follows
 * simulate-line.ts's rules exactly (what is counted, when, and up to the end of the run); only
 * the order in which the random numbers are drawn differs, so a fixed line gives the same
 * figures both ways and a random one the same statistics.
 */
export function isPlainTandem(line: LineModel): boolean {
  return line.stations.every((station) => station.inbound.discipline === 'push' && station.rework.length === 0);
}

function isAscending(values: Float64Array): boolean {
  for (let k = 1; k < values.length; k += 1) if ((values[k] ?? 0) < (values[k - 1] ?? 0)) return false;
  return true;
}

function isSortedBy(order: Int32Array, times: Float64Array): boolean {
  for (let k = 1; k < order.length; k += 1) if ((times[order[k] ?? 0] ?? 0) < (times[order[k - 1] ?? 0] ?? 0)) return false;
  return true;
}

/** Items in order of arrival; the sort is stable, so items arriving together keep their order. */
function sortByArrival(arrivals: Float64Array, order: Int32Array): void {
  const sorted = Array.from(order).sort((a, b) => (arrivals[a] ?? 0) - (arrivals[b] ?? 0));
  order.set(sorted);
}

/**
 * Items at a stock over time, from what it held at the start, when each other item came (sorted)
 * and when items left it (sorted; only those that left within the run).
 */
function stockFigures(held: number, entered: Float64Array, left: Float64Array, horizon: number, sampleTimes: readonly number[]) {
  let area = held * horizon;
  for (let j = 0; j < entered.length; j += 1) area += horizon - Math.min(entered[j] ?? 0, horizon);
  for (let k = 0; k < left.length; k += 1) area -= horizon - Math.min(left[k] ?? 0, horizon);
  let inside = held;
  let most = held;
  let j = 0;
  let k = 0;
  const samples: number[] = [];
  let next = 0;
  let nextSample = sampleTimes.length > 0 ? (sampleTimes[0] ?? Infinity) : Infinity;
  // At equal times an item leaving goes first, as the event simulation mostly orders them.
  while (j < entered.length || k < left.length) {
    const enterAt = j < entered.length ? (entered[j] ?? Infinity) : Infinity;
    const leaveAt = k < left.length ? (left[k] ?? Infinity) : Infinity;
    const time = enterAt < leaveAt ? enterAt : leaveAt;
    if (time > horizon) break;
    while (nextSample < time) {
      samples.push(inside);
      next += 1;
      nextSample = next < sampleTimes.length ? (sampleTimes[next] ?? Infinity) : Infinity;
    }
    if (enterAt < leaveAt) {
      inside += 1;
      j += 1;
      if (inside > most) most = inside;
    } else {
      inside -= 1;
      k += 1;
    }
  }
  for (; next < sampleTimes.length; next += 1) samples.push(inside);
  return { averageAtStock: area / horizon, maxAtStock: most, samples };
}

export function simulateTandem(line: LineModel, options: SimulationOptions): SimulationResult {
  const random = seededRandom(options.seed);
  const horizon = options.days * line.daySeconds;
  const warmup = Math.min(options.warmupDays, options.days) * line.daySeconds;
  const sampleEvery = horizon / Math.max(1, options.samples);
  const sampleTimes: number[] = [];
  for (let time = 0; time <= horizon; time += sampleEvery) sampleTimes.push(time);

  const released: number[] = [];
  const pattern = line.releases.dailyPattern;
  for (let time = 0; time <= horizon;) {
    const day = Math.floor(time / line.daySeconds);
    const factor = pattern.length === 0 ? 1 : (pattern[day % pattern.length] ?? 1);
    if (factor <= 0) {
      time = (day + 1) * line.daySeconds;
      continue;
    }
    released.push(time);
    time += sample(line.releases.interval, random) / factor;
  }
  const initial = line.stations.map((station) => station.inbound.initial);
  const held = initial.reduce((total, count) => total + count, 0);
  const count = released.length + held;
  /** Items the stocks hold at the start come first, stock by stock; then the items released. */
  const releasedAt = new Float64Array(count).fill(-1);
  const enteredSystem = new Float64Array(count);
  released.forEach((time, k) => {
    releasedAt[held + k] = time;
    enteredSystem[held + k] = time;
  });

  /** When each item reaches the current step's stock (Infinity: not within the run). */
  const buffers = [new Float64Array(count), new Float64Array(count)] as const;
  const queuedAt = new Float64Array(count);
  let reached = buffers[0].fill(Infinity);
  for (let k = 0; k < released.length; k += 1) reached[held + k] = released[k] ?? Infinity;
  /** The items coming from upstream, in the order they reach the stock. */
  /** Scratch arrays for every step, allocated once a run: each step's queue is the next one's incoming items. */
  const orders = [new Int32Array(count), new Int32Array(count)] as const;
  const startsAt = new Float64Array(count);
  const enteredAt = new Float64Array(count);
  let incoming = orders[0].subarray(0, released.length);
  for (let k = 0; k < released.length; k += 1) incoming[k] = held + k;
  let firstHeld = 0;
  const stations: RunTotals['stations'] = [];
  for (const station of line.stations) {
    const heldHere = station.inbound.initial;
    const order = incoming.buffer === orders[0].buffer ? orders[1] : orders[0];
    queuedAt.fill(Infinity);
    for (let k = 0; k < heldHere; k += 1) {
      order[k] = firstHeld + k;
      queuedAt[firstHeld + k] = 0;
      reached[firstHeld + k] = 0;
    }
    let arrivals = heldHere;
    for (const i of incoming) {
      const at = reached[i] ?? Infinity;
      if (at > horizon) continue;
      order[arrivals++] = i;
      queuedAt[i] = station.inbound.delay ? at + sample(station.inbound.delay, random) : at;
    }
    const queue = order.subarray(0, arrivals);
    if (!isSortedBy(queue, queuedAt)) sortByArrival(queuedAt, queue);

    const free = new Float64Array(station.servers);
    const finished = (reached === buffers[0] ? buffers[1] : buffers[0]).fill(Infinity);
    const starts = startsAt;
    let started = 0;
    let busyTime = 0;
    let waitSum = 0;
    const clock = newFailureClock();
    for (let at = 0; at + station.batchSize <= arrivals; at += station.batchSize) {
      const last = queue[at + station.batchSize - 1] ?? 0;
      let server = 0;
      for (let s = 1; s < free.length; s += 1) if ((free[s] ?? 0) < (free[server] ?? 0)) server = s;
      const start = Math.max(queuedAt[last] ?? 0, free[server] ?? 0);
      if (start > horizon) break;
      const duration = workTime(station, station.batchSize, random, line.repairTime, options.breakdowns, clock);
      free[server] = start + duration;
      busyTime += Math.max(0, Math.min(duration, horizon - start));
      for (let k = at; k < at + station.batchSize; k += 1) {
        const member = queue[k] ?? 0;
        waitSum += start - (queuedAt[member] ?? 0);
        finished[member] = start + duration;
        starts[started++] = start;
      }
    }
    const entered = enteredAt.subarray(0, arrivals - heldHere);
    for (let k = heldHere; k < arrivals; k += 1) entered[k - heldHere] = reached[queue[k] ?? 0] ?? 0;
    if (!isAscending(entered)) entered.sort();
    const figures = stockFigures(heldHere, entered, starts.subarray(0, started), horizon, sampleTimes);
    stations.push({ busyTime, started, meanWait: started === 0 ? 0 : waitSum / started, ...figures });
    incoming = queue.subarray(0, started);
    if (!isSortedBy(incoming, finished)) sortByArrival(finished, incoming);
    reached = finished;
    firstHeld += heldHere;
  }

  const record: RunRecord = { leadTimes: [], completedAfterWarmup: 0, released: released.length, completed: 0, timed: 0, leadSum: 0 };
  let systemArea = 0;
  for (let i = 0; i < count; i += 1) {
    const lastStep = reached[i] ?? Infinity;
    const exit = lastStep <= horizon && line.exitDelay ? lastStep + sample(line.exitDelay, random) : lastStep;
    systemArea += Math.min(exit, horizon) - (enteredSystem[i] ?? 0);
    if (exit > horizon) continue;
    record.completed += 1;
    if (exit >= warmup) record.completedAfterWarmup += 1;
    const release = releasedAt[i] ?? -1;
    if (release < 0) continue;
    record.timed += 1;
    record.leadSum += exit - release;
    if (release >= warmup) record.leadTimes.push(exit - release);
  }
  return summarise(line, options, { record, horizon, warmup, averageInSystem: systemArea / horizon, stations, sampleTimes });
}
