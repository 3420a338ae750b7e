import { compareById } from '../../model/document-order';
import { DEFAULT_NOTE_COLOR } from '../../model/colors';
import type { Connector, ConnectorKind } from '../../model/connector';
import type { Id } from '../../model/ids';
import type { InventoryData, MapNode, PlainNode, ProcessData, ProcessNode, ShipmentNode, StockNode } from '../../model/map-node';
import { defaultSize } from '../../model/node-factory';
import type { KindWithData } from '../../model/node-kind-specs';
import type { MapDocument, MapSettings, MapState } from '../../model/vsm-map';
import type { StockKind } from '../metric-types';

/**
 * Small constructors that keep the worked examples readable: a node is placed by its top-left
 * corner at the default size of its kind, and stacks in the order it is listed.
 */
export type Place = { id: Id; text: string; x: number; y: number; originId?: Id; mergedOriginIds?: Id[] };

type PlainKind = KindWithData<'none'>;

function base(place: Place, kind: MapNode['kind']) {
  const { id, text, x, y, originId = null, mergedOriginIds } = place;
  return {
    id,
    text,
    x,
    y,
    ...defaultSize(kind),
    z: 0,
    color: DEFAULT_NOTE_COLOR,
    originId,
    ...(mergedOriginIds ? { mergedOriginIds } : {}),
  };
}

export function processBox(place: Place, process: ProcessData): ProcessNode {
  return { ...base(place, 'process'), kind: 'process', process };
}

export function stock(kind: StockKind, place: Place, inventory: InventoryData): StockNode {
  return { ...base(place, kind), kind, inventory };
}

export function truck(place: Place, frequency: string): ShipmentNode {
  return { ...base(place, 'shipment'), kind: 'shipment', shipment: { frequency } };
}

export function plain(kind: PlainKind, place: Place): PlainNode {
  return { ...base(place, kind), kind };
}

export function arrow(id: Id, kind: ConnectorKind, fromId: Id, toId: Id, label = '', originId: Id | null = null): Connector {
  return { id, kind, fromId, toId, label, originId };
}

/** Arrows of one kind along `nodeIds` in order, numbered `${idPrefix}01`, `${idPrefix}02`, … */
export function flowChain(idPrefix: string, kind: ConnectorKind, nodeIds: readonly Id[]): Connector[] {
  return nodeIds.slice(1).map((toId, i) => {
    const fromId = nodeIds[i] ?? toId;
    return arrow(`${idPrefix}${String(i + 1).padStart(2, '0')}`, kind, fromId, toId);
  });
}

export type ExampleMeta = {
  id: Id;
  name: string;
  state: MapState;
  derivedFromMapId: Id | null;
  settings: MapSettings;
};

const EXAMPLE_TIME = '2026-01-01T00:00:00.000Z';

export function exampleMap(meta: ExampleMeta, nodes: readonly MapNode[], connectors: readonly Connector[]): MapDocument {
  return {
    map: { ...meta, workshopId: 'worked-examples', revision: 0, createdAt: EXAMPLE_TIME, updatedAt: EXAMPLE_TIME },
    nodes: nodes.map((node, index) => ({ ...node, z: index + 1 })),
    connectors: [...connectors].sort(compareById),
  };
}
