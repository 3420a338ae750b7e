import { describe, expect, it } from 'vitest';
import { ladderChart, laddersChart } from '../../../shared/comparison/ladder-layout';
import { localeFormat } from '../../../shared/locale/locale-format';
import { computeMetrics } from '../../../shared/vsm';
import { DAY, flows, mapOf, other, step, wait } from '../vsm/build';

const settings = { demandPerPeriod: 400, workingDaysPerPeriod: 20, workingTimePerDay: DAY };

const twoDays = mapOf(
  [other('supplier', 'S'), step('A', { cycleTime: 100 }), wait('Q', { quantity: 40 }), step('B', { cycleTime: 200 }), other('customer', 'E')],
  flows('S>A>Q>B>E'),
  settings,
);

describe('the comparison ladder’s axis in the reader’s locale', () => {
  const metrics = computeMetrics(twoDays);

  it('writes the ticks with a German decimal comma', () => {
    const chart = ladderChart({ title: 'Ist', metrics }, { title: 'Soll', metrics }, settings, localeFormat('de-DE'));
    expect(chart.ticks.map((tick) => tick.label)).toEqual(['0\u00a0d', '0,5\u00a0d', '1\u00a0d', '1,5\u00a0d', '2\u00a0d']);
  });

  it('writes the French day as "j" for the report’s single ladder', () => {
    const chart = laddersChart([{ title: 'Actuel', metrics }], settings, localeFormat('fr-FR'));
    expect(chart.ticks.map((tick) => tick.label)).toEqual(['0\u00a0j', '0,5\u00a0j', '1\u00a0j', '1,5\u00a0j', '2\u00a0j']);
  });

  it('keeps English for a caller without a locale', () => {
    expect(laddersChart([{ title: 'Current', metrics }], settings).ticks[1]?.label).toBe('0.5\u00a0d');
  });
});
