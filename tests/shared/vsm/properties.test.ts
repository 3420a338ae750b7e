import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMaps, computeMetrics, deriveFutureState, isMaterialFlow } from '../../../shared/vsm';
import { arbitraryMap } from './arbitrary-map';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('engine properties on random maps (fast-check)', () => {
  it('lead time is never below process time, and the activity ratio lies in [0, 1]', () => {
    fc.assert(
      fc.property(arbitraryMap, (doc) => {
        const metrics = computeMetrics(doc);
        expect(metrics.leadTime).toBeGreaterThanOrEqual(metrics.processTime);
        if (metrics.leadTime === 0) expect(metrics.activityRatio).toBeNull();
        else {
          expect(metrics.activityRatio).toBeGreaterThanOrEqual(0);
          expect(metrics.activityRatio).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the timeline adds up to the lead time and its process rungs to the process time', () => {
    fc.assert(
      fc.property(arbitraryMap, (doc) => {
        const { timeline, leadTime, processTime } = computeMetrics(doc);
        const tolerance = 1e-9 * Math.max(1, leadTime);
        expect(Math.abs(sum(timeline.map((s) => s.seconds)) - leadTime)).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(sum(timeline.filter((s) => s.kind === 'process').map((s) => s.seconds)) - processTime)).toBeLessThanOrEqual(tolerance);
        expect(timeline.every((s) => s.seconds >= 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the critical path follows material arrows and visits no node twice', () => {
    fc.assert(
      fc.property(arbitraryMap, (doc) => {
        const { criticalPath } = computeMetrics(doc);
        const material = doc.connectors.filter((c) => isMaterialFlow(c.kind));
        const joined = new Set(material.map((c) => `${c.fromId}>${c.toId}`));
        criticalPath.slice(1).forEach((id, i) => expect(joined.has(`${criticalPath[i]}>${id}`)).toBe(true));
        if (criticalPath.length > 0) expect(new Set(criticalPath).size).toBe(criticalPath.length);
      }),
      { numRuns: 500 },
    );
  });

  it('a map compared with itself, or with the future state derived from it, changes nothing', () => {
    fc.assert(
      fc.property(arbitraryMap, (doc) => {
        for (const other of [doc, deriveFutureState(doc)]) {
          const comparison = compareMaps(doc, other);
          for (const m of comparison.metrics) {
            expect(m.verdict).toBe('same');
            expect([0, null]).toContain(m.absoluteChange);
            expect([0, null]).toContain(m.relativeChange);
          }
          const { removed, added, changed, merged, split, unchanged } = comparison.steps;
          expect([removed, added, changed, merged, split]).toEqual([[], [], [], [], []]);
          expect(unchanged).toHaveLength(comparison.current.stepCount);
          expect(comparison.inventoryRemoved).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
