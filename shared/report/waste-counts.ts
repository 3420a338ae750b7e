import type { MapDocument } from '../model/vsm-map';
import { translator } from '../i18n/i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
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

/** Each waste in the catalogue (namespace `report`). */
const WASTE_WORDS = {
  defects: 'defects',
  overproduction: 'overproduction',
  waiting: 'waiting',
  'unused-talent': 'unusedTalent',
  transportation: 'transportation',
  inventory: 'inventory',
  motion: 'motion',
  'extra-processing': 'extraProcessing',
} as const satisfies Record<Waste, string>;

/** A waste's name in `language`. */
export function wasteName(waste: Waste, language: Language = DEFAULT_LANGUAGE): string {
  return translator(language, 'report')(`waste.${WASTE_WORDS[waste]}`);
}

export function wasteCounts(doc: MapDocument, language: Language = DEFAULT_LANGUAGE): WasteCount[] {
  const counts = new Map<Waste, number>();
  for (const node of doc.nodes) {
    if ('waste' in node && node.waste !== undefined) counts.set(node.waste, (counts.get(node.waste) ?? 0) + 1);
  }
  return WASTES.flatMap((waste) => {
    const count = counts.get(waste) ?? 0;
    return count > 0 ? [{ waste, label: wasteName(waste, language), count }] : [];
  });
}
