import type { Id } from '../model/ids';
import type { MapDocument } from '../model/vsm-map';
import { WORKED_EXAMPLES, type WorkedExample } from '../vsm/examples';
import { placeExample } from './commands-paste';
import type { MapChange } from './map-change';

/**
 * What a new map can start from: a blank wall, or one of the engine's worked examples (the
 * Learning to See stamping plant, an office order flow), so a facilitator can show the notation
 * and the figures before the room maps its own stream.
 */
export const MAP_TEMPLATES = ['blank', 'learning-to-see', 'office'] as const;

export type MapTemplate = (typeof MAP_TEMPLATES)[number];

const EXAMPLE_KEYS: Record<Exclude<MapTemplate, 'blank'>, string> = {
  'learning-to-see': 'acme-stamping-current',
  office: 'office-order-fulfilment',
};

export function templateExample(template: MapTemplate): WorkedExample | null {
  if (template === 'blank') return null;
  const example = WORKED_EXAMPLES.find((candidate) => candidate.key === EXAMPLE_KEYS[template]);
  if (!example) throw new Error(`No worked example ${EXAMPLE_KEYS[template]}`);
  return example;
}

/** The changes that put a template's content (nodes, connectors, settings) onto a map. */
export function templateChanges(doc: MapDocument, template: MapTemplate, newId: () => Id): MapChange[] {
  const example = templateExample(template);
  return example ? placeExample(doc, example.build(), newId).changes : [];
}
