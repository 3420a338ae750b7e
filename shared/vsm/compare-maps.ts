import type { Id } from '../model/ids';
import { ENGLISH } from '../locale/locale-format';
import type { MapDocument } from '../model/vsm-map';
import type { MapNode } from '../model/map-node';
import { compareMetrics, type MetricComparison } from './compare-metrics';
import { compareSteps, type StepComparison } from './compare-steps';
import { metricsOf } from './compute-metrics';
import { at } from './flow-graph';
import { indexNodes, type NodeIndex } from './node-index';
import { indexWithOrigins, type Origins } from './lineage';
import type { StockMetrics, VsmMetrics } from './metric-types';

/**
 * Current state against future state: every headline figure before and after, what became of
 * each process step, which stocks the future no longer holds, and the kaizen bursts that say how
 * to get there. Lineage (lineage.ts) ties the two maps together.
 */
export type KaizenBurst = { nodeId: Id; text: string };

export type MapComparison = {
  current: VsmMetrics;
  future: VsmMetrics;
  metrics: MetricComparison[];
  steps: StepComparison;
  /** Stocks of the current map that no stock of the future map derives from. */
  inventoryRemoved: StockMetrics[];
  /** The future map's kaizen bursts, left to right as they stand on the map. */
  kaizenBursts: KaizenBurst[];
};

export function compareMaps(current: MapDocument, future: MapDocument): MapComparison {
  const currentIndex = indexNodes(current.nodes);
  const before = metricsOf(current, ENGLISH, currentIndex);
  const { index: futureIndex, origins } = indexWithOrigins(currentIndex, future.nodes);
  const after = metricsOf(future, ENGLISH, futureIndex);
  return {
    current: before,
    future: after,
    metrics: compareMetrics(before, after),
    steps: compareSteps(currentIndex, futureIndex, origins),
    inventoryRemoved: removedStocks(currentIndex, futureIndex, origins, before.stocks),
    kaizenBursts: kaizenBursts(futureIndex),
  };
}

/** The current map's stocks that no future stock derives from; `stocks` are the current map's, in node order. */
function removedStocks(current: NodeIndex, future: NodeIndex, origins: Origins, stocks: readonly StockMetrics[]): StockMetrics[] {
  const kept = new Uint8Array(current.nodes.length);
  for (let index = 0; index < future.nodes.length; index += 1) {
    if (future.roles[index] !== 'stock') continue;
    for (let k = at(origins.start, index); k < at(origins.start, index + 1); k += 1) kept[at(origins.positions, k)] = 1;
  }
  // The stocks' figures stand in node order, so the n-th stock node has the n-th figures.
  const removed: StockMetrics[] = [];
  let stock = 0;
  for (let position = 0; position < current.nodes.length; position += 1) {
    if (current.roles[position] !== 'stock') continue;
    const figures = stocks[stock];
    stock += 1;
    if (figures && kept[position] === 0) removed.push(figures);
  }
  return removed;
}

/** Left to right as they stand on the map, then top to bottom. */
function kaizenBursts(future: NodeIndex): KaizenBurst[] {
  const bursts: MapNode[] = [];
  for (let index = 0; index < future.nodes.length; index += 1) {
    const node = future.nodes[index];
    // Bursts carry no material: nodes of other roles are not even read.
    if (future.roles[index] === 'none' && node?.kind === 'kaizen-burst') bursts.push(node);
  }
  return bursts.sort((a, b) => a.x - b.x || a.y - b.y).map((node) => ({ nodeId: node.id, text: node.text }));
}
