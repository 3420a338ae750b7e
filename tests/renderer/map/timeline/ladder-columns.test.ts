import { describe, expect, it } from 'vitest';
import { ladderColumns } from '../../../../renderer/map/timeline/ladder-columns';
import { computeMetrics } from '../../../../shared/vsm';
import { acmeStampingCurrentState, officeOrderFulfilment } from '../../../../shared/vsm/examples';

describe('ladderColumns', () => {
  it('gives Learning to See’s ladder: waits above for the triangles, process times below for the boxes', () => {
    const metrics = computeMetrics(acmeStampingCurrentState());
    const columns = ladderColumns(metrics);
    expect(columns.map((column) => column.label)).toEqual(metrics.timeline.map((segment) => segment.label));
    const weld = columns.find((column) => column.label === 'S. Weld #1')!;
    expect(weld).toMatchObject({ upper: null, lower: 39 });
    const stampings = columns.find((column) => column.label.startsWith('Stampings'))!;
    expect(stampings.lower).toBeNull();
    expect(stampings.upper).toBeGreaterThan(0);
  });

  it('puts an office step’s lead time above its process time, in one column', () => {
    const metrics = computeMetrics(officeOrderFulfilment());
    const review = ladderColumns(metrics).find((column) => column.label === 'Engineering review')!;
    expect(review).toMatchObject({ upper: 3 * 8 * 3600, lower: 2 * 3600 });
    expect(ladderColumns(metrics)).toHaveLength(5);
  });
});
