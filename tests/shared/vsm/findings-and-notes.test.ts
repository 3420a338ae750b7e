import { describe, expect, it } from 'vitest';
import type { MapNode } from '../../../shared/model/map-node';
import { compareMaps, computeMetrics, deriveFutureState } from '../../../shared/vsm';
import { arrow } from '../../../shared/vsm/examples/example-builder';
import { DAY, flows, mapOf, other, step, wait } from './build';

/**
 * Findings write their sentences when first read (diagnostics.ts), and the flow graph numbers
 * its vertices by document position, nodes that carry no material included (flow-graph.ts).
 * These hold what either could break: a finding's sentence travels with it wherever it is
 * copied, and notes, bursts and information arrows between the steps change no figure.
 */
// Takt is 72 s, so B (90 s) is over it.
const settings = { demandPerPeriod: 8_000, workingDaysPerPeriod: 20, workingTimePerDay: DAY };
const line: MapNode[] = [
  other('supplier', 'S'),
  step('A', { cycleTime: 30 }),
  wait('Q', { quantity: 40 }),
  step('B', { cycleTime: 90, percentCompleteAccurate: 95 }),
  wait('R', {}),
  step('C', { cycleTime: 20 }),
  other('customer', 'E'),
];
const reworkArrow = { ...arrow('back', 'push', 'C', 'B'), reworkRate: 10 };
const connectors = [...flows('S>A>Q>B>R>C>E'), reworkArrow];

describe('a finding', () => {
  const { diagnostics } = computeMetrics(mapOf(line, connectors, settings));

  it('carries its sentence into JSON, a structured clone and a spread copy', () => {
    expect(diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['rework-loop', 'over-takt', 'stock-without-data', 'percent-complete-accurate-missing']),
    );
    for (const finding of diagnostics) {
      const { message } = finding;
      expect(message.length).toBeGreaterThan(20);
      expect(Object.keys(finding)).toContain('message');
      expect((JSON.parse(JSON.stringify(finding)) as { message: unknown }).message).toBe(message);
      expect(structuredClone(finding).message).toBe(message);
      expect({ ...finding }.message).toBe(message);
      expect(finding.message).toBe(message);
    }
  });

  it('names the rework loop by its stops, in flow order and back to the first', () => {
    expect(diagnostics.find((d) => d.code === 'rework-loop')?.message).toContain('“B” → “R” → “C” → “B”');
  });
});

describe('nodes that carry no material', () => {
  const notes: MapNode[] = [
    other('sticky-note', 'N1'),
    other('kaizen-burst', 'K1'),
    other('production-control', 'PC'),
    other('text', 'T1'),
    other('operator', 'O1'),
  ];
  const interleaved = line.flatMap((node, index) => (notes[index] ? [notes[index], node] : [node]));
  const infoArrows = [arrow('i1', 'manual-info', 'PC', 'B'), arrow('i2', 'electronic-info', 'PC', 'A'), arrow('n1', 'push', 'N1', 'A')];
  const plainMap = mapOf(line, connectors, settings);
  const notedMap = mapOf(interleaved, [...infoArrows, ...connectors], settings);

  it('change no figure, path, ladder, loop or finding when placed between the steps', () => {
    const plain = computeMetrics(plainMap);
    const noted = computeMetrics(notedMap);
    const { diagnostics: plainFindings, ...plainFigures } = plain;
    const { diagnostics: notedFindings, ...notedFigures } = noted;
    expect(notedFigures).toEqual(plainFigures);
    expect(notedFindings.map((d) => [d.code, d.nodeIds, d.connectorIds, d.message])).toEqual(
      plainFindings.map((d) => [d.code, d.nodeIds, d.connectorIds, d.message]),
    );
    expect(noted.criticalPath).toEqual(['S', 'A', 'Q', 'B', 'R', 'C', 'E']);
  });

  it('leave the comparison with its future state unchanged', () => {
    const ids = (() => {
      let serial = 0;
      return () => `f${(serial += 1)}`;
    })();
    const future = deriveFutureState(notedMap, { newId: ids, now: '2026-01-01T00:00:00.000Z' });
    const comparison = compareMaps(notedMap, future);
    expect(comparison.steps.unchanged.map((pair) => pair.current.nodeId)).toEqual(['A', 'B', 'C']);
    expect(comparison.inventoryRemoved).toEqual([]);
    expect(comparison.kaizenBursts.map((burst) => burst.nodeId)).toHaveLength(1);
  });
});
