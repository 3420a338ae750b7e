import { describe, expect, it } from 'vitest';
import { MapDocumentSchema } from '../../../shared/model/vsm-map';
import { WORKED_EXAMPLES } from '../../../shared/vsm';

/** The worked examples are what users see first: valid maps, each node clear of the others. */
describe.each(WORKED_EXAMPLES.map((example) => [example.title, example] as const))('worked example %s', (_, example) => {
  it('is a valid map document whose connectors join nodes on the map', () => {
    const doc = example.build();
    expect(MapDocumentSchema.safeParse(doc).success).toBe(true);
    const ids = new Set(doc.nodes.map((node) => node.id));
    expect(ids.size).toBe(doc.nodes.length);
    for (const connector of doc.connectors) {
      expect([ids.has(connector.fromId), ids.has(connector.toId)]).toEqual([true, true]);
    }
  });

  it('lays its nodes out without overlaps, on the canvas’s positive quadrant', () => {
    const { nodes } = example.build();
    const overlaps = nodes.flatMap((a, i) =>
      nodes
        .slice(i + 1)
        .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        .map((b) => `${a.id} × ${b.id}`),
    );
    expect(overlaps).toEqual([]);
    expect(nodes.every((node) => node.x >= 0 && node.y >= 0)).toBe(true);
  });

  it('builds a fresh document on every call', () => {
    const first = example.build();
    first.nodes.length = 0;
    expect(example.build().nodes.length).toBeGreaterThan(0);
  });
});
