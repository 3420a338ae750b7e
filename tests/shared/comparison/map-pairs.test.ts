import { describe, expect, it } from 'vitest';
import { comparisonFor, nextFutureStateName } from '../../../shared/comparison/map-pairs';
import type { MapMeta } from '../../../shared/model/vsm-map';

function map(id: string, state: MapMeta['state'], derivedFromMapId: string | null = null, name = id): MapMeta {
  const at = '2026-01-01T00:00:00.000Z';
  return { id, workshopId: 'w', name, state, derivedFromMapId, settings: {}, revision: 0, createdAt: at, updatedAt: at };
}

describe('which maps to compare', () => {
  const maps = [map('c1', 'current'), map('c2', 'current'), map('f1', 'future', 'c2'), map('f2', 'future', 'c2'), map('blank', 'future')];

  it('compares a future state with the map it came from, or else the first current state', () => {
    expect(comparisonFor(maps, 'f1')).toEqual({ currentId: 'c2', futureId: 'f1' });
    expect(comparisonFor(maps, 'blank')).toEqual({ currentId: 'c1', futureId: 'blank' });
  });

  it('compares a current state with its newest future state, or else the newest one', () => {
    expect(comparisonFor(maps, 'c2')).toEqual({ currentId: 'c2', futureId: 'f2' });
    expect(comparisonFor(maps, 'c1')).toEqual({ currentId: 'c1', futureId: 'blank' });
  });

  it('never pairs a future state with a current state it was not derived from', () => {
    const withSketch = [map('sketch', 'current'), map('c2', 'current'), map('f1', 'future', 'c2')];
    expect(comparisonFor(withSketch, 'sketch')).toEqual({ currentId: 'c2', futureId: 'f1' });
  });

  it('has nothing to compare without both kinds of map', () => {
    expect(comparisonFor([map('c1', 'current')], 'c1')).toBeNull();
    expect(comparisonFor([map('f1', 'future')], 'f1')).toBeNull();
    expect(comparisonFor(maps, 'ghost')).toBeNull();
  });
});

describe('the name of a new future state', () => {
  it('numbers future states after the first, skipping names taken', () => {
    expect(nextFutureStateName([map('c', 'current', null, 'Current state')])).toBe('Future state');
    expect(nextFutureStateName([map('f', 'future', null, 'future state'), map('g', 'future', null, 'Future state 3')])).toBe('Future state 2');
  });
});
