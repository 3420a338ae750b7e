import { describe, expect, it } from 'vitest';
import {
  COMPARISON_TABLE_KEYS,
  comparisonRow,
  comparisonRows,
  dayLengthNote,
  formatRelativeChange,
  verdictText,
} from '../../../shared/comparison/format-comparison';
import { compareMaps, deriveFutureState, METRIC_DEFINITIONS, type MetricComparison, type MetricKey } from '../../../shared/vsm';
import { acmeStampingCurrentState, acmeStampingFutureState } from '../../../shared/vsm/examples';

const HOUR = 3_600;
const eightHours = { workingTimePerDay: 8 * HOUR };

function metric(key: MetricKey, before: number | null, after: number | null, verdict: MetricComparison['verdict']): MetricComparison {
  const { label, unit, better } = METRIC_DEFINITIONS[key];
  const absoluteChange = before === null || after === null ? null : after - before;
  const relativeChange = absoluteChange === null || !before ? null : absoluteChange / before;
  return { key, label, unit, better, before, after, absoluteChange, relativeChange, verdict };
}

describe('the comparison table’s text', () => {
  it('shows a row’s times in one unit, with a signed change and its percentage', () => {
    const row = comparisonRow(metric('leadTime', 23.5 * 8 * HOUR, 5 * 8 * HOUR, 'better'), eightHours);
    expect(row).toEqual({
      key: 'leadTime',
      label: 'Lead time',
      before: '23.5\u00a0d',
      after: '5\u00a0d',
      change: '\u221218.5\u00a0d',
      changePercent: '\u221278.7\u00a0%',
      verdict: 'better',
      verdictText: 'Better',
    });
  });

  it('picks the unit from the larger figure, so a small after is not shown in another unit', () => {
    const row = comparisonRow(metric('processTime', 1_800, 60, 'better'), eightHours);
    expect([row.before, row.after, row.change]).toEqual(['30\u00a0min', '1\u00a0min', '\u221229\u00a0min']);
    expect(comparison('processTime', 90, 60)).toEqual(['90\u00a0s', '60\u00a0s', '\u221230\u00a0s', '\u221233.3\u00a0%']);
  });

  it('never rounds a time that is not zero to nothing: it takes its own unit instead of “0 d”', () => {
    const row = comparisonRow(metric('processTime', 4 * 8 * HOUR, 188, 'better'), eightHours);
    expect([row.before, row.after, row.change]).toEqual(['4\u00a0d', '188\u00a0s', '\u22124\u00a0d']);
    const tiny = comparisonRow(metric('leadTime', 10 * 8 * HOUR, 10 * 8 * HOUR + 30, 'worse'), eightHours);
    expect([tiny.before, tiny.after, tiny.change]).toEqual(['10\u00a0d', '10\u00a0d', '+30\u00a0s']);
  });

  it('shows the activity ratio and rolled %C&A as percentages that change in percentage points', () => {
    expect(comparison('activityRatio', 0.0021, 0.0113)).toEqual(['0.21\u00a0%', '1.1\u00a0%', '+0.92\u00a0pp', '+438.1\u00a0%']);
    expect(comparison('rolledPercentCompleteAccurate', 45, 72.5)).toEqual(['45\u00a0%', '72.5\u00a0%', '+27.5\u00a0pp', '+61.1\u00a0%']);
  });

  it('shows counts with thousands separators and a true minus', () => {
    expect(comparison('totalInventory', 7_000, 4_600)).toEqual(['7,000', '4,600', '\u22122,400', '\u221234.3\u00a0%']);
    expect(comparison('handOffs', 3, 4)).toEqual(['3', '4', '+1', '+33.3\u00a0%']);
    expect(comparison('stepCount', 5, 5)).toEqual(['5', '5', '0', '0\u00a0%']);
  });

  it('uses a dash for what cannot be worked out, and a small change keeps a decimal', () => {
    expect(comparison('taktTime', null, 60)).toEqual(['—', '60\u00a0s', '—', '—']);
    expect(comparison('totalOperators', 0, 3)).toEqual(['0', '3', '+3', '—']);
    expect(formatRelativeChange(0.045)).toBe('+4.5\u00a0%');
    expect(formatRelativeChange(-0.0004)).toBe('0\u00a0%');
  });

  it('says the verdict in words', () => {
    expect(['better', 'worse', 'same', 'changed', 'unknown'].map((verdict) => verdictText(verdict as MetricComparison['verdict']))).toEqual([
      'Better',
      'Worse',
      'No change',
      'Changed',
      'Not known',
    ]);
  });

  it('lists the nine figures of the table in order, from compareMaps', () => {
    const current = acmeStampingCurrentState();
    const rows = comparisonRows(compareMaps(current, acmeStampingFutureState()), current.map.settings);
    expect(rows.map((row) => row.key)).toEqual([...COMPARISON_TABLE_KEYS]);
    expect(rows.find((row) => row.key === 'leadTime')?.verdictText).toBe('Better');
    expect(rows.find((row) => row.key === 'taktTime')?.verdictText).toBe('No change');
    const unchanged = comparisonRows(compareMaps(current, deriveFutureState(current)), current.map.settings);
    expect(unchanged.every((row) => row.verdictText === 'No change')).toBe(true);
    expect(unchanged.every((row) => row.before === row.after)).toBe(true);
  });

  it('says how long a day is', () => {
    expect(dayLengthNote({ workingTimePerDay: 27_600 })).toBe('A day (d) is 7.7 h of working time.');
    expect(dayLengthNote({})).toBe('A day (d) is 8 h of working time (no working time per day set on the current map).');
  });
});

function comparison(key: MetricKey, before: number | null, after: number | null): string[] {
  const row = comparisonRow(metric(key, before, after, 'same'), eightHours);
  return [row.before, row.after, row.change, row.changePercent];
}
