/**
 * The node kinds of the standard value stream mapping notation (Rother & Shook, "Learning to
 * See"), plus the workshop's free sticky notes and text, and what each kind is, in one table:
 * a kind is added here, and the renderer's view table (`NODE_KIND_VIEWS`) then fails to compile
 * until it says how the kind is drawn. Flows between nodes are connectors (see connector.ts), not
 * nodes.
 *
 * - `name`: what the kind is called in the palette, the inspector and wherever a node has no text.
 * - `size`: the size a node is drawn at when first placed, in canvas units.
 * - `flowRole`: what the node is to the metrics. Steps (process boxes) take process and lead time;
 *   stocks (inventory, supermarket, FIFO lane, safety buffer) are waits; boundaries (supplier,
 *   customer, outside source) and transport (the truck) carry the flow without adding time, as in
 *   Learning to See's ladder, which runs from raw material to shipping. Everything else is
 *   information or annotation and is not part of the material flow.
 * - `data`: which data box the node carries (`none`: only its text).
 */
export type FlowRole = 'step' | 'stock' | 'boundary' | 'transport' | 'none';

export type DataFacet = 'process' | 'inventory' | 'shipment' | 'none';

type NodeKindSpec = { name: string; size: { width: number; height: number }; flowRole: FlowRole; data: DataFacet };

const factory = { size: { width: 150, height: 100 }, flowRole: 'boundary', data: 'none' } as const;

export const NODE_KIND_SPECS = {
  process: { name: 'Process', size: { width: 160, height: 90 }, flowRole: 'step', data: 'process' },
  inventory: { name: 'Inventory', size: { width: 80, height: 70 }, flowRole: 'stock', data: 'inventory' },
  supplier: { name: 'Supplier', ...factory },
  customer: { name: 'Customer', ...factory },
  'outside-source': { name: 'Outside source', ...factory },
  supermarket: { name: 'Supermarket', size: { width: 90, height: 80 }, flowRole: 'stock', data: 'inventory' },
  'fifo-lane': { name: 'FIFO lane', size: { width: 140, height: 50 }, flowRole: 'stock', data: 'inventory' },
  'safety-buffer': { name: 'Safety buffer', size: { width: 70, height: 80 }, flowRole: 'stock', data: 'inventory' },
  shipment: { name: 'Shipment', size: { width: 120, height: 70 }, flowRole: 'transport', data: 'shipment' },
  'production-control': { name: 'Production control', size: { width: 180, height: 90 }, flowRole: 'none', data: 'none' },
  operator: { name: 'Operator', size: { width: 50, height: 60 }, flowRole: 'none', data: 'none' },
  'kaizen-burst': { name: 'Kaizen burst', size: { width: 150, height: 110 }, flowRole: 'none', data: 'none' },
  'go-see': { name: 'Go see', size: { width: 70, height: 50 }, flowRole: 'none', data: 'none' },
  'sticky-note': { name: 'Sticky note', size: { width: 160, height: 120 }, flowRole: 'none', data: 'none' },
  text: { name: 'Text', size: { width: 200, height: 40 }, flowRole: 'none', data: 'none' },
} as const satisfies Record<string, NodeKindSpec>;

export type NodeKind = keyof typeof NODE_KIND_SPECS;

/** Every node kind, in table order. */
export const NODE_KINDS: readonly NodeKind[] = Object.keys(NODE_KIND_SPECS).filter((kind): kind is NodeKind => Object.hasOwn(NODE_KIND_SPECS, kind));

/** The kinds whose nodes carry the `facet` data box, in table order; the node schemas are built from these. */
export type KindWithData<F extends DataFacet> = { [K in NodeKind]: (typeof NODE_KIND_SPECS)[K]['data'] extends F ? K : never }[NodeKind];

export function kindsWithData<F extends DataFacet>(facet: F): [KindWithData<F>, ...KindWithData<F>[]] {
  const [first, ...rest] = NODE_KINDS.filter((kind): kind is KindWithData<F> => NODE_KIND_SPECS[kind].data === facet);
  if (first === undefined) throw new Error(`No node kind carries ${facet} data`);
  return [first, ...rest];
}
