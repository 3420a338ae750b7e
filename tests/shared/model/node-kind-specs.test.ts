import { describe, expect, it } from 'vitest';
import { MapNodeSchema } from '../../../shared/model/map-node';
import { createNode } from '../../../shared/model/node-factory';
import { NODE_KIND_SPECS } from '../../../shared/model/node-kind-specs';
import { NODE_KINDS } from '../../../shared/model/node-kinds';

describe('NODE_KIND_SPECS', () => {
  it('has one entry for every node kind and nothing else', () => {
    expect(Object.keys(NODE_KIND_SPECS).sort()).toEqual([...NODE_KINDS].sort());
  });

  it('gives every kind a name, a size to place it at, and a node that carries its data box', () => {
    for (const kind of NODE_KINDS) {
      const spec = NODE_KIND_SPECS[kind];
      expect(spec.name.trim(), kind).not.toBe('');
      expect(spec.size.width * spec.size.height, kind).toBeGreaterThan(0);
      const node = createNode({ id: 'n', kind, at: { x: 0, y: 0 }, z: 0 });
      expect(MapNodeSchema.parse(node), kind).toEqual(node);
      expect({ width: node.width, height: node.height }, kind).toEqual(spec.size);
      const facets = ['process', 'inventory', 'shipment'].filter((facet) => facet in node);
      expect(facets, kind).toEqual(spec.data === 'none' ? [] : [spec.data]);
    }
  });
});
