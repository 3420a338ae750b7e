import type { Id } from '../model/ids';
import type { MapDocument, MapSettings } from '../model/vsm-map';
import { formatDuration, isMaterialFlow, isProcessNode, kindName, nodeLabel, type StockMetrics } from '../vsm';

/**
 * A removed stock said so the room knows which one it was: by what it held and where it stood
 * on the current map, between which process steps ("1,700 pcs between “S. Weld #1” and
 * “S. Weld #2”"), since three triangles all called "Inventory" say nothing apart. The steps are
 * the nearest ones along the material flow, through any other stock or truck between.
 */
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** How far along the flow to look for a step: past a truck and a stock or two, not across the map. */
const MAX_HOPS = 4;

function nearestStep(doc: MapDocument, start: Id, direction: 'up' | 'down'): string | null {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  let frontier = [start];
  const seen = new Set(frontier);
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0; hop += 1) {
    const next: Id[] = [];
    for (const id of frontier) {
      for (const connector of doc.connectors) {
        if (!isMaterialFlow(connector.kind)) continue;
        const [from, to] = direction === 'up' ? [connector.toId, connector.fromId] : [connector.fromId, connector.toId];
        if (from !== id || seen.has(to)) continue;
        const node = byId.get(to);
        if (!node) continue;
        if (isProcessNode(node)) return nodeLabel(node);
        seen.add(to);
        next.push(to);
      }
    }
    frontier = next;
  }
  return null;
}

function held(stock: StockMetrics, doc: MapDocument, settings: Pick<MapSettings, 'workingTimePerDay'>): string | null {
  const node = doc.nodes.find((candidate) => candidate.id === stock.nodeId);
  const unit = node && 'inventory' in node ? node.inventory.unit?.trim() : undefined;
  if (stock.quantity !== null) return `${count.format(stock.quantity)}${unit ? ` ${unit}` : ''}`;
  if (stock.waitTime !== null) return formatDuration(stock.waitTime, settings);
  return null;
}

function place(before: string | null, after: string | null): string | null {
  if (before && after) return `between “${before}” and “${after}”`;
  if (before) return `after “${before}”`;
  if (after) return `before “${after}”`;
  return null;
}

/** "inventory", "supermarket", "FIFO lane": the kind's name as it reads mid-sentence. */
function kindWord(stock: StockMetrics): string {
  const name = kindName(stock.kind);
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "Removed inventory: 1,700 pcs between “S. Weld #1” and “S. Weld #2”". */
export function describeRemovedStock(stock: StockMetrics, current: MapDocument): string {
  const amount = held(stock, current, current.map.settings);
  const where = place(nearestStep(current, stock.nodeId, 'up'), nearestStep(current, stock.nodeId, 'down'));
  const details = [amount, where].filter(Boolean).join(' ');
  return details ? `Removed ${kindWord(stock)}: ${details}` : `Removed ${kindWord(stock)}`;
}
