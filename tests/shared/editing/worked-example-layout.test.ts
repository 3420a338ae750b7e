import { describe, expect, it } from 'vitest';
import { MAP_TEMPLATES, templateExample } from '../../../shared/editing/map-templates';
import type { Rect } from '../../../shared/geometry/rect';
import { nodeLabel } from '../../../shared/vsm';
import { nodeExtent } from '../../../renderer/canvas/shapes/node-extent';

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const ANNOTATIONS = new Set(['sticky-note', 'text', 'kaizen-burst']);

describe('the worked examples a new map can start from', () => {
  it.each(MAP_TEMPLATES.filter((template) => template !== 'blank'))('%s: no note hides a process box or its data box', (template) => {
    const doc = templateExample(template)!.build();
    const drawn = doc.nodes.map((node) => ({ node, extent: nodeExtent(node, doc.map.settings) }));
    const hidden = drawn.flatMap((note) =>
      ANNOTATIONS.has(note.node.kind)
        ? drawn
            .filter((box) => box.node.kind === 'process' && overlap(note.extent, box.extent) > 0)
            .map((box) => `${nodeLabel(note.node)} over ${nodeLabel(box.node)}`)
        : [],
    );
    expect(hidden).toEqual([]);
  });
});
