import { describe, expect, it } from 'vitest';
import { updateNodeData } from '../../../shared/editing/commands-data';
import { mergeSteps } from '../../../shared/editing/commands-merge';
import { applyChanges } from '../../../shared/editing/map-change';
import type { ProcessNode } from '../../../shared/model/map-node';
import type { MapDocument } from '../../../shared/model/vsm-map';
import { computeMetrics, deriveFutureState } from '../../../shared/vsm';
import { processTimeNote, processTimeOrigin } from '../../../shared/vsm/cell-process-time';
import { acmeStampingCurrentState } from '../../../shared/vsm/examples';

/** The Learning to See future state as a room builds it: the two welders and two assembly stations merged. */
function mergedAcme(): { doc: MapDocument; cellId: string } {
  const future = deriveFutureState(acmeStampingCurrentState(), { name: 'Future' });
  const stations = ['S. Weld #1', 'S. Weld #2', 'Assembly #1', 'Assembly #2'].map((name) => future.nodes.find((node) => node.text === name)!.id);
  const { changes, mergedId } = mergeSteps(future, stations);
  return { doc: applyChanges(future, changes), cellId: mergedId! };
}

function cell(doc: MapDocument, id: string): ProcessNode {
  const node = doc.nodes.find((candidate) => candidate.id === id);
  if (node?.kind !== 'process') throw new Error('no cell');
  return node;
}

function edit(doc: MapDocument, id: string, process: Parameters<typeof updateNodeData>[2]): MapDocument {
  return applyChanges(doc, updateNodeData(doc, id, process));
}

const settings = { workingTimePerDay: 55_200 };

describe('a merged cell’s process time', () => {
  it('starts as the sum of the merged steps, and says so', () => {
    const { doc, cellId } = mergedAcme();
    expect(cell(doc, cellId).process.processTime).toBe(39 + 46 + 62 + 40);
    expect(processTimeOrigin(cell(doc, cellId))).toBe('merged-steps');
    expect(processTimeNote(cell(doc, cellId), settings)).toContain('sum of the 4 merged steps');
    expect(computeMetrics(doc).processTime).toBe(1 + 187 + 0);
  });

  it('follows the cell’s cycle time once the room types one, so the headline process time moves with it', () => {
    const { doc, cellId } = mergedAcme();
    const typed = edit(doc, cellId, { process: { cycleTime: 168 } });
    expect(cell(typed, cellId).process.processTime).toBeUndefined();
    expect(processTimeOrigin(cell(typed, cellId))).toBe('cycle-time');
    expect(processTimeNote(cell(typed, cellId), settings)).toBe('Empty, so it follows C/T: 168\u00a0s.');
    expect(computeMetrics(typed).processTime).toBe(169);
    expect(computeMetrics(edit(typed, cellId, { process: { cycleTime: 150 } })).processTime).toBe(151);
  });

  it('keeps a process time the room typed, whatever the cycle time becomes', () => {
    const { doc, cellId } = mergedAcme();
    const own = edit(doc, cellId, { process: { processTime: 168 } });
    expect(processTimeOrigin(cell(own, cellId))).toBe('typed');
    expect(processTimeNote(cell(own, cellId), settings)).toBeNull();
    const paced = edit(own, cellId, { process: { cycleTime: 56 } });
    expect(cell(paced, cellId).process).toMatchObject({ processTime: 168, cycleTime: 56 });
    expect(computeMetrics(paced).processTime).toBe(169);
  });

  it('keeps the sum when the cycle time is cleared or another field is edited', () => {
    const { doc, cellId } = mergedAcme();
    expect(processTimeOrigin(cell(edit(doc, cellId, { process: { cycleTime: undefined } }), cellId))).toBe('merged-steps');
    expect(processTimeOrigin(cell(edit(doc, cellId, { process: { operators: 3 } }), cellId))).toBe('merged-steps');
  });

  it('is never marked on a step that was not merged', () => {
    const current = acmeStampingCurrentState();
    const stamping = cell(current, 'acme-stamping');
    expect(processTimeOrigin(stamping)).toBe('cycle-time');
    expect(cell(edit(current, 'acme-stamping', { process: { processTime: 2 } }), 'acme-stamping').processTimeFrom).toBeUndefined();
  });
});
