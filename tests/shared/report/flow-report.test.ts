import { describe, expect, it } from 'vitest';
import { comparisonRanges, mapFlowReport } from '../../../shared/report/flow-report';
import { acmeStampingCurrentState } from '../../../shared/vsm/examples/acme-stamping-current';
import { acmeStampingFutureState } from '../../../shared/vsm/examples/acme-stamping-future';

describe('the flow the report prints', () => {
  it('simulates Acme Stamping as drawn the same way every time, naming the constraint and the queue growing', () => {
    const doc = acmeStampingCurrentState();
    doc.nodes.push({
      id: 'kb',
      kind: 'kaizen-burst',
      x: 0,
      y: 0,
      width: 100,
      height: 80,
      z: 1,
      text: 'Setup',
      color: 'yellow',
      originId: null,
      waste: 'waiting',
    });
    const report = mapFlowReport(doc);
    expect(report.run?.constraint).toBe('acme-assembly-1');
    expect(report.run?.growingQueues).toEqual(['acme-assembly-1']);
    expect(report.wastes).toEqual([{ waste: 'waiting', label: 'Waiting', count: 1 }]);
    expect(mapFlowReport(doc)).toEqual(report);
  });

  it('gives the current and future ranges, the future well below the current', () => {
    const [current, future] = comparisonRanges(acmeStampingCurrentState(), acmeStampingFutureState());
    expect(current?.range?.runs).toBe(5);
    expect(future?.range?.pooled?.p95).toBeLessThan(current?.range?.pooled?.p50 ?? 0);
  });
});
