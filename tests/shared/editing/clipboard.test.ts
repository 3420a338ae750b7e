import { describe, expect, it } from 'vitest';
import { copyFragment, parseFragment, serializeFragment } from '../../../shared/editing/clipboard';
import { duplicateNodes, pasteOffset, placeExample, placeFragment } from '../../../shared/editing/commands-paste';
import { applyChanges } from '../../../shared/editing/map-change';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { computeMetrics } from '../../../shared/vsm';
import { acmeStampingCurrentState } from '../../../shared/vsm/examples';
import { emptyDoc, note } from '../fixtures';
import { applyAndCheckInverse } from './inverse';

function doc(): MapDocument {
  return {
    ...emptyDoc(),
    nodes: [
      note('a', { x: 0, y: 0, z: 1, text: 'A', originId: 'old-a' }),
      note('b', { x: 300, y: 0, z: 2, text: 'B' }),
      note('c', { x: 0, y: 300, z: 3 }),
    ],
    connectors: [
      { id: 'ab', kind: 'push', fromId: 'a', toId: 'b', label: 'x', originId: null },
      { id: 'bc', kind: 'pull', fromId: 'b', toId: 'c', label: '', originId: null },
    ],
  };
}

function counter(prefix = 'n') {
  let n = 0;
  return () => `${prefix}${++n}`;
}

describe('clipboard fragments', () => {
  it('copies the listed nodes with only the connectors between them, and reads back what it wrote', () => {
    const fragment = copyFragment(doc(), ['a', 'b'])!;
    expect(fragment.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(fragment.connectors.map((k) => k.id)).toEqual(['ab']);
    expect(parseFragment(serializeFragment(fragment))).toEqual(fragment);
  });

  it('copies nothing from an empty selection and reads plain text or damaged data as no fragment', () => {
    expect(copyFragment(doc(), [])).toBeNull();
    expect(parseFragment('Waiting for approval')).toBeNull();
    const broken = serializeFragment(copyFragment(doc(), ['a'])!).replace('"x":0', '"x":"left"');
    expect(parseFragment(broken)).toBeNull();
  });

  it('pastes with fresh ids, on top, shifted, without lineage; undoing removes it all', () => {
    const fragment = copyFragment(doc(), ['a', 'b'])!;
    const { changes, nodeIds } = placeFragment(doc(), fragment, { x: 24, y: 24 }, counter());
    const after = applyAndCheckInverse(doc(), changes);
    expect(nodeIds).toEqual(['n1', 'n2']);
    expect(after.nodes.slice(-2)).toMatchObject([
      { id: 'n1', text: 'A', x: 24, y: 24, z: 4, originId: null },
      { id: 'n2', text: 'B', x: 324, y: 24, z: 5 },
    ]);
    expect(after.connectors.find((k) => k.id === 'n3')).toMatchObject({ fromId: 'n1', toId: 'n2', kind: 'push', label: 'x' });
  });

  it('cascades pastes while the copied nodes are in view, each a step further down and right', () => {
    const fragment = copyFragment(doc(), ['a', 'b'])!;
    const view = { visible: { x: -100, y: -100, width: 800, height: 600 }, middle: { x: 300, y: 200 } };
    expect(pasteOffset(fragment, view, 1)).toEqual({ x: 24, y: 24 });
    expect(pasteOffset(fragment, view, 3)).toEqual({ x: 72, y: 72 });
  });

  it('pastes into another map as well, centred in the view when the copied nodes are not in it', () => {
    const fragment = copyFragment(doc(), ['a', 'b'])!;
    const offset = pasteOffset(fragment, { visible: { x: 900, y: 900, width: 200, height: 200 }, middle: { x: 1000, y: 1000 } }, 1);
    const target = { ...emptyDoc(), nodes: [note('z', { z: 9 })] };
    const after = applyChanges(target, placeFragment(target, fragment, offset, counter()).changes);
    const pasted = after.nodes.filter((node) => node.id !== 'z');
    const middle = (Math.min(...pasted.map((n) => n.x)) + Math.max(...pasted.map((n) => n.x + n.width))) / 2;
    expect(middle).toBe(1000);
  });

  it('duplicates a selection a step down and right', () => {
    const { changes } = duplicateNodes(doc(), ['b', 'c'], counter('d'));
    const after = applyAndCheckInverse(doc(), changes);
    expect(after.nodes).toHaveLength(5);
    expect(after.connectors.filter((k) => k.fromId === 'd1')).toMatchObject([{ toId: 'd2', kind: 'pull' }]);
  });

  it('places a worked example with its settings, giving the same figures as the example itself', () => {
    const example = acmeStampingCurrentState();
    const { changes } = placeExample(emptyDoc(), example, counter('x'));
    const after = applyAndCheckInverse(emptyDoc(), changes);
    expect(after.nodes).toHaveLength(example.nodes.length);
    expect(after.map.settings).toEqual(example.map.settings);
    const expected = computeMetrics(example);
    const actual = computeMetrics(after);
    expect(actual.leadTime).toBe(expected.leadTime);
    expect(actual.processTime).toBe(expected.processTime);
  });
});
