import { sample, seededRandom, type Random } from './distributions';
import type { LineModel } from './line-model';
import { RunScratch } from './run-scratch';
import type { SimulationOptions } from './simulate-line';
import { summarise, type RunRecord, type RunTotals, type SimulationResult } from './simulation-result';
import { batchWork, finishOnShift, fixedBatchWork, newFailureClock, onShiftBetween, withFailures } from './work-time';

/**
 * A plain tandem line (every queue push, no rework) needs no event list: each step takes its
 * items first come first served, so an item starts when it has arrived and a server is free
 * (Lindley's recursion, start = max(arrival, earliest free server)), and a batch when its last
 * item has. Walking the items step by step gives every arrival, start and finish with a few
 * arithmetic steps each, which is what makes a thousand runs of a month affordable. It follows
 * simulate-line.ts's rules exactly (what is counted, when, and up to the end of the run); only
 * the order in which the random numbers are drawn differs, so a fixed line gives the same
 * figures both ways and a random one the same statistics.
 *
 * A run touches each item a handful of times per step, all in typed arrays a Monte-Carlo keeps
 * from run to run (run-scratch.ts); a step with one server, or fixed times, takes the shorter
 * way through (no search for the first free server, no random number for a fixed time), and
 * with one server its items leave in the order they came, so nothing needs sorting.
 */
export function isPlainTandem(line: LineModel): boolean {
  return line.stations.every((station) => station.inbound.discipline === 'push' && station.rework.length === 0 && !station.detour);
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
 * Items at a stock over time, from what it held at the start, when each other item came and
 * when items left it (both sorted, all within the run). At equal times an item leaving goes
 * first, as the event simulation mostly orders them, so the stock is fullest just after an item
 * came: the most it held is found by walking the arrivals alone.
 */
function stockFigures(held: number, entered: Float64Array, left: Float64Array, horizon: number, sampleTimes: readonly number[]) {
  let area = held * horizon;
  let most = held;
  let k = 0;
  for (let j = 0; j < entered.length; j += 1) {
    const at = entered[j] ?? 0;
    area += horizon - at;
    while (k < left.length && (left[k] ?? 0) <= at) {
      area -= horizon - (left[k] ?? 0);
      k += 1;
    }
    if (held + j + 1 - k > most) most = held + j + 1 - k;
  }
  for (; k < left.length; k += 1) area -= horizon - (left[k] ?? 0);
  const samples: number[] = [];
  let came = 0;
  let went = 0;
  for (const time of sampleTimes) {
    while (came < entered.length && (entered[came] ?? 0) <= time) came += 1;
    while (went < left.length && (left[went] ?? 0) <= time) went += 1;
    samples.push(held + came - went);
  }
  return { averageAtStock: area / horizon, maxAtStock: most, samples };
}

/** Slots of the run's scratch arrays. */
const RELEASES = 0;
const RELEASED_AT = 1;
const REACHED = [2, 3] as const;
const QUEUED_AT = 4;
const STARTS = 5;
const ENTERED = 6;
const ORDERS = [0, 1] as const;

/** Release times over the run, in the scratch's RELEASES slot: the first `count` of the array returned. */
function releaseTimes(line: LineModel, horizon: number, random: Random, scratch: RunScratch): { times: Float64Array; count: number } {
  let times = scratch.floats(RELEASES, 1024);
  let count = 0;
  const pattern = line.releases.dailyPattern;
  for (let time = 0; time <= horizon;) {
    const day = Math.floor(time / line.daySeconds);
    const factor = pattern.length === 0 ? 1 : (pattern[day % pattern.length] ?? 1);
    if (factor <= 0) {
      time = (day + 1) * line.daySeconds;
      continue;
    }
    if (count === times.length) times = scratch.grownFloats(RELEASES, count);
    times[count++] = time;
    time += sample(line.releases.interval, random) / factor;
  }
  return { times, count };
}

export function simulateTandem(line: LineModel, options: SimulationOptions, scratch: RunScratch = new RunScratch()): SimulationResult {
  const random = seededRandom(options.seed);
  const horizon = options.days * line.daySeconds;
  const warmup = Math.min(options.warmupDays, options.days) * line.daySeconds;
  const sampleEvery = horizon / Math.max(1, options.samples);
  const sampleTimes: number[] = [];
  for (let time = 0; time <= horizon; time += sampleEvery) sampleTimes.push(time);

  const released = releaseTimes(line, horizon, random, scratch);
  const held = line.stations.reduce((total, station) => total + station.inbound.initial, 0);
  const count = released.count + held;
  /** Items the stocks hold at the start come first, stock by stock (released at -1); then the items released. */
  const releasedAt = scratch.floats(RELEASED_AT, count);
  releasedAt.fill(-1, 0, held);
  releasedAt.set(released.times.subarray(0, released.count), held);

  /** When each item reaches the current step's stock; the two arrays take turns, one step's finishes being the next one's arrivals. */
  const buffers = [scratch.floats(REACHED[0], count), scratch.floats(REACHED[1], count)] as const;
  const orders = [scratch.ints(ORDERS[0], count), scratch.ints(ORDERS[1], count)] as const;
  const queuedAt = scratch.floats(QUEUED_AT, count);
  const startsAt = scratch.floats(STARTS, count);
  const enteredAt = scratch.floats(ENTERED, count);
  let reached = buffers[0];
  reached.set(released.times.subarray(0, released.count), held);
  /** The items coming from upstream, in the order they reach the stock. */
  let incoming = orders[0].subarray(0, released.count);
  for (let k = 0; k < released.count; k += 1) incoming[k] = held + k;
  let firstHeld = 0;
  const stations: RunTotals['stations'] = [];
  for (const station of line.stations) {
    const heldHere = station.inbound.initial;
    const order = incoming.buffer === orders[0].buffer ? orders[1] : orders[0];
    const spacing = station.inbound.initialSpacing;
    for (let k = 0; k < heldHere; k += 1) {
      order[k] = firstHeld + k;
      queuedAt[firstHeld + k] = spacing * k;
      reached[firstHeld + k] = 0;
    }
    let arrivals = heldHere;
    const delay = station.inbound.delay;
    const fixedDelay = delay === null ? 0 : delay.kind === 'fixed' ? delay.value : null;
    for (let k = 0; k < incoming.length; k += 1) {
      const i = incoming[k] ?? 0;
      const at = reached[i] ?? Infinity;
      if (at > horizon) continue;
      order[arrivals++] = i;
      queuedAt[i] = at + (fixedDelay ?? (delay ? sample(delay, random) : 0));
    }
    const queue = order.subarray(0, arrivals);
    if ((fixedDelay === null || spacing > 0) && !isSortedBy(queue, queuedAt)) sortByArrival(queuedAt, queue);

    const single = station.servers === 1;
    const free = new Float64Array(station.servers);
    const finished = reached === buffers[0] ? buffers[1] : buffers[0];
    const batch = station.batchSize;
    const fixedWork = fixedBatchWork(station, batch);
    const onShift = station.availability * line.daySeconds;
    const onShiftAllDay = onShift >= line.daySeconds;
    let started = 0;
    let busyTime = 0;
    let waitSum = 0;
    const clock = newFailureClock();
    for (let at = 0; at + batch <= arrivals; at += batch) {
      const last = queue[at + batch - 1] ?? 0;
      let server = 0;
      if (!single) for (let s = 1; s < free.length; s += 1) if ((free[s] ?? 0) < (free[server] ?? 0)) server = s;
      const ready = queuedAt[last] ?? 0;
      const idleFrom = free[server] ?? 0;
      const taken = ready > idleFrom ? ready : idleFrom;
      if (taken > horizon) break;
      const busy = withFailures(fixedWork ?? batchWork(station, batch, random), station, random, line.repairTime, options.breakdowns, clock);
      let begins = taken;
      let ends = taken + busy;
      if (onShiftAllDay) busyTime += Math.max(0, Math.min(busy, horizon - taken));
      else {
        begins = finishOnShift(taken, 0, onShift, line.daySeconds);
        ends = finishOnShift(begins, busy, onShift, line.daySeconds);
        busyTime += Math.min(busy, onShiftBetween(begins, horizon, onShift, line.daySeconds));
      }
      free[server] = ends;
      for (let k = at; k < at + batch; k += 1) {
        const member = queue[k] ?? 0;
        waitSum += begins - (queuedAt[member] ?? 0);
        finished[member] = ends;
        startsAt[started++] = taken;
      }
    }
    const entered = enteredAt.subarray(0, arrivals - heldHere);
    for (let k = heldHere; k < arrivals; k += 1) entered[k - heldHere] = reached[queue[k] ?? 0] ?? 0;
    if (fixedDelay === null && !isAscending(entered)) entered.sort();
    const figures = stockFigures(heldHere, entered, startsAt.subarray(0, started), horizon, sampleTimes);
    stations.push({ busyTime, started, meanWait: started === 0 ? 0 : waitSum / started, ...figures });
    incoming = queue.subarray(0, started);
    // One server finishes its items in the order it takes them; several may not.
    if (!single && !isSortedBy(incoming, finished)) sortByArrival(finished, incoming);
    reached = finished;
    firstHeld += heldHere;
  }

  const record: RunRecord = { leadTimes: [], completedAfterWarmup: 0, released: released.count, completed: 0, timed: 0, leadSum: 0 };
  /** Time in the line, as if no item left before the end; each item that left gives back the rest. */
  let systemArea = 0;
  for (let i = held; i < count; i += 1) systemArea += horizon - (releasedAt[i] ?? 0);
  systemArea += held * horizon;
  for (let k = 0; k < incoming.length; k += 1) {
    const i = incoming[k] ?? 0;
    const lastStep = reached[i] ?? Infinity;
    const exit = lastStep <= horizon && line.exitDelay ? lastStep + sample(line.exitDelay, random) : lastStep;
    if (exit > horizon) continue;
    systemArea -= horizon - exit;
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
