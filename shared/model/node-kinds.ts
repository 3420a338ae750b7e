/**
 * The node kinds of the standard value stream mapping notation (Rother & Shook, "Learning to
 * See"), plus the workshop's free sticky notes and text. Flows between nodes are connectors
 * (see connector.ts), not nodes.
 */
export const NODE_KINDS = [
  'process',
  'inventory',
  'supplier',
  'customer',
  'outside-source',
  'supermarket',
  'fifo-lane',
  'safety-buffer',
  'shipment',
  'production-control',
  'operator',
  'kaizen-burst',
  'go-see',
  'sticky-note',
  'text',
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
