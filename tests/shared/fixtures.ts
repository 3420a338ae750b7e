import type { MapNode } from '../../shared/model/map-node';
import type { MapDocument } from '../../shared/model/vsm-map';

export function emptyDoc(): MapDocument {
  return {
    map: {
      id: 'map-1',
      workshopId: 'ws-1',
      name: 'Current state',
      state: 'current',
      derivedFromMapId: null,
      settings: {},
      revision: 0,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    nodes: [],
    connectors: [],
  };
}

export function note(id: string, overrides: Partial<MapNode> = {}): MapNode {
  return {
    id,
    kind: 'sticky-note',
    x: 0,
    y: 0,
    width: 160,
    height: 120,
    z: 1,
    text: '',
    color: 'yellow',
    originId: null,
    ...overrides,
  } as MapNode;
}
