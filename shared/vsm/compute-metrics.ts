import type { Id } from '../model/ids';
import type { ProcessNode, StockNode } from '../model/map-node';
import type { MapDocument } from '../model/vsm-map';
import { findCriticalPath, type PathWeight } from './critical-path';
import { dailyDemand, taktTime } from './demand';
import { diagnose } from './diagnostics';
import { buildFlowGraph, componentOf, type FlowVertex } from './flow-graph';
import { countHandOffs } from './hand-offs';
import type { StepMetrics, StockMetrics, VsmMetrics } from './metric-types';
import { nodeLabel } from './node-roles';
import { findReworkLoops } from './rework-loops';
import { stepTimes, stockWait } from './step-times';
import { buildTimeline } from './timeline';

/**
 * The figures of one map. Path figures (lead time, process time, activity ratio, the timeline)
 * follow the critical path of the first-pass flow (critical-path.ts, rework-loops.ts). Step
 * figures (step count, operators, rolled %C&A, takt, bottleneck, inventory) take every process
 * box and every stock on the map, connected or not: a box on the map is part of the value
 * stream even before anyone has drawn its arrows, and the diagnostics say when that is so.
 */
const NO_TIME: PathWeight = { lead: 0, process: 0 };

function isStep(node: MapDocument['nodes'][number]): node is ProcessNode {
  return node.kind === 'process';
}

function isStock(node: MapDocument['nodes'][number]): node is StockNode {
  return 'inventory' in node;
}

function product(values: readonly number[]): number {
  return values.reduce((total, value) => total * value, 1);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function computeMetrics(doc: MapDocument): VsmMetrics {
  const { settings } = doc.map;
  const demand = dailyDemand(settings);
  const takt = taktTime(settings);
  const graph = buildFlowGraph(doc);
  const { loops, closingEdges } = findReworkLoops(graph);

  const stepNodes = doc.nodes.filter(isStep);
  const stockNodes = doc.nodes.filter(isStock);
  const stepTimesById = new Map(stepNodes.map((node) => [node.id, stepTimes(node.process)]));
  const waitsById = new Map(stockNodes.map((node) => [node.id, stockWait(node.inventory, demand, settings)]));
  const weightOf = ({ node }: FlowVertex): PathWeight => {
    const times = stepTimesById.get(node.id);
    if (times) return { lead: times.leadTime ?? 0, process: times.processTime ?? 0 };
    const wait = waitsById.get(node.id);
    return wait ? { lead: wait.seconds ?? 0, process: 0 } : NO_TIME;
  };
  const path = findCriticalPath(graph, closingEdges, weightOf);
  const criticalPath = path.vertices.map((vertex) => vertex.node.id);
  const onPath = new Set(criticalPath);
  const first = path.vertices[0];
  const onFlow = new Set(first ? [...componentOf(first)].map((vertex) => vertex.node.id) : []);

  const steps = stepNodes.map((node): StepMetrics => {
    const times = stepTimesById.get(node.id) ?? stepTimes(node.process);
    const taktRatio = times.cycleTime !== null && takt !== null ? times.cycleTime / takt : null;
    return {
      nodeId: node.id,
      label: nodeLabel(node),
      ...times,
      operators: node.process.operators ?? null,
      percentCompleteAccurate: node.process.percentCompleteAccurate ?? null,
      taktRatio,
      overTakt: taktRatio !== null && taktRatio > 1,
      onFlow: onFlow.has(node.id),
      onCriticalPath: onPath.has(node.id),
    };
  });
  const stocks = stockNodes.map((node): StockMetrics => {
    const wait = waitsById.get(node.id) ?? stockWait(node.inventory, demand, settings);
    return {
      nodeId: node.id,
      label: nodeLabel(node),
      kind: node.kind,
      quantity: node.inventory.quantity ?? null,
      waitTime: wait.seconds,
      waitSource: wait.source,
      onFlow: onFlow.has(node.id),
      onCriticalPath: onPath.has(node.id),
    };
  });

  const qualities = steps.flatMap((step) => (step.percentCompleteAccurate === null ? [] : [step.percentCompleteAccurate / 100]));
  const timed = steps.flatMap((step) => (step.cycleTime === null ? [] : [{ nodeId: step.nodeId, cycleTime: step.cycleTime }]));
  const bottleneck = timed.reduce<(typeof timed)[number] | null>((slowest, step) => (!slowest || step.cycleTime > slowest.cycleTime ? step : slowest), null);
  const labels = new Map(doc.nodes.map((node) => [node.id, nodeLabel(node)]));
  const customers = doc.nodes.filter((node) => node.kind === 'customer').map((node) => ({ id: node.id, label: nodeLabel(node) }));

  return {
    dailyDemand: demand,
    taktTime: takt,
    leadTime: path.leadTime,
    processTime: path.processTime,
    activityRatio: path.leadTime > 0 ? path.processTime / path.leadTime : null,
    rolledPercentCompleteAccurate: qualities.length > 0 ? product(qualities) * 100 : null,
    totalInventory: sum(stocks.map((stock) => stock.quantity ?? 0)),
    totalOperators: sum(steps.map((step) => step.operators ?? 0)),
    stepCount: steps.length,
    handOffs: countHandOffs(graph),
    criticalPath,
    timeline: buildTimeline(criticalPath, new Map(steps.map((step) => [step.nodeId, step])), new Map(stocks.map((stock) => [stock.nodeId, stock]))),
    bottleneck,
    stepsOverTakt: steps.filter((step) => step.overTakt).map((step) => step.nodeId),
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
      hasMaterialFlow: graph.edges.length > 0,
      labelOf: (id: Id) => labels.get(id) ?? id,
    }),
  };
}
