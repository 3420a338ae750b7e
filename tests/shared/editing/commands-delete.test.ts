import { describe, expect, it } from 'vitest';
import { deleteKeepingFlow } from '../../../shared/editing/commands-delete';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { computeMetrics } from '../../../shared/vsm';
import { arrow, exampleMap, plain, processBox, stock } from '../../../shared/vsm/examples/example-builder';
import { applyAndCheckInverse } from './inverse';

/** S → A → Q1 → B → Q2 → Q3 → C → E; a supermarket M pulled from by C too; a note N. */
function line(): MapDocument {
  return exampleMap(
    {
      id: 'm',
      name: 'Line',
      state: 'future',
      derivedFromMapId: null,
      settings: { demandPerPeriod: 400, workingDaysPerPeriod: 20, workingTimePerDay: 28_800 },
    },
    [
      plain('supplier', { id: 'S', text: 'Steel', x: 0, y: 0 }),
      processBox({ id: 'A', text: 'Stamping', x: 200, y: 0 }, { cycleTime: 10 }),
      stock('inventory', { id: 'Q1', text: '', x: 400, y: 0 }, { quantity: 100 }),
      processBox({ id: 'B', text: 'Weld', x: 600, y: 0 }, { cycleTime: 40 }),
      stock('inventory', { id: 'Q2', text: '', x: 800, y: 0 }, { quantity: 50 }),
      stock('safety-buffer', { id: 'Q3', text: '', x: 900, y: 0 }, { quantity: 20 }),
      processBox({ id: 'C', text: 'Assembly', x: 1000, y: 0 }, { cycleTime: 30 }),
      plain('customer', { id: 'E', text: 'Assembly plant', x: 1200, y: 0 }),
      plain('sticky-note', { id: 'N', text: 'Queue grows on Mondays', x: 400, y: 200 }),
    ],
    [
      arrow('f1', 'push', 'S', 'A'),
      arrow('f2', 'fifo', 'A', 'Q1'),
      arrow('f3', 'push', 'Q1', 'B'),
      arrow('f4', 'push', 'B', 'Q2'),
      arrow('f5', 'push', 'Q2', 'Q3'),
      arrow('f6', 'push', 'Q3', 'C'),
      arrow('f7', 'push', 'C', 'E'),
      arrow('n1', 'manual-info', 'N', 'Q1'),
    ],
  );
}

let counter = 0;
const newId = () => `new-${++counter}`;

function flowsOf(doc: MapDocument): string[] {
  return doc.connectors.map((connector) => `${connector.fromId}>${connector.toId}:${connector.kind}`).sort();
}

describe('deleteKeepingFlow', () => {
  it('joins the step before a deleted inventory to the step after it, with the incoming arrow’s kind', () => {
    const before = line();
    const after = applyAndCheckInverse(before, deleteKeepingFlow(before, ['Q1'], newId));
    expect(after.nodes.some((node) => node.id === 'Q1')).toBe(false);
    expect(flowsOf(after)).toContain('A>B:fifo');
    expect(flowsOf(after).filter((flow) => flow.includes('Q1'))).toEqual([]);
  });

  it('keeps the totals on the whole stream: only the inventory’s wait leaves the lead time', () => {
    const before = line();
    const after = applyAndCheckInverse(before, deleteKeepingFlow(before, ['Q1'], newId));
    const [was, now] = [computeMetrics(before), computeMetrics(after)];
    expect(now.processTime).toBe(was.processTime);
    expect(now.leadTime).toBeCloseTo(was.leadTime - (100 / 20) * 28_800, 6);
    expect(now.diagnostics.filter((finding) => finding.code === 'not-on-flow')).toEqual([]);
  });

  it('bridges a run of stocks deleted together once', () => {
    const before = line();
    const after = applyAndCheckInverse(before, deleteKeepingFlow(before, ['Q2', 'Q3'], newId));
    expect(flowsOf(after).filter((flow) => flow.startsWith('B>') || flow.includes('>C'))).toEqual(['B>C:push']);
  });

  it('leaves the flow cut where the user cut it: a process step, an arrow deleted with its stock, or a stock off the line', () => {
    const before = line();
    const withoutStep = applyAndCheckInverse(before, deleteKeepingFlow(before, ['B'], newId));
    expect(flowsOf(withoutStep).some((flow) => flow.startsWith('Q1>') || flow.endsWith('>Q2:push'))).toBe(false);
    const withArrow = applyAndCheckInverse(before, deleteKeepingFlow(before, ['Q1', 'f3'], newId));
    expect(flowsOf(withArrow).some((flow) => flow.startsWith('A>'))).toBe(false);
    const loose = exampleMap(
      before.map,
      [...before.nodes, stock('inventory', { id: 'L', text: '', x: 0, y: 400 }, {})],
      [...before.connectors, arrow('l1', 'push', 'A', 'L')],
    );
    const afterLoose = applyAndCheckInverse(loose, deleteKeepingFlow(loose, ['L'], newId));
    expect(afterLoose.connectors).toEqual(before.connectors);
  });

  it('does not repeat an arrow already there', () => {
    const before = line();
    const shortcut = exampleMap(before.map, before.nodes, [...before.connectors, arrow('x', 'push', 'A', 'B')]);
    const after = applyAndCheckInverse(shortcut, deleteKeepingFlow(shortcut, ['Q1'], newId));
    expect(flowsOf(after).filter((flow) => flow.startsWith('A>B'))).toEqual(['A>B:push']);
  });
});
