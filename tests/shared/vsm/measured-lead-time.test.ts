import { describe, expect, it } from 'vitest';
import { wasteCounts } from '../../../shared/report/waste-counts';
import { computeMetrics } from '../../../shared/vsm';
import { plain } from '../../../shared/vsm/examples/example-builder';
import { DAY, flows, mapOf, other, step, timedSteps, wait } from './build';

const ends = [other('supplier', 'S'), other('customer', 'E')];

describe('the map against a measured lead time', () => {
  it('shows the gap to a longer measured lead time as unmapped waiting', () => {
    const nodes = [...ends, wait('Q', { waitTime: 2 * DAY }), ...timedSteps({ A: 60 })];
    const metrics = computeMetrics(mapOf(nodes, flows('S>Q>A>E'), { measuredLeadTime: 5 * DAY }));
    expect(metrics.unmappedWaiting).toBe(5 * DAY - (2 * DAY + 60));
    expect(metrics.diagnostics.some((d) => d.code === 'mapped-above-measured')).toBe(false);
    expect(computeMetrics(mapOf(nodes, flows('S>Q>A>E'))).unmappedWaiting).toBeNull();
  });

  it('says so when the map claims more than was measured', () => {
    const nodes = [...ends, wait('Q', { waitTime: 9 * DAY }), ...timedSteps({ A: 60 })];
    const metrics = computeMetrics(mapOf(nodes, flows('S>Q>A>E'), { measuredLeadTime: 5 * DAY, workingTimePerDay: DAY }));
    expect(metrics.unmappedWaiting).toBe(0);
    const found = metrics.diagnostics.find((d) => d.code === 'mapped-above-measured');
    expect(found?.severity).toBe('warning');
    expect(found?.message).toContain('9\u00a0d');
    expect(found?.message).toContain('5\u00a0d');
  });

  it('gives each step its share of time waiting', () => {
    const metrics = computeMetrics(mapOf([...ends, step('A', { processTime: 30, leadTime: 120 }), step('B', { cycleTime: 10 })], flows('S>A>B>E')));
    expect(metrics.steps.map((s) => s.waitingShare)).toEqual([0.75, 0]);
  });
});

describe('wastes on kaizen bursts and notes', () => {
  it('counts each waste tagged, in the order they are taught, leaving out the untagged', () => {
    const at = { x: 0, y: 0 };
    const nodes = [
      { ...plain('kaizen-burst', { id: 'k1', text: 'Setup', ...at }), waste: 'waiting' as const },
      { ...plain('kaizen-burst', { id: 'k2', text: 'Scrap', ...at }), waste: 'defects' as const },
      { ...plain('sticky-note', { id: 'n1', text: 'Queue', ...at }), waste: 'waiting' as const },
      plain('sticky-note', { id: 'n2', text: 'Untagged', ...at }),
    ];
    expect(wasteCounts(mapOf(nodes, []))).toEqual([
      { waste: 'defects', label: 'Defects', count: 1 },
      { waste: 'waiting', label: 'Waiting', count: 2 },
    ]);
  });
});
