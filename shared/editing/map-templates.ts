import { insertedContent } from '../i18n/inserted-content';
import type { Language } from '../i18n/languages';
import type { Id } from '../model/ids';
import type { MapNode } from '../model/map-node';
import type { MapDocument } from '../model/vsm-map';
import { WORKED_EXAMPLES, type WorkedExample } from '../vsm/examples';
import { placeExample } from './commands-paste';
import type { MapChange } from './map-change';

/**
 * What a new map can start from: a blank wall, or one of the engine's worked examples (the
 * Learning to See stamping plant, an office order flow), so a facilitator can show the notation
 * and the figures before the room maps its own stream. The example's words (node texts, arrow
 * labels, truck frequencies, the demand's unit) are the workshop's language's, taken from the
 * catalogue by the id of the node or arrow they belong to; its figures are the engine's, in
 * every language the same.
 */
export const MAP_TEMPLATES = ['blank', 'learning-to-see', 'office'] as const;

export type MapTemplate = (typeof MAP_TEMPLATES)[number];

type ExampleTemplate = Exclude<MapTemplate, 'blank'>;

const EXAMPLE_KEYS: Record<ExampleTemplate, string> = {
  'learning-to-see': 'acme-stamping-current',
  office: 'office-order-fulfilment',
};

export function templateExample(template: MapTemplate): WorkedExample | null {
  if (template === 'blank') return null;
  const example = WORKED_EXAMPLES.find((candidate) => candidate.key === EXAMPLE_KEYS[template]);
  if (!example) throw new Error(`No worked example ${EXAMPLE_KEYS[template]}`);
  return example;
}

type ExampleWords = {
  units: Readonly<Record<string, string>>;
  nodes: Readonly<Record<string, string>>;
  frequencies: Readonly<Record<string, string>>;
  connectors: Readonly<Record<string, string>>;
};

function localizedNode(node: MapNode, words: ExampleWords): MapNode {
  const text = words.nodes[node.id] ?? node.text;
  if (node.kind === 'shipment')
    return { ...node, text, shipment: { ...node.shipment, frequency: words.frequencies[node.id] ?? node.shipment.frequency } };
  if ('inventory' in node) {
    const unit = node.inventory.unit;
    return { ...node, text, inventory: { ...node.inventory, ...(unit !== undefined ? { unit: words.units[unit] ?? unit } : {}) } };
  }
  return { ...node, text };
}

/** A worked example with its words in `language`; a text the catalogue does not hold stays as the example writes it. */
export function localizedExample(template: ExampleTemplate, example: MapDocument, language: Language): MapDocument {
  const words: ExampleWords = insertedContent(language).examples[template];
  const { demandUnit } = example.map.settings;
  return {
    map: {
      ...example.map,
      settings: { ...example.map.settings, ...(demandUnit !== undefined ? { demandUnit: words.units[demandUnit] ?? demandUnit } : {}) },
    },
    nodes: example.nodes.map((node) => localizedNode(node, words)),
    connectors: example.connectors.map((connector) => ({ ...connector, label: words.connectors[connector.id] ?? connector.label })),
  };
}

/** The changes that put a template's content (nodes, connectors, settings) onto a map, its words in the workshop's `language`. */
export function templateChanges(doc: MapDocument, template: MapTemplate, newId: () => Id, language: Language): MapChange[] {
  if (template === 'blank') return [];
  const example = templateExample(template);
  return example ? placeExample(doc, localizedExample(template, example.build(), language), newId).changes : [];
}
