import type { MapSettings } from '../model/vsm-map';
import { exhaustiveSwitchError } from '../util/exhaustive';
import { formatDuration, type TimeUnit } from './units';
import { ENGLISH, type LocaleFormat } from '../locale/locale-format';

/**
 * How a number typed without a unit is read, one rule per kind of time, as a VSM data box writes
 * them (Learning to See: "C/T = 39 seconds", "27,600 sec. available"):
 *
 * - a time of work (cycle time, process time, changeover): seconds;
 * - a time of a shift or a day (available time per shift, working time per day): seconds too,
 *   so the book's 27,600 is 27,600 s (7 h 40 min), never 27,600 hours;
 * - a wait (a step's lead time, a stock's wait time): working days, the ladder's upper rungs.
 *
 * A number with a unit ("10 min", "7 h 40 min", "2.5 d") is read in that unit whatever the kind.
 * Data boxes show shift times in seconds, as the notation writes them; other times in the unit a
 * facilitator would say (units.ts naturalUnit).
 */
export const DURATION_KINDS = ['work', 'shift', 'wait'] as const;

export type DurationKind = (typeof DURATION_KINDS)[number];

export function bareNumberUnit(kind: DurationKind): TimeUnit {
  switch (kind) {
    case 'work':
    case 'shift':
      return 's';
    case 'wait':
      return 'd';
    default:
      return exhaustiveSwitchError(kind, 'duration kind');
  }
}

/** The field's hint: how a number alone is read. */
export function bareNumberHint(kind: DurationKind): string {
  return bareNumberUnit(kind) === 'd' ? 'A number alone is working days.' : 'A number alone is seconds.';
}

/** The field's placeholder: an example in each spelling the field reads. */
export function durationPlaceholder(kind: DurationKind): string {
  switch (kind) {
    case 'work':
      return 'e.g. 45 (s), 10 min';
    case 'shift':
      return 'e.g. 27600 (s), 7 h 40 min';
    case 'wait':
      return 'e.g. 2 (days), 4 h';
    default:
      return exhaustiveSwitchError(kind, 'duration kind');
  }
}

/** A time as a data box on the map prints it: "27,600 s" ("27.600 s" in German) for a shift, "39 s" or "1 h" for work. */
export function formatNotationTime(
  seconds: number,
  kind: DurationKind,
  settings: Pick<MapSettings, 'workingTimePerDay'>,
  format: LocaleFormat = ENGLISH,
): string {
  return kind === 'shift' ? format.withUnit(format.number(seconds), format.timeUnit('s')) : formatDuration(seconds, settings, { format });
}
