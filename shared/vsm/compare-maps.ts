import type { Id } from '../model/ids';
import { ENGLISH } from '../locale/locale-format';
import type { MapDocument } from '../model/vsm-map';
import { compareMetrics, type MetricComparison } from './compare-metrics';
import { compareSteps, type StepComparison } from './compare-steps';
import { computeMetrics, metricsOf } from './compute-metrics';
import { at } from './flow-graph';
import { nodePositions } from './node-positions';
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
  const positions = nodePositions(current.nodes);
  const before = metricsOf(current, ENGLISH, positions);
  const after = computeMetrics(future);
  const origins = matchOrigins(positions, future.nodes);

  const keptStocks = new Uint8Array(current.nodes.length);
  future.nodes.forEach((node, index) => {
    if (!isStockNode(node)) return;
    for (let k = at(origins.start, index); k < at(origins.start, index + 1); k += 1) keptStocks[at(origins.positions, k)] = 1;
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
    inventoryRemoved: before.stocks.filter((stock) => keptStocks[positions.get(stock.nodeId) ?? -1] === 0),
    kaizenBursts,
  };
}
