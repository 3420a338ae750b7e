import type { Connector } from '../../../shared/model/connector';
import type { InventoryData, MapNode, ProcessData } from '../../../shared/model/map-node';
import type { KindWithData } from '../../../shared/model/node-kind-specs';
import type { MapDocument, MapSettings } from '../../../shared/model/vsm-map';
import type { StockKind } from '../../../shared/vsm';
import { exampleMap, flowChain, plain, processBox, stock } from '../../../shared/vsm/examples/example-builder';

/** Terse maps for hand-computed cases: nodes by id, material flow as "a>b>c" chains. */
export const HOUR = 3_600;
export const DAY = 8 * HOUR;

export function step(id: string, process: ProcessData): MapNode {
  return processBox({ id, text: id, x: 0, y: 0 }, process);
}

export function wait(id: string, inventory: InventoryData, kind: StockKind = 'inventory'): MapNode {
  return stock(kind, { id, text: id, x: 0, y: 0 }, inventory);
}

export function other(kind: KindWithData<'none'>, id: string): MapNode {
  return plain(kind, { id, text: id, x: 0, y: 0 });
}

export function flows(...chains: string[]): Connector[] {
  return chains.flatMap((chain, c) => flowChain(`c${c}-`, 'push', chain.split('>')));
}

/** Process steps with only a cycle time, e.g. timedSteps({ A: 10, B: 30 }). */
export function timedSteps(cycleTimes: Record<string, number>): MapNode[] {
  return Object.entries(cycleTimes).map(([id, cycleTime]) => step(id, { cycleTime }));
}

export function mapOf(nodes: MapNode[], connectors: Connector[], settings: MapSettings = {}): MapDocument {
  return exampleMap({ id: 'm', name: 'Test map', state: 'current', derivedFromMapId: null, settings }, nodes, connectors);
}
