import type { Id } from '../model/ids';
import type { MapNode, ProcessNode, StockNode } from '../model/map-node';
import type { MapDocument, MapSettings } from '../model/vsm-map';
import { findCriticalPath, type CriticalPath, type PathWeights } from './critical-path';
import { dailyDemand, taktTime } from './demand';
import { diagnose } from './diagnostics';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';
import { at, buildFlowGraph, componentOf, nodeAt, type FlowGraph } from './flow-graph';
import { indexNodes, type NodeIndex } from './node-index';
import { countHandOffs } from './hand-offs';
import type { StepMetrics, StockMetrics, VsmMetrics } from './metric-types';
import { isProcessNode, isStockNode, nodeLabel } from './node-roles';
import { findReworkLoops } from './rework-loops';
import { reworkVisits } from './rework-visits';
import { stepTimes, stockWait } from './step-times';
import { buildTimeline } from './timeline';

/**
 * The figures of one map. Path figures (lead time, process time, activity ratio, the timeline)
 * follow the critical path of the first-pass flow (critical-path.ts, rework-loops.ts). Step
 * figures (step count, operators, rolled %C&A, takt, inventory) take every process box and every
 * stock on the map, connected or not: a box on the map is part of the value stream even before
 * anyone has drawn its arrows, and the diagnostics say when that is so. The bottleneck alone is
 * the slowest step on the flow: a box that nothing flows through cannot hold the flow up.
 * Every step and stock is a vertex of the flow graph, so one pass over the vertices serves all.
 */
function stepMetrics(node: ProcessNode, takt: number | null): StepMetrics {
  const times = stepTimes(node.process);
  const taktRatio = times.cycleTime !== null && takt !== null ? times.cycleTime / takt : null;
  return {
    nodeId: node.id,
    kind: 'process',
    label: nodeLabel(node),
    processTime: times.processTime,
    leadTime: times.leadTime,
    cycleTime: times.cycleTime,
    leadTimeBelowProcessTime: times.leadTimeBelowProcessTime,
    operators: node.process.operators ?? null,
    percentCompleteAccurate: node.process.percentCompleteAccurate ?? null,
    taktRatio,
    overTakt: taktRatio !== null && taktRatio > 1,
    waitingShare: times.leadTime !== null && times.leadTime > 0 ? (times.leadTime - (times.processTime ?? 0)) / times.leadTime : null,
    onFlow: false,
    onCriticalPath: false,
    expectedVisits: 1,
  };
}

function stockMetrics(node: StockNode, demand: number | null, settings: MapSettings): StockMetrics {
  const wait = stockWait(node.inventory, demand, settings);
  return {
    nodeId: node.id,
    label: nodeLabel(node),
    kind: node.kind,
    quantity: node.inventory.quantity ?? null,
    waitTime: wait.seconds,
    waitSource: wait.source,
    onFlow: false,
    onCriticalPath: false,
    expectedVisits: 1,
  };
}

function refOf(node: MapNode): { id: Id; label: string } {
  return { id: node.id, label: nodeLabel(node) };
}

/** Each rework loop's labels, read only when its finding's sentence is; it keeps the node list, not the graph. */
function loopLabels(nodes: readonly MapNode[], loopVertices: readonly Int32Array[]): (loop: number) => string[] {
  return (loop) => Array.from(loopVertices[loop] ?? [], (vertex) => (nodes[vertex] ? nodeLabel(nodes[vertex]) : ''));
}

/** `format`: the language and locale the diagnostics are written in. */
export function computeMetrics(doc: MapDocument, format: LocaleFormat = ENGLISH): VsmMetrics {
  return metricsOf(doc, format, indexNodes(doc.nodes));
}

/**
 * The steps' and stocks' figures with the per-vertex weights of the path search. Plain loops
 * with local totals rather than callbacks: a number a callback writes to its enclosing scope is
 * boxed anew on every write, and on a map of thousands of steps that made much of the garbage.
 */
type Measured = {
  /** By vertex, its step's or stock's figures. */
  byVertex: (StepMetrics | StockMetrics | undefined)[];
  steps: StepMetrics[];
  stocks: StockMetrics[];
  customers: { id: Id; label: string }[];
  weights: PathWeights;
};

function measure(graph: FlowGraph, settings: MapSettings, demand: number | null, takt: number | null): Measured {
  const size = graph.nodes.length;
  const weights = { lead: new Float64Array(size), process: new Float64Array(size) };
  // Every array made at its full length, counted from the roles, so that none grows.
  let [stepCount, stockCount] = [0, 0];
  for (const role of graph.roles) {
    if (role === 'step') stepCount += 1;
    else if (role === 'stock') stockCount += 1;
  }
  const byVertex = new Array<StepMetrics | StockMetrics | undefined>(size);
  const steps = new Array<StepMetrics>(stepCount);
  const stocks = new Array<StockMetrics>(stockCount);
  let [step, stock] = [0, 0];
  const customers: { id: Id; label: string }[] = [];
  for (let vertex = 0; vertex < size; vertex += 1) {
    const role = graph.roles[vertex] ?? 'none';
    // Notes, bursts and trucks have no figures: their nodes are not even read.
    if (role === 'none' || role === 'transport') continue;
    const node = nodeAt(graph, vertex);
    if (isProcessNode(node)) {
      const figures = stepMetrics(node, takt);
      weights.lead[vertex] = figures.leadTime ?? 0;
      weights.process[vertex] = figures.processTime ?? 0;
      steps[step++] = figures;
      byVertex[vertex] = figures;
    } else if (role === 'stock' && isStockNode(node)) {
      const figures = stockMetrics(node, demand, settings);
      weights.lead[vertex] = figures.waitTime ?? 0;
      stocks[stock++] = figures;
      byVertex[vertex] = figures;
    } else if (node.kind === 'customer') {
      customers.push(refOf(node));
    }
  }
  return { byVertex, steps, stocks, customers, weights };
}

/** Marks what is on the flow and on the path; gives the path's node ids and its stops in flow order. */
function markPath(graph: FlowGraph, measured: Measured, path: CriticalPath): { criticalPath: Id[]; stops: (StepMetrics | StockMetrics)[] } {
  const { byVertex } = measured;
  const first = path.vertices[0];
  const onFlow = first === undefined ? new Uint8Array(byVertex.length) : componentOf(graph, first);
  for (let vertex = 0; vertex < byVertex.length; vertex += 1) {
    const entry = byVertex[vertex];
    if (entry) entry.onFlow = onFlow[vertex] === 1;
  }
  // At the path's length, cut to the stops found (boundaries and trucks are not stops).
  const stops = new Array<StepMetrics | StockMetrics>(path.vertices.length);
  let count = 0;
  const criticalPath = new Array<Id>(path.vertices.length);
  for (let index = 0; index < path.vertices.length; index += 1) {
    const vertex = at(path.vertices, index);
    const stop = byVertex[vertex];
    if (stop) {
      stop.onCriticalPath = true;
      stops[count++] = stop;
    }
    criticalPath[index] = nodeAt(graph, vertex).id;
  }
  stops.length = count;
  return { criticalPath, stops };
}

/** Each stop's expected visits, and the path's lead and process time with rework counted. */
function withRework(measured: Measured, path: CriticalPath, visits: Float64Array): { lead: number; process: number } {
  const { byVertex, weights } = measured;
  let lead = 0;
  let process = 0;
  for (let index = 0; index < path.vertices.length; index += 1) {
    const vertex = at(path.vertices, index);
    const times = visits[index] ?? 1;
    const entry = byVertex[vertex];
    // Written only where it is not the 1 the figures start with: a whole number keeps the field
    // a small integer in the engine, where any fraction boxes it in every step's and stock's figures.
    if (entry && times !== 1) entry.expectedVisits = times;
    lead += times * (weights.lead[vertex] ?? 0);
    process += times * (weights.process[vertex] ?? 0);
  }
  return { lead, process };
}

/** computeMetrics for a caller that has indexed the map's nodes already (the comparison). */
export function metricsOf(doc: MapDocument, format: LocaleFormat, index: NodeIndex): VsmMetrics {
  const { settings } = doc.map;
  const demand = dailyDemand(settings);
  const takt = taktTime(settings);
  const graph = buildFlowGraph(doc.connectors, index);
  const { loops, closing, loopVertices } = findReworkLoops(graph);
  const measured = measure(graph, settings, demand, takt);
  const { steps, stocks, customers } = measured;
  const path = findCriticalPath(graph, closing, measured.weights);
  const { criticalPath, stops } = markPath(graph, measured, path);
  const rework = reworkVisits(graph, closing, path.vertices);
  const expected = rework.ok ? withRework(measured, path, rework.visits) : null;

  let rolled: number | null = null;
  let operators = 0;
  let bottleneck: VsmMetrics['bottleneck'] = null;
  const overTakt: Id[] = [];
  for (const step of steps) {
    if (step.percentCompleteAccurate !== null) rolled = (rolled ?? 1) * (step.percentCompleteAccurate / 100);
    operators += step.operators ?? 0;
    // A box with no arrows yet holds nothing up: the bottleneck is the slowest step of the flow.
    if (step.onFlow && step.cycleTime !== null && (!bottleneck || step.cycleTime > bottleneck.cycleTime)) {
      bottleneck = { nodeId: step.nodeId, cycleTime: step.cycleTime };
    }
    if (step.overTakt) overTakt.push(step.nodeId);
  }
  let inventory = 0;
  for (const stock of stocks) inventory += stock.quantity ?? 0;

  return {
    dailyDemand: demand,
    taktTime: takt,
    leadTime: path.leadTime,
    processTime: path.processTime,
    expectedLeadTime: expected?.lead ?? null,
    expectedProcessTime: expected?.process ?? null,
    unmappedWaiting: settings.measuredLeadTime === undefined ? null : Math.max(0, settings.measuredLeadTime - path.leadTime),
    activityRatio: path.leadTime > 0 ? path.processTime / path.leadTime : null,
    rolledPercentCompleteAccurate: rolled === null ? null : rolled * 100,
    totalInventory: inventory,
    totalOperators: operators,
    stepCount: steps.length,
    handOffs: countHandOffs(graph),
    criticalPath,
    timeline: buildTimeline(stops),
    bottleneck,
    stepsOverTakt: overTakt,
    steps,
    stocks,
    reworkLoops: loops,
    diagnostics: diagnose({
      settings,
      taktTime: takt,
      steps,
      stocks,
      customers,
      reworkLoops: loops,
      mappedLeadTime: path.leadTime,
      endlessReworkAt: rework.ok ? null : refOf(nodeAt(graph, rework.endlessVertex)),
      hasMaterialFlow: graph.edgeFrom.length > 0,
      loopLabels: loopLabels(graph.nodes, loopVertices),
      format,
    }),
  };
}
