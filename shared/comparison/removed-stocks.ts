import type { Id } from '../model/ids';
import type { MapDocument, MapSettings } from '../model/vsm-map';
import { translator } from '../i18n/i18n-instance';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';
import { formatDuration, isMaterialFlow, isProcessNode, nodeLabel, type StockMetrics } from '../vsm';

/**
 * A removed stock said so the room knows which one it was: by what it held and where it stood
 * on the current map, between which process steps ("1,700 pcs between “S. Weld #1” and
 * “S. Weld #2”"), since three triangles all called "Inventory" say nothing apart. The steps are
 * the nearest ones along the material flow, through any other stock or truck between. In the
 * language and locale of `format`.
 */

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

function held(stock: StockMetrics, doc: MapDocument, settings: Pick<MapSettings, 'workingTimePerDay'>, format: LocaleFormat): string | null {
  const node = doc.nodes.find((candidate) => candidate.id === stock.nodeId);
  const unit = node && 'inventory' in node ? node.inventory.unit?.trim() : undefined;
  if (stock.quantity !== null) return unit ? format.withUnit(format.number(stock.quantity), unit) : format.number(stock.quantity);
  if (stock.waitTime !== null) return formatDuration(stock.waitTime, settings, { format });
  return null;
}

/** "Removed inventory: 1,700 pcs between “S. Weld #1” and “S. Weld #2”". */
export function describeRemovedStock(stock: StockMetrics, current: MapDocument, format: LocaleFormat = ENGLISH): string {
  const t = translator(format.language, 'figures');
  const quoted = (label: string) => translator(format.language, 'vsm')('quoted', { text: label });
  const [before, after] = [nearestStep(current, stock.nodeId, 'up'), nearestStep(current, stock.nodeId, 'down')];
  const where =
    before && after
      ? t('mark.between', { before: quoted(before), after: quoted(after) })
      : before
        ? t('mark.after', { before: quoted(before) })
        : after
          ? t('mark.before', { after: quoted(after) })
          : null;
  const details = [held(stock, current, current.map.settings, format), where].filter(Boolean).join(' ');
  const kind = translator(format.language, 'canvas')(`kinds.${stock.kind}`);
  return details ? t('mark.removedWith', { kind, details }) : t('mark.removed', { kind });
}
