import { translator } from '../i18n/i18n-instance';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';
import type { MapSettings } from '../model/vsm-map';
import { exhaustiveSwitchError } from '../util/exhaustive';
import type { MapComparison, MetricComparison, MetricKey, MetricUnit, Verdict } from '../vsm';
import { formatDuration, naturalUnit, workingDaySeconds, type TimeUnit } from '../vsm';

/**
 * The current-versus-future table as text, exactly as the comparison view shows it and the PDF
 * report prints it. Every figure comes from compareMaps; this module only chooses units, rounds
 * and signs them:
 *
 * - a row's times share one unit (the one that suits the larger of before and after), so
 *   "23.6 d → 5 d" reads at a glance, except that a time which is not zero is never rounded
 *   to "0 d" ("4 d → 188 s"); days are working days of the current map;
 * - the activity ratio and %C&A are percentages, and their change is in percentage points (pp);
 * - changes carry a sign, with a true minus, and a relative change one decimal (−27.6 %, never
 *   a rounded −28 %); no change is "0"; a figure that cannot be worked out
 *   is an em dash;
 * - the verdict is in words as well as colour: Better, Worse, No change, Changed (takt follows
 *   the customer, so it is neither better nor worse), Not known.
 *
 * Words and figures are in the language and locale of `format` ("−27,6 %", "Besser" in German).
 */
export const COMPARISON_TABLE_KEYS = [
  'leadTime',
  'processTime',
  'activityRatio',
  'totalInventory',
  'stepCount',
  'handOffs',
  'rolledPercentCompleteAccurate',
  'totalOperators',
  'taktTime',
] as const satisfies readonly MetricKey[];

export type ComparisonRow = {
  key: MetricKey;
  label: string;
  before: string;
  after: string;
  change: string;
  changePercent: string;
  verdict: Verdict;
  verdictText: string;
};

type DaySettings = Pick<MapSettings, 'workingTimePerDay'>;

export const MISSING = '—';
const MINUS = '\u2212';

export function verdictText(verdict: Verdict, format: LocaleFormat = ENGLISH): string {
  return translator(format.language, 'figures')(`verdict.${verdict}`);
}

/** A magnitude with the sign of `value`: "+3", "−2,400"; none on what rounds to zero. */
function signed(magnitude: string, value: number): string {
  if (!/[1-9]/.test(magnitude)) return magnitude;
  return `${value < 0 ? MINUS : '+'}${magnitude}`;
}

function formatPercentNumber(percent: number, format: LocaleFormat): string {
  return Math.abs(percent) < 1 ? format.number(percent, { maximumSignificantDigits: 2 }) : format.number(percent);
}

function percentagePoints(format: LocaleFormat): string {
  return translator(format.language, 'units')('percentagePoints');
}

/** A value of the given unit as shown in its row; times in `unit`. */
function formatValue(value: number, unit: MetricUnit, settings: DaySettings, timeUnit: TimeUnit, format: LocaleFormat): string {
  switch (unit) {
    case 'seconds':
      return formatDuration(value, settings, { unit: timeUnit, format });
    case 'count':
      return format.number(value);
    case 'ratio':
      return format.withUnit(formatPercentNumber(value * 100, format), '%');
    case 'percent':
      return format.withUnit(formatPercentNumber(value, format), '%');
    default:
      return exhaustiveSwitchError(unit, 'metric unit');
  }
}

function formatChange(change: number, unit: MetricUnit, settings: DaySettings, timeUnit: TimeUnit, format: LocaleFormat): string {
  switch (unit) {
    case 'seconds':
      return signed(formatDuration(Math.abs(change), settings, { unit: timeUnit, format }), change);
    case 'count':
      return signed(format.number(Math.abs(change)), change);
    case 'ratio':
      return format.withUnit(signed(formatPercentNumber(Math.abs(change * 100), format), change), percentagePoints(format));
    case 'percent':
      return format.withUnit(signed(formatPercentNumber(Math.abs(change), format), change), percentagePoints(format));
    default:
      return exhaustiveSwitchError(unit, 'metric unit');
  }
}

/** One figure on its own, as the app shows it: a time in the unit that suits it, a ratio as a percentage. */
export function formatFigure(value: number | null, unit: MetricUnit, settings: DaySettings, format: LocaleFormat = ENGLISH): string {
  return value === null ? MISSING : formatValue(value, unit, settings, naturalUnit(value, settings), format);
}

/** A relative change as a signed percentage to one decimal: "−27.6 %", "+4.5 %", "−80 %". */
export function formatRelativeChange(relative: number | null, format: LocaleFormat = ENGLISH): string {
  if (relative === null) return MISSING;
  const percent = relative * 100;
  return format.withUnit(signed(format.number(Math.abs(percent)), percent), '%');
}

export function comparisonRow(metric: MetricComparison, settings: DaySettings, format: LocaleFormat = ENGLISH): ComparisonRow {
  const { before, after, absoluteChange, unit } = metric;
  const largest = Math.max(Math.abs(before ?? 0), Math.abs(after ?? 0));
  const timeUnit = naturalUnit(largest, settings);
  // A time that is not zero never reads as "0 d": it takes its own unit when the row's would round it away.
  const unitFor = (seconds: number) =>
    seconds !== 0 && !/[1-9]/.test(formatDuration(Math.abs(seconds), settings, { unit: timeUnit, format }))
      ? naturalUnit(seconds, settings)
      : timeUnit;
  const value = (figure: number | null) => (figure === null ? MISSING : formatValue(figure, unit, settings, unitFor(figure), format));
  return {
    key: metric.key,
    label: translator(format.language, 'vsm')(`metric.${metric.key}`),
    before: value(before),
    after: value(after),
    change: absoluteChange === null ? MISSING : formatChange(absoluteChange, unit, settings, unitFor(absoluteChange), format),
    changePercent: formatRelativeChange(metric.relativeChange, format),
    verdict: metric.verdict,
    verdictText: verdictText(metric.verdict, format),
  };
}

/** The table's rows, in COMPARISON_TABLE_KEYS order; `settings` are the current map's. */
export function comparisonRows(comparison: MapComparison, settings: DaySettings, format: LocaleFormat = ENGLISH): ComparisonRow[] {
  const byKey = new Map(comparison.metrics.map((metric) => [metric.key, metric]));
  return COMPARISON_TABLE_KEYS.flatMap((key) => {
    const metric = byKey.get(key);
    return metric ? [comparisonRow(metric, settings, format)] : [];
  });
}

/** The footnote that says how long the table's days are. */
export function dayLengthNote(settings: DaySettings, format: LocaleFormat = ENGLISH): string {
  const hours = format.number(workingDaySeconds(settings) / 3_600);
  const t = translator(format.language, 'figures');
  return settings.workingTimePerDay !== undefined ? t('dayLength', { hours }) : t('dayLengthUnset', { hours });
}
