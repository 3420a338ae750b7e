import { describe, expect, it } from 'vitest';
import { localeFormat } from '../../../shared/locale/locale-format';
import { placeBadges } from '../../../shared/comparison/badge-placement';
import { formatRelativeChange } from '../../../shared/comparison/format-comparison';
import { differenceLegend, stepMarks } from '../../../shared/comparison/step-marks';
import { mergeSteps } from '../../../shared/editing/commands-merge';
import { applyChanges } from '../../../shared/editing/map-change';
import type { Rect } from '../../../shared/geometry/rect';
import type { StockNode } from '../../../shared/model/map-node';
import { compareMaps, deriveFutureState } from '../../../shared/vsm';
import { acmeStampingCurrentState } from '../../../shared/vsm/examples';

/** Learning to See's future state as a room makes it from the current map: four stations into one cell. */
function acmePair() {
  const current = acmeStampingCurrentState();
  const derived = deriveFutureState(current, { name: 'Acme Stamping – future state, continuous flow cell' });
  const ids = ['acme-weld-1', 'acme-weld-2', 'acme-assembly-1', 'acme-assembly-2'].map(
    (origin) => derived.nodes.find((node) => node.originId === origin)!.id,
  );
  const future = applyChanges(derived, mergeSteps(derived, ids).changes);
  return { current, future, comparison: compareMaps(current, future) };
}

describe('the comparison says what changed', () => {
  it('names each removed inventory by what it held and between which steps it stood', () => {
    const { current, future, comparison } = acmePair();
    const removed = stepMarks(comparison, current, future).filter((mark) => mark.kind === 'removed');
    expect(removed.map((mark) => mark.lines)).toEqual([
      ['Removed inventory: 1,700\u00a0pcs between “S. Weld #1” and “S. Weld #2”'],
      ['Removed inventory: 2,450\u00a0pcs between “S. Weld #2” and “Assembly #1”'],
      ['Removed inventory: 1,840\u00a0pcs between “Assembly #1” and “Assembly #2”'],
    ]);
  });

  it('says it in German, with German figures and quotes', () => {
    const { current, future, comparison } = acmePair();
    const german = localeFormat('de-DE');
    const marks = stepMarks(comparison, current, future, german);
    expect(marks.find((mark) => mark.kind === 'removed')?.lines).toEqual([
      'Entfernt: Lagerbestand, 1.700\u00a0pcs zwischen „S. Weld #1“ und „S. Weld #2“',
    ]);
    expect(marks.find((mark) => mark.kind === 'merged')?.lines[0]).toMatch(/^4 Schritte zusammengelegt zu 1: /);
    expect(differenceLegend(comparison, marks, german).map((entry) => entry.text)).toContain('3 entfernt');
  });

  it('says how many steps were merged into how many, and which', () => {
    const { current, future, comparison } = acmePair();
    const marks = stepMarks(comparison, current, future);
    expect(marks.find((mark) => mark.kind === 'merged')?.lines).toEqual(['4 steps merged into 1: S. Weld #1, S. Weld #2, Assembly #1, Assembly #2']);
    expect(differenceLegend(comparison, marks).map((entry) => entry.text)).toEqual([
      '4 steps merged into 1',
      '0 changed',
      '0 new',
      '3 removed',
      '0 split',
    ]);
  });

  it('gives a change in percent to one decimal', () => {
    expect(formatRelativeChange(-0.276)).toBe('\u221227.6\u00a0%');
    expect(formatRelativeChange(-0.8)).toBe('\u221280\u00a0%');
    expect(formatRelativeChange(0.0004)).toBe('0\u00a0%');
  });
});

describe('badge placement', () => {
  const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('keeps badges of neighbouring marks apart when they are wider than the gap between the marks', () => {
    const marks = [0, 1, 2].map((index) => ({ x: 700 + index * 320, y: 410, width: 90, height: 80 }));
    const badges = placeBadges(
      marks.map((rect) => ({ rect, width: 380, height: 90, prefer: 'below' })),
      marks,
      { gap: 20 },
    );
    for (const [index, badge] of badges.entries()) {
      for (const other of badges.slice(index + 1)) expect(overlaps(badge, other)).toBe(false);
      for (const mark of marks) expect(overlaps(badge, mark)).toBe(false);
    }
    expect(badges[0]!.y).toBeGreaterThan(410 + 80);
  });

  it('moves a badge off a node when the other side is clear', () => {
    const mark = { x: 0, y: 100, width: 100, height: 50 };
    const nodeAbove = { x: 0, y: 40, width: 200, height: 55 };
    const [badge] = placeBadges([{ rect: mark, width: 60, height: 20, prefer: 'above' }], [mark, nodeAbove], { gap: 4 });
    expect(badge!.y).toBeGreaterThan(150);
  });
});

describe('a removed stock of another kind', () => {
  it('is called by its kind, and by a wait time when it held no count', () => {
    const current = acmeStampingCurrentState();
    const coils = current.nodes.find((node) => node.id === 'acme-coils');
    if (coils?.kind !== 'inventory') throw new Error('The example has no coil inventory');
    const supermarket: StockNode = { ...coils, kind: 'supermarket' };
    const asSupermarket = { ...current, nodes: current.nodes.map((node) => (node.id === coils.id ? supermarket : node)) };
    const future = deriveFutureState(asSupermarket, { name: 'Future' });
    const withoutCoils = { ...future, nodes: future.nodes.filter((node) => node.originId !== coils.id) };
    const marks = stepMarks(compareMaps(asSupermarket, withoutCoils), asSupermarket, withoutCoils);
    expect(marks.find((mark) => mark.nodeId === coils.id)?.lines).toEqual(['Removed supermarket: 5\u00a0d before “Stamping”']);
  });
});
