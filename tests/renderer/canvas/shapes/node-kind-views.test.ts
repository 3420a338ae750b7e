import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../../../shared/model/node-kinds';
import { NODE_KIND_VIEWS, PALETTE_SECTION_TITLES } from '../../../../renderer/canvas/shapes/node-kind-views';
import { PALETTE_SECTIONS } from '../../../../renderer/map/palette/palette-items';

describe('NODE_KIND_VIEWS', () => {
  it('has one entry for every node kind and nothing else', () => {
    expect(Object.keys(NODE_KIND_VIEWS).sort()).toEqual([...NODE_KINDS].sort());
  });

  it('gives every kind a shape, an icon, a text layout and a palette section', () => {
    for (const kind of NODE_KINDS) {
      const view = NODE_KIND_VIEWS[kind];
      expect(typeof view.Shape, kind).toBe('function');
      expect(view.icon, kind).toBeTruthy();
      expect(PALETTE_SECTION_TITLES, kind).toContain(view.palette);
      const placement = view.text(
        { id: 'n', kind: 'sticky-note', x: 0, y: 0, width: 100, height: 60, z: 0, text: 'A', color: 'yellow', originId: null },
        false,
      );
      expect(placement.width * placement.height, kind).toBeGreaterThan(0);
    }
  });

  it('lists every kind in the palette exactly once', () => {
    const listed = PALETTE_SECTIONS.flatMap((section) => section.items.map((item) => item.kind));
    expect([...listed].sort()).toEqual([...NODE_KINDS].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});
