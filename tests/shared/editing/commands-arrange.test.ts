import { describe, expect, it } from 'vitest';
import { alignNodes, distributeNodes, nudgeNodes, resizeNode, restackNodes, MIN_NODE_SIZE } from '../../../shared/editing/commands-arrange';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { emptyDoc, note } from '../fixtures';
import { applyAndCheckInverse } from './inverse';

function doc(): MapDocument {
  return {
    ...emptyDoc(),
    nodes: [
      note('a', { x: 0, y: 0, width: 100, height: 80, z: 1 }),
      note('b', { x: 400, y: 30, width: 100, height: 80, z: 2 }),
      note('c', { x: 150, y: 60, width: 100, height: 80, z: 3 }),
      note('d', { x: 900, y: 900, z: 4 }),
    ],
  };
}

const byId = (d: MapDocument, id: string) => d.nodes.find((node) => node.id === id)!;

describe('arrange commands', () => {
  it('aligns the selected nodes only, and undoing restores them', () => {
    const after = applyAndCheckInverse(doc(), alignNodes(doc(), ['a', 'b', 'c'], 'top'));
    expect(['a', 'b', 'c'].map((id) => byId(after, id).y)).toEqual([0, 0, 0]);
    expect(byId(after, 'd')).toEqual(byId(doc(), 'd'));
  });

  it('gives no change when the nodes are already aligned', () => {
    const after = applyAndCheckInverse(doc(), alignNodes(doc(), ['a', 'b'], 'top'));
    expect(alignNodes(after, ['a', 'b'], 'top')).toEqual([]);
  });

  it('distributes with equal gaps, and undoing restores', () => {
    const after = applyAndCheckInverse(doc(), distributeNodes(doc(), ['a', 'b', 'c'], 'horizontal'));
    expect(byId(after, 'c').x).toBe(200);
  });

  it('resizes to a rectangle, never below the minimum size', () => {
    const after = applyAndCheckInverse(doc(), resizeNode(doc(), 'a', { x: -10, y: 5, width: 3, height: 300 }));
    expect(byId(after, 'a')).toMatchObject({ x: -10, y: 5, width: MIN_NODE_SIZE, height: 300 });
  });

  it('nudges by a fixed step', () => {
    const after = applyAndCheckInverse(doc(), nudgeNodes(doc(), ['a', 'c'], 10, -1));
    expect(byId(after, 'a')).toMatchObject({ x: 10, y: -1 });
    expect(byId(after, 'c')).toMatchObject({ x: 160, y: 59 });
  });

  it('brings nodes to the front and sends them to the back, keeping their own order', () => {
    const front = applyAndCheckInverse(doc(), restackNodes(doc(), ['b', 'a'], 'front'));
    expect(front.nodes.map((node) => node.id)).toEqual(['c', 'd', 'a', 'b']);
    const back = applyAndCheckInverse(doc(), restackNodes(doc(), ['d'], 'back'));
    expect(back.nodes.map((node) => node.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});
