import { sample, seededRandom } from './distributions';
import { EventHeap } from './event-heap';
import { dequeue, enqueue, newItemQueue, type ItemQueue } from './item-queue';
import type { LineModel, ReworkRoute, Station } from './line-model';
import type { RunScratch } from './run-scratch';
import { summarise, type RunRecord, type SimulationResult } from './simulation-result';
import { simulateTandem, isPlainTandem } from './simulate-tandem';
import { finishOnShift, onShiftBetween, workTime, type Breakdowns } from './work-time';

/**
 * A discrete-event simulation of a line (line-model.ts). Items are released at the start, spend
 * each stock's delay, queue for each step, are worked on in batches by the step's servers
 * (changeover once per batch, failures and repairs while working, only while the step's shifts
 * are on), and leave at the end; rework sends a share back. A step whose FIFO lane ahead is
 * full keeps the finished items and its server until the lane has room (blocking); a step
 * before a supermarket starts only on a free kanban. The random numbers come from one seeded
 * generator, drawn in event order, so the same seed and line give the same result.
 */
export type SimulationOptions = {
  /** Working days simulated. */
  days: number;
  /** Days at the start whose releases are left out of the lead-time figures (the line filling up). */
  warmupDays: number;
  seed: number;
  /** Failures as random events (with repairs), or each step slowed by its uptime on average. */
  breakdowns: Breakdowns;
  /** How many times the queues are counted over the run, for the WIP charts. */
  samples: number;
};

const RELEASE = 0;
const ARRIVE = 1;
const FINISH = 2;
const LEAVE = 3;
const COUNT = 4;

type StationState = {
  queue: ItemQueue;
  /** Items at the stock before the step: in its delay or queued. */
  atStock: number;
  busy: number;
  working: number;
  /** Finished batches held because the FIFO lane ahead is full; each holds a server. */
  blocked: number[][];
  /** Items in those batches. */
  blockedItems: number;
  busyTime: number;
  started: number;
  waitSum: number;
  waitCount: number;
  stockArea: number;
  stockSince: number;
  maxAtStock: number;
};

/**
 * Runs a line: a plain tandem line (push queues only, no rework) by the queue recursion of
 * simulate-tandem.ts, which gives the same answers with a few arithmetic steps per item and
 * step, any other line event by event.
 */
export function simulateLine(line: LineModel, options: SimulationOptions, scratch?: RunScratch): SimulationResult {
  return isPlainTandem(line) ? simulateTandem(line, options, scratch) : simulateEvents(line, options);
}

export function simulateEvents(line: LineModel, options: SimulationOptions): SimulationResult {
  const random = seededRandom(options.seed);
  const horizon = options.days * line.daySeconds;
  const warmup = Math.min(options.warmupDays, options.days) * line.daySeconds;
  const stations = line.stations;
  const state: StationState[] = stations.map(() => ({
    queue: newItemQueue(),
    atStock: 0,
    busy: 0,
    working: 0,
    blocked: [],
    blockedItems: 0,
    busyTime: 0,
    started: 0,
    waitSum: 0,
    waitCount: 0,
    stockArea: 0,
    stockSince: 0,
    maxAtStock: 0,
  }));
  /** The station each one passes its items on to; -1 at the end of the line and at a detour station. */
  const onward = stations.map((station, index) => (!station.detour && stations[index + 1]?.detour === false ? index + 1 : -1));
  const events = new EventHeap();
  /**
   * The batches at work, in typed arrays so a run allocates nothing per batch: batch `id` holds
   * batchLength[id] items from batchItems[id × widest]. Each busy server works on one batch at
   * most (a blocked batch gives its number back), so there are never more than servers.
   */
  const widest = stations.reduce((most, station) => Math.max(most, station.batchSize), 1);
  const serverCount = stations.reduce((total, station) => total + station.servers, 0);
  const batchItems = new Int32Array(serverCount * widest);
  const batchLength = new Int32Array(serverCount);
  const freeBatches = Array.from({ length: serverCount }, (_, id) => serverCount - 1 - id);
  let releasedAt = new Float64Array(4096);
  let queuedAt = new Float64Array(4096);
  let stationOf = new Int32Array(4096);
  let items = 0;
  let inSystem = 0;
  let systemArea = 0;
  let systemSince = 0;
  const record: RunRecord = { leadTimes: [], completedAfterWarmup: 0, released: 0, completed: 0, timed: 0, leadSum: 0 };
  const sampleEvery = horizon / Math.max(1, options.samples);
  const sampleTimes: number[] = [];
  const sampled: number[][] = stations.map(() => []);
  let now = 0;

  const stateAt = (index: number): StationState => {
    const found = state[index];
    if (!found) throw new RangeError(`No station ${index} on the line`);
    return found;
  };
  const stationAt = (index: number): Station => {
    const found = stations[index];
    if (!found) throw new RangeError(`No station ${index} on the line`);
    return found;
  };

  const newItem = (released: number): number => {
    if (items === releasedAt.length) {
      const grow = <T extends Float64Array | Int32Array>(array: T, make: (n: number) => T): T => {
        const next = make(array.length * 2);
        next.set(array);
        return next;
      };
      releasedAt = grow(releasedAt, (n) => new Float64Array(n));
      queuedAt = grow(queuedAt, (n) => new Float64Array(n));
      stationOf = grow(stationOf, (n) => new Int32Array(n));
    }
    releasedAt[items] = released;
    items += 1;
    return items - 1;
  };

  const changeSystem = (delta: number) => {
    systemArea += inSystem * (now - systemSince);
    systemSince = now;
    inSystem += delta;
  };

  const changeStock = (index: number, delta: number) => {
    const at = stateAt(index);
    at.stockArea += at.atStock * (now - at.stockSince);
    at.stockSince = now;
    at.atStock += delta;
    if (at.atStock > at.maxAtStock) at.maxAtStock = at.atStock;
  };

  const joinQueue = (index: number, item: number) => {
    enqueue(stateAt(index).queue, item);
    queuedAt[item] = now;
    tryStart(index);
  };

  /** An item reaches a station's stock, after `before` (a wait on the way there, drawn already) and the stock's own delay when it goes through it. */
  const enterStation = (index: number, item: number, throughDelay: boolean, before = 0) => {
    stationOf[item] = index;
    changeStock(index, 1);
    const delay = stationAt(index).inbound.delay;
    if (throughDelay && delay) events.push(now + before + sample(delay, random), ARRIVE, item);
    else if (before > 0) events.push(now + before, ARRIVE, item);
    else joinQueue(index, item);
  };

  const complete = (item: number) => {
    changeSystem(-1);
    record.completed += 1;
    if (now >= warmup) record.completedAfterWarmup += 1;
    const released = releasedAt[item] ?? 0;
    if (released < 0) return;
    const lead = now - released;
    record.timed += 1;
    record.leadSum += lead;
    if (released >= warmup) record.leadTimes.push(lead);
  };

  const leaveLine = (item: number) => {
    if (line.exitDelay) events.push(now + sample(line.exitDelay, random), LEAVE, item);
    else complete(item);
  };

  const kanbanFree = (index: number, take: number): boolean => {
    const after = onward[index] ?? -1;
    const next = stations[after];
    if (!next || next.inbound.discipline !== 'supermarket') return true;
    const own = stateAt(index);
    return stateAt(after).atStock + own.working + own.blockedItems + take <= next.inbound.capacity;
  };

  function tryStart(index: number): void {
    const station = stationAt(index);
    const own = stateAt(index);
    let started = false;
    while (own.busy < station.servers && own.queue.length >= station.batchSize && kanbanFree(index, station.batchSize)) {
      const id = freeBatches.pop();
      if (id === undefined) throw new RangeError('More batches at work than servers on the line');
      const onShift = station.availability * line.daySeconds;
      const begins = finishOnShift(now, 0, onShift, line.daySeconds);
      for (let k = 0; k < station.batchSize; k += 1) {
        const item = dequeue(own.queue);
        own.waitSum += begins - (queuedAt[item] ?? now);
        own.waitCount += 1;
        batchItems[id * widest + k] = item;
      }
      batchLength[id] = station.batchSize;
      changeStock(index, -station.batchSize);
      own.busy += 1;
      own.working += station.batchSize;
      own.started += station.batchSize;
      const duration = workTime(station, station.batchSize, random, line.repairTime, options.breakdowns);
      own.busyTime += Math.min(duration, onShiftBetween(begins, horizon, onShift, line.daySeconds));
      events.push(finishOnShift(begins, duration, onShift, line.daySeconds), FINISH, id);
      started = true;
    }
    if (started && index > 0 && !station.detour) {
      unblock(index - 1);
      if (station.inbound.discipline === 'supermarket') tryStart(index - 1);
    }
  }

  const reworkTarget = (station: Station): ReworkRoute | null => {
    if (station.rework.length === 0) return null;
    let u = random.next();
    for (const route of station.rework) {
      if (u < route.share) return route;
      u -= route.share;
    }
    return null;
  };

  function unblock(index: number): void {
    const own = stateAt(index);
    const next = stationAt(index + 1);
    let freed = false;
    while (own.blocked.length > 0 && stateAt(index + 1).atStock < next.inbound.capacity) {
      const batch = own.blocked[0] ?? [];
      const item = batch.shift();
      if (item !== undefined) {
        own.working -= 1;
        own.blockedItems -= 1;
        enterStation(index + 1, item, true);
      }
      if (batch.length === 0) {
        own.blocked.shift();
        own.busy -= 1;
        freed = true;
      }
    }
    if (freed) tryStart(index);
  }

  const finish = (batchId: number) => {
    const first = batchId * widest;
    const index = stationOf[batchItems[first] ?? 0] ?? 0;
    const station = stationAt(index);
    const own = stateAt(index);
    const after = onward[index] ?? -1;
    const next = stations[after];
    let held: number[] | null = null;
    for (let k = first; k < first + (batchLength[batchId] ?? 0); k += 1) {
      const item = batchItems[k] ?? 0;
      const back = reworkTarget(station);
      if (back) {
        own.working -= 1;
        enterStation(back.toStation, item, back.throughDelay, back.delay ? sample(back.delay, random) : 0);
      } else if (!next) {
        own.working -= 1;
        leaveLine(item);
      } else if (next.inbound.discipline === 'fifo' && (held !== null || stateAt(after).atStock >= next.inbound.capacity)) {
        held = held ?? [];
        held.push(item);
      } else {
        own.working -= 1;
        enterStation(after, item, true);
      }
    }
    freeBatches.push(batchId);
    if (held) {
      own.blocked.push(held);
      own.blockedItems += held.length;
    } else {
      own.busy -= 1;
      tryStart(index);
    }
  };

  /** Releases one item and schedules the next; on a day the pattern gives no demand, waits for the next day. */
  const release = () => {
    const day = Math.floor(now / line.daySeconds);
    const pattern = line.releases.dailyPattern;
    const factor = pattern.length === 0 ? 1 : (pattern[day % pattern.length] ?? 1);
    if (factor <= 0) {
      events.push((day + 1) * line.daySeconds, RELEASE, 0);
      return;
    }
    record.released += 1;
    changeSystem(1);
    const item = newItem(now);
    if (stations.length === 0) leaveLine(item);
    else enterStation(0, item, true);
    events.push(now + sample(line.releases.interval, random) / factor, RELEASE, 0);
  };

  stations.forEach((station, index) => {
    for (let k = 0; k < station.inbound.initial; k += 1) {
      changeSystem(1);
      const item = newItem(-1);
      stationOf[item] = index;
      changeStock(index, 1);
      if (station.inbound.initialSpacing > 0) events.push(k * station.inbound.initialSpacing, ARRIVE, item);
      else {
        enqueue(stateAt(index).queue, item);
        queuedAt[item] = 0;
      }
    }
  });
  stations.forEach((_, index) => tryStart(index));
  events.push(0, RELEASE, 0);
  events.push(0, COUNT, 0);

  const next = { time: 0, kind: 0, subject: 0 };
  while (events.size > 0) {
    events.pop(next);
    if (next.time > horizon) break;
    now = next.time;
    switch (next.kind) {
      case RELEASE:
        release();
        break;
      case ARRIVE:
        joinQueue(stationOf[next.subject] ?? 0, next.subject);
        break;
      case FINISH:
        finish(next.subject);
        break;
      case LEAVE:
        complete(next.subject);
        break;
      case COUNT:
        sampleTimes.push(now);
        state.forEach((own, index) => sampled[index]?.push(own.atStock));
        events.push(now + sampleEvery, COUNT, 0);
        break;
      default:
        throw new RangeError(`Unknown simulation event ${next.kind}`);
    }
  }
  now = horizon;
  changeSystem(0);
  stations.forEach((_, index) => changeStock(index, 0));

  return summarise(line, options, {
    record,
    horizon,
    warmup,
    averageInSystem: systemArea / horizon,
    stations: state.map((own, index) => ({
      busyTime: own.busyTime,
      started: own.started,
      meanWait: own.waitCount === 0 ? 0 : own.waitSum / own.waitCount,
      averageAtStock: own.stockArea / horizon,
      maxAtStock: own.maxAtStock,
      samples: sampled[index] ?? [],
    })),
    sampleTimes,
  });
}
