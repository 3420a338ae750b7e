import { describe, expect, it } from 'vitest';
import { MapDocumentSchema } from '../../../shared/model/vsm-map';
import { computeMetrics, deriveFutureState } from '../../../shared/vsm';
import { acmeStampingCurrentState, acmeStampingFutureState } from '../../../shared/vsm/examples';

function counter(): () => string {
  let next = 0;
  return () => `new-${(next += 1)}`;
}

describe('deriveFutureState', () => {
  const current = acmeStampingCurrentState();
  const future = deriveFutureState(current, { newId: counter(), now: '2026-02-03T10:00:00.000Z' });

  it('gives every node and connector a fresh id and records its source in originId', () => {
    const currentIds = new Set([...current.nodes, ...current.connectors].map((item) => item.id));
    const futureIds = [...future.nodes, ...future.connectors].map((item) => item.id);
    expect(new Set(futureIds).size).toBe(futureIds.length);
    expect(futureIds.filter((id) => currentIds.has(id))).toEqual([]);
    const sources = new Map(current.nodes.map((node) => [node.id, node]));
    for (const node of future.nodes) {
      const { id, originId, z, ...rest } = node;
      const source = sources.get(originId ?? '');
      expect(source).toBeDefined();
      const { id: _sourceId, originId: _sourceOrigin, z: sourceZ, ...sourceRest } = source ?? node;
      expect([rest, z]).toEqual([sourceRest, sourceZ]);
      expect(id).not.toBe(originId);
    }
  });

  it('reconnects each connector to the copies of its ends', () => {
    const copyOf = new Map(future.nodes.map((node) => [node.originId, node.id]));
    const byOrigin = new Map(future.connectors.map((c) => [c.originId, c]));
    for (const connector of current.connectors) {
      expect(byOrigin.get(connector.id)).toMatchObject({
        kind: connector.kind,
        label: connector.label,
        fromId: copyOf.get(connector.fromId),
        toId: copyOf.get(connector.toId),
      });
    }
  });

  it('is a valid future-state map of its own, derived from the current one', () => {
    expect(MapDocumentSchema.safeParse(future).success).toBe(true);
    expect(future.map).toMatchObject({
      id: 'new-1',
      name: 'Acme Stamping – current state (future state)',
      state: 'future',
      derivedFromMapId: current.map.id,
      revision: 0,
      createdAt: '2026-02-03T10:00:00.000Z',
      updatedAt: '2026-02-03T10:00:00.000Z',
    });
    expect(future.map.settings).toEqual(current.map.settings);
    expect(future.map.settings).not.toBe(current.map.settings);
  });

  it('starts with the same figures as the current state', () => {
    const before = computeMetrics(current);
    const after = computeMetrics(future);
    expect([after.leadTime, after.processTime, after.taktTime, after.handOffs]).toEqual([
      before.leadTime,
      before.processTime,
      before.taktTime,
      before.handOffs,
    ]);
  });

  it('drops merges that point into an older map, and keeps a long name within bounds', () => {
    const older = acmeStampingFutureState();
    const copy = deriveFutureState({ ...older, map: { ...older.map, name: 'x'.repeat(120) } });
    expect(copy.nodes.some((node) => node.mergedOriginIds !== undefined)).toBe(false);
    expect(copy.nodes.find((node) => node.originId === 'acme-f-cell')).toBeDefined();
    expect(copy.map.name).toHaveLength(120);
    expect(copy.map.name.endsWith(' (future state)')).toBe(true);
    expect(MapDocumentSchema.safeParse(copy).success).toBe(true);
  });
});
