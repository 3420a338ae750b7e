import { describe, expect, it } from 'vitest';
import { mergeFlowJobParts, runFlowJob, runFlowJobPart, splitFlowJob, type FlowJob, type FlowPartResult } from '../../../shared/flow/flow-job';
import { AS_DRAWN } from '../../../shared/flow/simulation/what-if';
import { acmeStampingCurrentState } from '../../../shared/vsm/examples/acme-stamping-current';
import { acmeStampingFutureState } from '../../../shared/vsm/examples/acme-stamping-future';

/** The Flow tab splits a range over a pool of workers; the pool's size must never change a figure. */
const job: FlowJob = {
  kind: 'range',
  entries: [
    { doc: acmeStampingCurrentState(), whatIf: { ...AS_DRAWN, variability: 'as-mapped' }, name: 'Current' },
    { doc: acmeStampingFutureState(), whatIf: AS_DRAWN, name: 'Future' },
  ],
  days: 3,
  runs: 5,
  seed: 11,
};

function runInParts(workers: number) {
  const parts = splitFlowJob(job, workers);
  const results: FlowPartResult[] = [];
  for (const part of parts) {
    const result = runFlowJobPart(part);
    if (!result) throw new Error('Cancelled');
    results.push(result);
  }
  return { parts, result: mergeFlowJobParts(job, results) };
}

describe('a flow job split over a pool of workers', () => {
  it('covers every run exactly once, in order, with no more parts than runs', () => {
    for (const workers of [1, 2, 3, 4, 8]) {
      const slice = splitFlowJob(job, workers).map((part) => part.slice);
      expect(slice.length).toBe(Math.min(workers, job.runs));
      expect(slice[0]?.from).toBe(0);
      expect(slice[slice.length - 1]?.to).toBe(job.runs);
      slice.slice(1).forEach((part, index) => expect(part.from).toBe(slice[index]?.to));
    }
  });

  it('gives the same ranges with one, two or four workers', () => {
    const whole = runFlowJob(job);
    if (whole?.kind !== 'range') throw new Error('No range');
    expect(whole.ranges.map((range) => range.range?.runs)).toEqual([5, 5]);
    expect(runInParts(2).result).toEqual(whole);
    expect(runInParts(4).result).toEqual(whole);
  });

  it('tells each part its own progress and stops when cancelled', () => {
    const [first] = splitFlowJob(job, 2);
    if (!first) throw new Error('No part');
    const seen: [number, number][] = [];
    runFlowJobPart(first, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([1, 2, 3, 4].map((done) => [done, 4]));
    let calls = 0;
    expect(runFlowJobPart(first, { cancelled: () => ++calls > 1 })).toBeNull();
  });
});
