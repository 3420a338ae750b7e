import { describe, expect, it } from 'vitest';
import { connectInOrder, connectNodes, editConnectorLabel, reverseConnectors, setConnectorKind } from '../../../shared/editing/commands-connect';
import { deleteNodes } from '../../../shared/editing/commands';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { emptyDoc, note } from '../fixtures';
import { applyAndCheckInverse } from './inverse';

function doc(): MapDocument {
  return { ...emptyDoc(), nodes: [note('a'), note('b'), note('c')] };
}

function counter() {
  let n = 0;
  return () => `k${++n}`;
}

describe('connector commands', () => {
  it('connects two nodes, and undoing removes the connector', () => {
    const after = applyAndCheckInverse(doc(), connectNodes(doc(), { id: 'k', kind: 'push', fromId: 'a', toId: 'b' }));
    expect(after.connectors).toEqual([{ id: 'k', kind: 'push', fromId: 'a', toId: 'b', label: '', originId: null }]);
  });

  it('refuses a loop onto one node, a missing end and a second arrow the same way', () => {
    expect(connectNodes(doc(), { id: 'k', kind: 'push', fromId: 'a', toId: 'a' })).toEqual([]);
    expect(connectNodes(doc(), { id: 'k', kind: 'push', fromId: 'a', toId: 'ghost' })).toEqual([]);
    const joined = applyAndCheckInverse(doc(), connectNodes(doc(), { id: 'k', kind: 'push', fromId: 'a', toId: 'b' }));
    expect(connectNodes(joined, { id: 'k2', kind: 'pull', fromId: 'a', toId: 'b' })).toEqual([]);
    expect(connectNodes(joined, { id: 'k2', kind: 'pull', fromId: 'b', toId: 'a' })).toHaveLength(1);
  });

  it('connects a selection in order, one arrow per neighbouring pair', () => {
    const after = applyAndCheckInverse(doc(), connectInOrder(doc(), ['c', 'a', 'b'], 'fifo', counter()));
    expect(after.connectors.map((k) => `${k.fromId}->${k.toId}:${k.kind}`)).toEqual(['c->a:fifo', 'a->b:fifo']);
  });

  it('changes kind, label and direction, each undone by its inverse', () => {
    let current = applyAndCheckInverse(doc(), connectInOrder(doc(), ['a', 'b', 'c'], 'push', counter()));
    current = applyAndCheckInverse(current, setConnectorKind(current, ['k1'], 'electronic-info'));
    expect(current.connectors.map((k) => k.kind)).toEqual(['electronic-info', 'push']);
    expect(setConnectorKind(current, ['k1'], 'electronic-info')).toEqual([]);
    current = applyAndCheckInverse(current, editConnectorLabel(current, 'k2', 'Weekly schedule'));
    expect(current.connectors[1]!.label).toBe('Weekly schedule');
    current = applyAndCheckInverse(current, reverseConnectors(current, ['k2']));
    expect(current.connectors[1]).toMatchObject({ fromId: 'c', toId: 'b' });
  });

  it('deletes selected connectors and keeps their nodes', () => {
    const joined = applyAndCheckInverse(doc(), connectInOrder(doc(), ['a', 'b', 'c'], 'push', counter()));
    const after = applyAndCheckInverse(joined, deleteNodes(joined, ['k1']));
    expect(after.connectors.map((k) => k.id)).toEqual(['k2']);
    expect(after.nodes).toHaveLength(3);
  });
});
