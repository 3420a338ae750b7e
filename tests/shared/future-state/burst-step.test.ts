import { describe, expect, it } from 'vitest';
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
    const empty = exampleMap({ id: 'f', name: 'F', state: 'future', derivedFromMapId: null, settings: {} }, [plain('kaizen-burst', { id: 'k', text: '', x: 0, y: 0 })], []);
    expect(stepNearBurst(empty, 'k')).toBeNull();
  });

  it('lists the bursts left to right', () => {
    expect(kaizenBursts(map([{ id: 'late', x: 700, y: 0 }, { id: 'early', x: 10, y: 0 }])).map((node) => node.id)).toEqual(['early', 'late']);
  });
});
