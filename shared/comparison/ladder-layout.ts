import { ENGLISH, type LocaleFormat } from '../locale/locale-format';
import type { MapSettings } from '../model/vsm-map';
import { formatDuration, fromUnit, naturalUnit, toUnit, type TimelineSegment, type VsmMetrics } from '../vsm';

/**
 * Two lead-time ladders, one above the other, on one time scale: where each rung starts and how
 * long it is, as fractions of the longer lead time, so that the shorter ladder is visibly
 * shorter. Rungs come straight from the engine's timelines. The axis has a few round ticks in
 * the unit that suits the longer lead time, written for the reader's locale ("0,5 d" in German).
 */
export type LadderRung = TimelineSegment & { start: number; width: number };

export type Ladder = { title: string; rungs: LadderRung[]; leadTime: number; processTime: number; end: number };

export type LadderTick = { at: number; label: string };

export type LadderChart = { ladders: Ladder[]; ticks: LadderTick[]; scaleSeconds: number };

type DaySettings = Pick<MapSettings, 'workingTimePerDay'>;

function ladder(title: string, metrics: VsmMetrics, scale: number): Ladder {
  let elapsed = 0;
  const rungs = metrics.timeline.map((segment) => {
    const rung = { ...segment, start: scale > 0 ? elapsed / scale : 0, width: scale > 0 ? segment.seconds / scale : 0 };
    elapsed += segment.seconds;
    return rung;
  });
  return { title, rungs, leadTime: metrics.leadTime, processTime: metrics.processTime, end: scale > 0 ? elapsed / scale : 0 };
}

/** 1, 2 or 5 times a power of ten: the step that gives about `count` ticks up to `max`. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const factor = [1, 2, 5, 10].find((candidate) => candidate * power >= rough) ?? 10;
  return factor * power;
}

function ticks(scale: number, settings: DaySettings, format: LocaleFormat): LadderTick[] {
  if (scale <= 0) return [];
  const unit = naturalUnit(scale, settings);
  const step = niceStep(toUnit(scale, unit, settings));
  const result: LadderTick[] = [];
  for (let value = 0; fromUnit(value, unit, settings) <= scale * (1 + 1e-9); value += step) {
    const seconds = fromUnit(value, unit, settings);
    result.push({ at: seconds / scale, label: formatDuration(seconds, settings, { unit, maximumFractionDigits: 2, format }) });
  }
  return result;
}

type LadderEntry = { title: string; metrics: VsmMetrics };

/** Ladders one above the other on the scale of the longest; the report draws a single map's alone. */
export function laddersChart(entries: readonly LadderEntry[], settings: DaySettings, format: LocaleFormat = ENGLISH): LadderChart {
  const total = (metrics: VsmMetrics) => metrics.timeline.reduce((sum, segment) => sum + segment.seconds, 0);
  const scale = Math.max(0, ...entries.map((entry) => total(entry.metrics)));
  return { ladders: entries.map((entry) => ladder(entry.title, entry.metrics, scale)), ticks: ticks(scale, settings, format), scaleSeconds: scale };
}

export function ladderChart(before: LadderEntry, after: LadderEntry, settings: DaySettings, format: LocaleFormat = ENGLISH): LadderChart {
  return laddersChart([before, after], settings, format);
}
