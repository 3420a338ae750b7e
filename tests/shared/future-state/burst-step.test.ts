import { describe, expect, it } from 'vitest';
import { actionFromBurst } from '../../../shared/action-plan/action-from-burst';
import { kaizenBursts, stepNearBurst } from '../../../shared/future-state/burst-step';
import { exampleMap, plain, processBox } from '../../../shared/vsm/examples/example-builder';

// Process boxes are 160 x 90 and kaizen bursts 150 x 110 at their default sizes.
function map(bursts: { id: string; x: number; y: number }[]) {
  return exampleMap(
    { id: 'f', name: 'Future', state: 'future', derivedFromMapId: null, settings: {} },
    [
      processBox({ id: 'A', text: 'Stamping', x: 0, y: 400 }, {}),
      processBox({ id: 'B', text: 'Weld', x: 300, y: 400 }, {}),
      processBox({ id: 'C', text: 'Assembly', x: 600, y: 400 }, {}),
      ...bursts.map((burst) => plain('kaizen-burst', { ...burst, text: burst.id })),
    ],
    [],
  );
}

describe('the step a kaizen burst improves', () => {
  it('is the step the burst overlaps most', () => {
    expect(stepNearBurst(map([{ id: 'k', x: 200, y: 350 }]), 'k')).toBe('B');
    expect(stepNearBurst(map([{ id: 'k', x: 100, y: 350 }]), 'k')).toBe('A');
  });

  it('is the nearest step when the burst overlaps none', () => {
    expect(stepNearBurst(map([{ id: 'k', x: 560, y: 200 }]), 'k')).toBe('C');
    expect(stepNearBurst(map([{ id: 'k', x: 300, y: 600 }]), 'k')).toBe('B');
  });

  it('is none for a burst that is not on the map, or a map without steps', () => {
    expect(stepNearBurst(map([]), 'k')).toBeNull();
    const empty = exampleMap(
      { id: 'f', name: 'F', state: 'future', derivedFromMapId: null, settings: {} },
      [plain('kaizen-burst', { id: 'k', text: '', x: 0, y: 0 })],
      [],
    );
    expect(stepNearBurst(empty, 'k')).toBeNull();
  });

  it('lists the bursts left to right', () => {
    expect(
      kaizenBursts(
        map([
          { id: 'late', x: 700, y: 0 },
          { id: 'early', x: 10, y: 0 },
        ]),
      ).map((node) => node.id),
    ).toEqual(['early', 'late']);
  });
});

describe('the action a burst turns into', () => {
  it('says what the burst says, on one line, linked to the burst and its step', () => {
    const doc = map([{ id: 'k', x: 200, y: 350 }]);
    const withText = { ...doc, nodes: doc.nodes.map((node) => (node.id === 'k' ? { ...node, text: 'Cut changeover\n  to 10 min ' } : node)) };
    expect(actionFromBurst(withText, 'k')).toEqual({ what: 'Cut changeover to 10 min', kaizenNodeId: 'k', stepNodeId: 'B' });
  });

  it('names the step when the burst has no words, and is nothing for a node that is not a burst', () => {
    const doc = map([{ id: 'k', x: 200, y: 350 }]);
    const blank = { ...doc, nodes: doc.nodes.map((node) => (node.id === 'k' ? { ...node, text: ' ' } : node)) };
    expect(actionFromBurst(blank, 'k')?.what).toBe('Improve Weld');
    expect(actionFromBurst(doc, 'A')).toBeNull();
    expect(actionFromBurst(doc, 'ghost')).toBeNull();
  });

  it('cuts a long burst text to what an action may hold', () => {
    const doc = map([{ id: 'k', x: 200, y: 350 }]);
    const long = { ...doc, nodes: doc.nodes.map((node) => (node.id === 'k' ? { ...node, text: 'x'.repeat(900) } : node)) };
    expect(actionFromBurst(long, 'k')?.what).toHaveLength(500);
  });
});
