import type { Id } from '../model/ids';
import type { MapDocument } from '../model/vsm-map';
import { compareMetrics, type MetricComparison } from './compare-metrics';
import { compareSteps, type StepComparison } from './compare-steps';
import { computeMetrics } from './compute-metrics';
import { matchOrigins } from './lineage';
import type { StockMetrics, VsmMetrics } from './metric-types';
import { isStockNode } from './node-roles';

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
  const before = computeMetrics(current);
  const after = computeMetrics(future);
  const origins = matchOrigins(current.nodes, future.nodes);

  const keptStocks = new Uint8Array(current.nodes.length);
  future.nodes.forEach((node, position) => {
    if (isStockNode(node)) for (const source of origins[position] ?? []) keptStocks[source] = 1;
  });
  const removedStocks = new Set<Id>();
  current.nodes.forEach((node, position) => {
    if (isStockNode(node) && keptStocks[position] === 0) removedStocks.add(node.id);
  });

  const kaizenBursts = future.nodes
    .filter((node) => node.kind === 'kaizen-burst')
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((node) => ({ nodeId: node.id, text: node.text }));

  return {
    current: before,
    future: after,
    metrics: compareMetrics(before, after),
    steps: compareSteps(current.nodes, future.nodes, origins),
    inventoryRemoved: before.stocks.filter((stock) => removedStocks.has(stock.nodeId)),
    kaizenBursts,
  };
}
