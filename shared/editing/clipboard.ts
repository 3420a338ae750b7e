import { z } from 'zod';
import { ConnectorSchema } from '../model/connector';
import type { Id } from '../model/ids';
import { MapNodeSchema } from '../model/map-node';
import type { MapDocument } from '../model/vsm-map';

/**
 * What copy puts on the clipboard: the copied nodes and the connectors between them, as JSON
 * text tagged with a format name, so that a paste into this map, another map or another window
 * of the app can recognise it, and anything else on the clipboard is not mistaken for it.
 */
export const MAP_FRAGMENT_FORMAT = 'value-stream-workshop/map-fragment';

/** As many nodes as one save may carry. */
export const MAX_FRAGMENT_ITEMS = 10_000;

export const MapFragmentSchema = z.object({
  format: z.literal(MAP_FRAGMENT_FORMAT),
  version: z.literal(1),
  nodes: z.array(MapNodeSchema).min(1).max(MAX_FRAGMENT_ITEMS),
  connectors: z.array(ConnectorSchema).max(MAX_FRAGMENT_ITEMS),
});

export type MapFragment = z.infer<typeof MapFragmentSchema>;

/** The listed nodes with every connector that runs between two of them; null when no node is listed. */
export function copyFragment(doc: MapDocument, ids: Iterable<Id>): MapFragment | null {
  const wanted = new Set(ids);
  const nodes = doc.nodes.filter((node) => wanted.has(node.id));
  if (nodes.length === 0) return null;
  const copied = new Set(nodes.map((node) => node.id));
  const connectors = doc.connectors.filter((connector) => copied.has(connector.fromId) && copied.has(connector.toId));
  return { format: MAP_FRAGMENT_FORMAT, version: 1, nodes, connectors };
}

export function serializeFragment(fragment: MapFragment): string {
  return JSON.stringify(fragment);
}

/** The fragment in `text`, or null when the text is anything else (plain text, another app's data). */
export function parseFragment(text: string): MapFragment | null {
  if (!text.includes(MAP_FRAGMENT_FORMAT)) return null;
  try {
    const parsed = MapFragmentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
