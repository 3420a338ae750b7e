import { describe, expect, it } from 'vitest';
import { createNode } from '../../../shared/model/node-factory';
import type { MapNode } from '../../../shared/model/map-node';
import type { NodeKind } from '../../../shared/model/node-kinds';
import { fitMargin, fitValueStream, valueStreamBounds } from '../../../renderer/canvas/fit-content';
import { nodeExtent } from '../../../renderer/canvas/shapes/node-extent';

const settings = { workingTimePerDay: 28_800 };
let z = 0;
const node = (kind: NodeKind, x: number, y: number, text = ''): MapNode => createNode({ id: `${kind}-${x}-${y}`, kind, at: { x, y }, z: ++z, text });

describe('what zoom to fit shows', () => {
  const stream = [node('supplier', 0, 0, 'Steel'), node('process', 400, 300, 'Stamping'), node('customer', 900, 0, 'Assembly plant')];
  const streamBounds = valueStreamBounds(stream, settings)!;

  it('frames the value stream’s symbols, with what hangs below them', () => {
    const extents = stream.map((one) => nodeExtent(one, settings));
    expect(streamBounds.x).toBe(Math.min(...extents.map((extent) => extent.x)));
    expect(streamBounds.x + streamBounds.width).toBe(Math.max(...extents.map((extent) => extent.x + extent.width)));
    expect(streamBounds.y + streamBounds.height).toBe(Math.max(...extents.map((extent) => extent.y + extent.height)));
  });

  it('leaves out a sticky note or text far out on the wall, and keeps the ones beside the stream', () => {
    const far = node('sticky-note', 9_000, 6_000, 'Ask about coils');
    const beside = node('sticky-note', 1_150, 100, 'Daily orders');
    expect(valueStreamBounds([...stream, far, node('text', -5_000, 0, 'Scratch')], settings)).toEqual(streamBounds);
    const withBeside = valueStreamBounds([...stream, beside, far], settings)!;
    const besideExtent = nodeExtent(beside, settings);
    expect(withBeside.x + withBeside.width).toBe(besideExtent.x + besideExtent.width);
    expect(withBeside.y + withBeside.height).toBeLessThan(6_000);
  });

  it('fits a wall of notes alone whole, and an empty wall not at all', () => {
    const notes = [node('sticky-note', 0, 0, 'a'), node('sticky-note', 5_000, 0, 'b')];
    expect(valueStreamBounds(notes, settings)!.width).toBeGreaterThan(5_000);
    expect(valueStreamBounds([], settings)).toBeNull();
    expect(fitValueStream([], settings, { width: 800, height: 600 })).toBeNull();
  });

  it('keeps a smaller margin on a laptop-sized wall, so the stream gets the pixels', () => {
    expect(fitMargin({ width: 720, height: 420 })).toBeLessThan(fitMargin({ width: 1_100, height: 700 }));
    const laptop = fitValueStream(stream, settings, { width: 720, height: 420 })!;
    expect(streamBounds.width * laptop.scale).toBeCloseTo(720 - 2 * fitMargin({ width: 720, height: 420 }), 5);
  });
});
