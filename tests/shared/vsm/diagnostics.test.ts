import { describe, expect, it } from 'vitest';
import { computeMetrics, DIAGNOSTIC_CODES, type Diagnostic } from '../../../shared/vsm';
import { DAY, flows, mapOf, other, step, wait } from './build';

/** Missing data and broken rules: each reported with its code, severity and the nodes concerned. */
const ends = [other('supplier', 'S'), other('customer', 'E')];
const fullSettings = { demandPerPeriod: 400, workingDaysPerPeriod: 20, workingTimePerDay: DAY };

function found(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.severity} ${d.code} ${d.nodeIds.join(',')}`);
}

describe('missing data', () => {
  it('cannot turn inventory into days without demand, and counts it as no wait rather than guessing', () => {
    const doc = mapOf([...ends, step('A', { cycleTime: 10 }), wait('Q', { quantity: 500 })], flows('S>Q>A>E'), {
      workingTimePerDay: DAY,
    });
    const metrics = computeMetrics(doc);
    expect(metrics.taktTime).toBeNull();
    expect(metrics.dailyDemand).toBeNull();
    expect(metrics.leadTime).toBe(10);
    expect(metrics.stocks[0]).toMatchObject({ quantity: 500, waitTime: null, waitSource: null });
    expect(found(metrics.diagnostics)).toEqual(['warning demand-not-set ', 'warning working-days-not-set ', 'warning inventory-needs-demand Q']);
    expect(metrics.diagnostics[2]?.message).toContain('“Q” holds 500');
  });

  it('treats a demand of zero as not set', () => {
    const metrics = computeMetrics(mapOf([step('A', { cycleTime: 1 })], [], { ...fullSettings, demandPerPeriod: 0 }));
    expect(metrics.taktTime).toBeNull();
    expect(found(metrics.diagnostics)).toContain('warning demand-not-set ');
  });

  it('counts inventory days as 8-hour days and gives no takt while the working time per day is unset', () => {
    const doc = mapOf([...ends, step('A', { cycleTime: 10 }), wait('Q', { quantity: 60 })], flows('S>Q>A>E'), {
      demandPerPeriod: 400,
      workingDaysPerPeriod: 20,
    });
    const metrics = computeMetrics(doc);
    expect(metrics.dailyDemand).toBe(20);
    expect(metrics.taktTime).toBeNull();
    expect(metrics.stocks[0]?.waitTime).toBe(3 * 8 * 3_600);
    expect(found(metrics.diagnostics)).toEqual(['warning working-time-not-set ']);
  });

  it('prefers an explicit wait time to the quantity', () => {
    const doc = mapOf([...ends, wait('Q', { quantity: 60, waitTime: 90 })], flows('S>Q>E'), fullSettings);
    expect(computeMetrics(doc).stocks[0]).toMatchObject({ waitTime: 90, waitSource: 'wait-time' });
  });

  it('reports a step with no time and a stock with no data, and counts both as zero', () => {
    const doc = mapOf([...ends, step('A', {}), wait('Q', {}), step('B', { cycleTime: 5 })], flows('S>A>Q>B>E'), fullSettings);
    const metrics = computeMetrics(doc);
    expect(metrics.leadTime).toBe(5);
    expect(found(metrics.diagnostics)).toEqual(['warning process-time-missing A', 'warning stock-without-data Q']);
  });

  it('uses the process time when a stated lead time is shorter, and flags the contradiction as an error', () => {
    const doc = mapOf([...ends, step('A', { processTime: 600, leadTime: 300 })], flows('S>A>E'), fullSettings);
    const metrics = computeMetrics(doc);
    expect(metrics.leadTime).toBe(600);
    expect(metrics.steps[0]).toMatchObject({ leadTime: 600, leadTimeBelowProcessTime: true });
    expect(found(metrics.diagnostics)).toEqual(['error lead-time-below-process-time A']);
  });

  it('counts a step with only a lead time as all queue and no work', () => {
    const doc = mapOf([...ends, step('A', { leadTime: 300 })], flows('S>A>E'), fullSettings);
    const metrics = computeMetrics(doc);
    expect([metrics.leadTime, metrics.processTime]).toEqual([300, 0]);
    expect(metrics.timeline.map((s) => [s.kind, s.seconds])).toEqual([
      ['wait', 300],
      ['process', 0],
    ]);
    expect(found(metrics.diagnostics)).toEqual(['warning process-time-missing A']);
  });

  it('rolls %C&A over the steps that have it and lists those that do not', () => {
    const doc = mapOf(
      [
        ...ends,
        step('A', { cycleTime: 1, percentCompleteAccurate: 80 }),
        step('B', { cycleTime: 1 }),
        step('C', { cycleTime: 1, percentCompleteAccurate: 50 }),
      ],
      flows('S>A>B>C>E'),
      fullSettings,
    );
    const metrics = computeMetrics(doc);
    expect(metrics.rolledPercentCompleteAccurate).toBeCloseTo(40, 12);
    expect(found(metrics.diagnostics)).toEqual(['info percent-complete-accurate-missing B']);
  });
});

describe('mapping rules', () => {
  it('names both customers when a map has two', () => {
    const doc = mapOf([...ends, other('customer', 'E2'), step('A', { cycleTime: 1 })], flows('S>A>E', 'A>E2'), fullSettings);
    expect(found(computeMetrics(doc).diagnostics)).toEqual(['warning several-customers E,E2']);
  });

  it('flags each step slower than takt (takt = 28,800 s / 20 a day = 1,440 s)', () => {
    const doc = mapOf(
      [...ends, step('FAST', { cycleTime: 1_440 }), step('SLOW', { cycleTime: 1_441 }), step('CELL', { processTime: 4_000, cycleTime: 1_000 })],
      flows('S>FAST>SLOW>CELL>E'),
      fullSettings,
    );
    const metrics = computeMetrics(doc);
    expect(metrics.taktTime).toBe(1_440);
    expect(metrics.stepsOverTakt).toEqual(['SLOW']);
    expect(metrics.bottleneck).toEqual({ nodeId: 'SLOW', cycleTime: 1_441 });
    expect(found(metrics.diagnostics)).toEqual(['warning over-takt SLOW']);
    expect(metrics.diagnostics[0]?.message).toBe(
      '“SLOW” needs 1,441\u00a0s a piece, more than the takt time of 1,440\u00a0s: it cannot keep up with customer demand.',
    );
  });

  it('says a cycle time far above takt in words a room reads: its own unit first, then takt’s', () => {
    const doc = mapOf([...ends, step('PICK', { cycleTime: 1.5 * DAY }), step('PACK', { cycleTime: 1_500 })], flows('S>PICK>PACK>E'), {
      ...fullSettings,
      demandPerPeriod: 20 * 960,
    });
    const messages = computeMetrics(doc)
      .diagnostics.filter((finding) => finding.code === 'over-takt')
      .map((finding) => finding.message);
    expect(messages).toEqual([
      '“PICK” needs 1.5\u00a0d (43,200\u00a0s) a piece, more than the takt time of 30\u00a0s: it cannot keep up with customer demand.',
      '“PACK” needs 25\u00a0min (1,500\u00a0s) a piece, more than the takt time of 30\u00a0s: it cannot keep up with customer demand.',
    ]);
  });

  it('says nothing about an empty map', () => {
    const metrics = computeMetrics(mapOf([], []));
    expect(metrics.diagnostics).toEqual([]);
    expect([metrics.leadTime, metrics.processTime, metrics.activityRatio, metrics.bottleneck]).toEqual([0, 0, null, null]);
  });

  it('gives every diagnostic a known code, a severity, a message and the nodes it concerns', () => {
    const doc = mapOf(
      [
        ...ends,
        other('customer', 'E2'),
        step('A', {}),
        wait('Q', { quantity: 5 }),
        step('B', { processTime: 9, leadTime: 1 }),
        step('LONE', { cycleTime: 1 }),
      ],
      [...flows('S>A>Q>B>E', 'B>E2', 'B>A')],
    );
    const diagnostics = computeMetrics(doc).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(6);
    for (const d of diagnostics) {
      expect(DIAGNOSTIC_CODES).toContain(d.code);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.message.length).toBeGreaterThan(20);
    }
    const codesWithNodes = diagnostics.filter((d) => d.nodeIds.length > 0).map((d) => d.code);
    expect(codesWithNodes).toEqual(
      expect.arrayContaining([
        'not-on-flow',
        'several-customers',
        'rework-loop',
        'process-time-missing',
        'lead-time-below-process-time',
        'inventory-needs-demand',
      ]),
    );
  });
});
