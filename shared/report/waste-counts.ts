import type { MapDocument } from '../model/vsm-map';
import { WASTES, type Waste } from '../model/map-node';

/**
 * How many kaizen bursts and notes on a map point at each of the eight wastes, in the order
 * the wastes are taught (DOWNTIME), leaving out the wastes nobody tagged.
 */
export type WasteCount = { waste: Waste; label: string; count: number };

export const WASTE_LABELS: Readonly<Record<Waste, string>> = {
  defects: 'Defects',
  overproduction: 'Overproduction',
  waiting: 'Waiting',
  'unused-talent': 'Unused talent',
  transportation: 'Transportation',
  inventory: 'Inventory',
  motion: 'Motion',
  'extra-processing': 'Extra processing',
};

export function wasteCounts(doc: MapDocument): WasteCount[] {
  const counts = new Map<Waste, number>();
  for (const node of doc.nodes) {
    if ('waste' in node && node.waste !== undefined) counts.set(node.waste, (counts.get(node.waste) ?? 0) + 1);
  }
  return WASTES.flatMap((waste) => {
    const count = counts.get(waste) ?? 0;
    return count > 0 ? [{ waste, label: WASTE_LABELS[waste], count }] : [];
  });
}
