import { describe, expect, it } from 'vitest';
import { InvalidEditError, setWaste } from '../../../shared/editing/commands-data';
import { setReworkRate } from '../../../shared/editing/commands-connect';
import { arrow, plain } from '../../../shared/vsm/examples/example-builder';
import { mapOf, timedSteps } from '../vsm/build';

describe('rework rate and waste edits', () => {
  const doc = mapOf([...timedSteps({ A: 1, B: 1 }), plain('kaizen-burst', { id: 'k', text: 'k', x: 0, y: 0 })], [arrow('r', 'push', 'B', 'A')]);

  it('sets, changes and clears a rework rate, and refuses 100 % without a change', () => {
    const set = setReworkRate(doc, 'r', 12.5);
    expect(set).toEqual([{ op: 'putConnector', connector: { ...doc.connectors[0], reworkRate: 12.5 } }]);
    const rated = mapOf(doc.nodes, [{ ...arrow('r', 'push', 'B', 'A'), reworkRate: 12.5 }]);
    expect(setReworkRate(rated, 'r', 12.5)).toEqual([]);
    expect(setReworkRate(rated, 'r', undefined)).toEqual([{ op: 'putConnector', connector: arrow('r', 'push', 'B', 'A') }]);
    expect(() => setReworkRate(doc, 'r', 100)).toThrow(InvalidEditError);
    expect(() => setReworkRate(doc, 'r', -1)).toThrow(InvalidEditError);
  });

  it('tags a kaizen burst with a waste and leaves process boxes alone', () => {
    expect(setWaste(doc, ['k', 'A'], 'motion')).toEqual([{ op: 'putNode', node: { ...doc.nodes[2], waste: 'motion' } }]);
  });
});
