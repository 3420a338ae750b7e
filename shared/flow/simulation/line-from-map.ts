import type { Id } from '../../model/ids';
import type { MapNode, ProcessNode, StockNode } from '../../model/map-node';
import type { MapDocument } from '../../model/vsm-map';
import { computeMetrics, isProcessNode, isStockNode, nodeLabel, workingDaySeconds } from '../../vsm';
import { exhaustiveSwitchError } from '../../util/exhaustive';
import { meanOf } from './distributions';
import type { InboundQueue, LineModel, ReworkRoute, Station, TimeDistribution } from './line-model';
import type { WhatIf } from './what-if';

/**
 * The line a map draws, as the simulation runs it. It follows the engine's critical path (the
 * route the static figures follow): each stock on it becomes the inbound queue of the next step
 * (several stocks in a row are one queue, their waits added); a stock after the last step is a
 * wait before the item leaves. Boundaries and trucks add nothing, as on the ladder.
 *
 * - A stock with a wait time holds each item that long (drawn from its range at best / at worst
 *   when there is one). A push stock with only a quantity is held at that level by the schedule,
 *   as the static figures count it (wait = count ÷ daily demand): it holds each item that enters
 *   for the count × the time between releases, so the line never works it down. Either kind
 *   starts the run holding what it holds in steady flow (the count, or the wait ÷ the time
 *   between releases) and lets one of those go per release, so no gap runs down the line. A FIFO
 *   lane's quantity is its maximum and it starts empty; a supermarket's is its kanbans and it
 *   starts full.
 * - A step works an item for its process time (else its cycle time). When the process time is
 *   longer than the cycle time (a cell whose operators share the work), it has that many servers,
 *   so it still finishes one item per cycle time. A lead time longer than the process time is the
 *   step's own queue, a wait before it, as the ladder counts it.
 * - Changeover is paid once per batch, so it counts only at a step with a batch size: a step with
 *   no batch size changes over between products the simulation does not tell apart.
 * - Shifts × available time per shift, below the map's working day, are when the step is staffed:
 *   it works the first that many seconds of every working day (its shifts from the start of the
 *   plant's day) and stands still for the rest, while releases go on all day.
 * - Releases come at takt time (the customer's demand), or faster or slower with the what-if's
 *   demand; rework arrows send their rates back, along the path or through the steps and stocks
 *   drawn beside it (a repair station), which the line then runs as detour stations after its
 *   own. A step on the way of two loops is run for the first only.
 */
export type LineFromMap = { ok: true; line: LineModel; stepIds: Id[] } | { ok: false; problem: SimulationProblem };

/**
 * Why a map cannot be simulated yet, as a code: the words are the catalogue's (`flow:cannotSimulate`),
 * written where they are shown, in the language of the screen or the report.
 */
export type SimulationProblem = 'no-takt' | 'not-connected' | 'no-process-step';

function rangeOr(likely: number, min: number | undefined, max: number | undefined, ranged: boolean): TimeDistribution {
  if (!ranged || (min === undefined && max === undefined)) return { kind: 'fixed', value: likely };
  const low = Math.min(min ?? likely, likely);
  const high = Math.max(max ?? likely, likely);
  return high === low ? { kind: 'fixed', value: likely } : { kind: 'triangular', min: low, mode: likely, max: high };
}

function scaled(distribution: TimeDistribution, factor: number): TimeDistribution {
  if (factor === 1) return distribution;
  switch (distribution.kind) {
    case 'fixed':
      return { kind: 'fixed', value: distribution.value * factor };
    case 'exponential':
      return { kind: 'exponential', mean: distribution.mean * factor };
    case 'triangular':
      return { kind: 'triangular', min: distribution.min * factor, mode: distribution.mode * factor, max: distribution.max * factor };
    default:
      return exhaustiveSwitchError(distribution, 'time distribution');
  }
}

/** Two waits one after the other; the map only draws fixed and ranged waits, so only those keep their shape. */
function added(a: TimeDistribution | null, b: TimeDistribution | null): TimeDistribution | null {
  if (!a) return b;
  if (!b) return a;
  if (a.kind === 'fixed' && b.kind === 'fixed') return { kind: 'fixed', value: a.value + b.value };
  if (a.kind === 'triangular' && b.kind === 'fixed')
    return { kind: 'triangular', min: a.min + b.value, mode: a.mode + b.value, max: a.max + b.value };
  if (a.kind === 'fixed' && b.kind === 'triangular') return added(b, a);
  return { kind: 'fixed', value: meanOf(a) + meanOf(b) };
}

function emptyQueue(): InboundQueue {
  return { stockIds: [], label: '', discipline: 'push', capacity: Infinity, initial: 0, initialSpacing: 0, delay: null };
}

/** How a stock is run: `releaseEvery` is the time between releases, the pace the schedule keeps a held stock at. */
function addStock(queue: InboundQueue, stock: StockNode, ranged: boolean, releaseEvery: number): InboundQueue {
  const { waitTime, waitTimeMin, waitTimeMax, quantity } = stock.inventory;
  const delay = waitTime !== undefined ? rangeOr(waitTime, waitTimeMin, waitTimeMax, ranged) : null;
  const held = waitTime === undefined ? Math.round(quantity ?? 0) : 0;
  const label = queue.label === '' ? nodeLabel(stock) : `${queue.label} + ${nodeLabel(stock)}`;
  const next: InboundQueue = { ...queue, stockIds: [...queue.stockIds, stock.id], label, delay: added(queue.delay, delay) };
  if (stock.kind === 'fifo-lane' && quantity !== undefined && quantity > 0) {
    return {
      ...next,
      discipline: next.discipline === 'supermarket' ? 'supermarket' : 'fifo',
      capacity: Math.min(next.capacity, Math.round(quantity)),
    };
  }
  if (stock.kind === 'supermarket' && quantity !== undefined && quantity > 0) {
    const kanbans = Math.max(1, Math.round(quantity));
    return { ...next, discipline: 'supermarket', capacity: Math.min(next.capacity, kanbans), initial: next.initial + kanbans };
  }
  // A stock with a wait time starts with the items already in that wait, so no gap runs down the line.
  const inWait = delay && releaseEvery > 0 ? Math.round(meanOf(delay) / releaseEvery) : 0;
  if (held + inWait <= 0) return next;
  return {
    ...next,
    delay: held > 0 ? added(next.delay, { kind: 'fixed', value: held * releaseEvery }) : next.delay,
    initial: next.initial + held + inWait,
    initialSpacing: releaseEvery,
  };
}

function station(node: ProcessNode, inbound: InboundQueue, daySeconds: number, whatIf: WhatIf): Station {
  const data = node.process;
  const ranged = whatIf.variability === 'as-mapped';
  const work = data.processTime ?? data.cycleTime ?? 0;
  const cycle = data.cycleTime ?? work;
  const servers = cycle > 0 && work > cycle ? Math.max(1, Math.round(work / cycle)) : 1;
  const service = scaled(rangeOr(cycle, data.cycleTimeMin, data.cycleTimeMax, ranged), cycle > 0 ? work / cycle : 1);
  const ownQueue = data.leadTime !== undefined && data.leadTime > work ? data.leadTime - work : 0;
  const staffed = data.shifts !== undefined && data.availableTimePerShift !== undefined ? data.shifts * data.availableTimePerShift : daySeconds;
  const mappedUptime = (data.uptime ?? 100) / 100;
  const changeover = data.changeoverTime ?? 0;
  const batchSize = whatIf.batchSize !== null && changeover > 0 ? whatIf.batchSize : Math.max(1, Math.round(data.batchSize ?? 1));
  return {
    nodeId: node.id,
    label: nodeLabel(node),
    inbound: ownQueue > 0 ? { ...inbound, delay: added(inbound.delay, { kind: 'fixed', value: ownQueue }) } : inbound,
    service,
    servers,
    batchSize,
    changeover: batchSize > 1 || data.batchSize !== undefined ? changeover * whatIf.changeoverFactor : 0,
    uptime: Math.max(0.01, whatIf.uptimeFloor === null ? mappedUptime : Math.max(mappedUptime, whatIf.uptimeFloor / 100)),
    availability: staffed >= daySeconds || staffed <= 0 ? 1 : staffed / daySeconds,
    rework: [],
    detour: false,
  };
}

/**
 * The way a rework loop goes when it leaves the path (a step sends items to a repair station
 * drawn beside the line, which sends them back): each step on the way becomes a detour station
 * added to the line, stocks on the way the waits before the step after them, and the stocks
 * after the last step a wait on the way back. Returns the route out of the step the loop leaves
 * the path from: straight back when the way has no step of its own.
 */
function detourRoutes(
  way: readonly MapNode[],
  back: { toStation: number; throughDelay: boolean; share: number },
  stations: Station[],
  context: { daySeconds: number; whatIf: WhatIf; ranged: boolean; releaseEvery: number },
): ReworkRoute[] {
  let pending = emptyQueue();
  let first: ReworkRoute | null = null;
  let previous: Station | null = null;
  for (const node of way) {
    if (isStockNode(node)) pending = addStock(pending, node, context.ranged, context.releaseEvery);
    else if (isProcessNode(node)) {
      const route: ReworkRoute = { toStation: stations.length, share: previous ? 1 : back.share, throughDelay: true, delay: null };
      if (previous) previous.rework.push(route);
      else first = route;
      previous = { ...station(node, pending, context.daySeconds, context.whatIf), detour: true };
      stations.push(previous);
      pending = emptyQueue();
    }
  }
  const home: ReworkRoute = { toStation: back.toStation, share: previous ? 1 : back.share, throughDelay: back.throughDelay, delay: pending.delay };
  if (!previous) return [home];
  previous.rework.push(home);
  return first ? [first] : [];
}

export function lineFromMap(doc: MapDocument, whatIf: WhatIf): LineFromMap {
  const metrics = computeMetrics(doc);
  if (metrics.taktTime === null) {
    return { ok: false, problem: 'no-takt' };
  }
  if (metrics.criticalPath.length === 0) return { ok: false, problem: 'not-connected' };
  const nodes = new Map<Id, MapNode>(doc.nodes.map((node) => [node.id, node]));
  const ranged = whatIf.variability === 'as-mapped';
  const daySeconds = workingDaySeconds(doc.map.settings);
  const interval = metrics.taktTime / whatIf.demandFactor;
  const stations: Station[] = [];
  const stationOfStock = new Map<Id, number>();
  let pending = emptyQueue();
  for (const id of metrics.criticalPath) {
    const node = nodes.get(id);
    if (!node) continue;
    if (isStockNode(node)) pending = addStock(pending, node, ranged, interval);
    else if (isProcessNode(node)) {
      for (const stockId of pending.stockIds) stationOfStock.set(stockId, stations.length);
      stations.push(station(node, pending, daySeconds, whatIf));
      pending = emptyQueue();
    }
  }
  if (stations.length === 0) return { ok: false, problem: 'no-process-step' };

  const stationOfStep = new Map(stations.map((entry, index) => [entry.nodeId, index]));
  const usedAsDetour = new Set<Id>();
  for (const loop of metrics.reworkLoops) {
    const connector = doc.connectors.find((candidate) => candidate.id === loop.closingConnectorId);
    const share = (connector?.reworkRate ?? 0) / 100;
    if (!connector || share <= 0) continue;
    const toStep = stationOfStep.get(connector.toId);
    const toStock = stationOfStock.get(connector.toId);
    const back =
      toStep !== undefined ? { toStation: toStep, throughDelay: false } : toStock !== undefined ? { toStation: toStock, throughDelay: true } : null;
    if (!back) continue;
    const onPath = (id: Id) => stationOfStep.has(id) || stationOfStock.has(id);
    const leaves = loop.nodeIds.findLastIndex(onPath);
    const from = stationOfStep.get(loop.nodeIds[leaves] ?? '');
    const source = from === undefined ? undefined : stations[from];
    const detour = loop.nodeIds.slice(leaves + 1).flatMap((id) => nodes.get(id) ?? []);
    if (!source || !loop.nodeIds.slice(0, leaves).every(onPath) || detour.some((node) => usedAsDetour.has(node.id))) continue;
    for (const node of detour) usedAsDetour.add(node.id);
    source.rework.push(...detourRoutes(detour, { ...back, share }, stations, { daySeconds, whatIf, ranged, releaseEvery: interval }));
  }

  const randomArrivals = ranged && whatIf.randomArrivals;
  return {
    ok: true,
    stepIds: stations.filter((entry) => !entry.detour).map((entry) => entry.nodeId),
    line: {
      stations,
      releases: {
        interval: randomArrivals ? { kind: 'exponential', mean: interval } : { kind: 'fixed', value: interval },
        dailyPattern: whatIf.dailyPattern,
      },
      exitDelay: pending.delay,
      daySeconds,
      repairTime: whatIf.repairTime,
    },
  };
}
