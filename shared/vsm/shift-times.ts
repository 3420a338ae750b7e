import type { ProcessData } from '../model/map-node';
import type { MapSettings } from '../model/vsm-map';
import { formatNotationTime } from './bare-numbers';

/**
 * A data box's shifts and available time per shift describe a working day (2 × 27,600 s =
 * 55,200 s), and so does the map's available working time per day, which alone sets takt and the
 * length of a day. The map's figure is the one source of truth; a box that states a different
 * day is said so, under the box's field and under the map's, never left to disagree silently.
 * While the map has none, the day its boxes agree on is offered for it (boxesWorkingDay).
 */
export function boxWorkingDay(process: ProcessData): number | null {
  const { shifts, availableTimePerShift } = process;
  return shifts !== undefined && availableTimePerShift !== undefined ? shifts * availableTimePerShift : null;
}

type DaySettings = Pick<MapSettings, 'workingTimePerDay'>;

const time = (seconds: number) => formatNotationTime(seconds, 'shift', {});

function boxDay(process: ProcessData, day: number): string {
  return `${process.shifts} × ${time(process.availableTimePerShift ?? 0)} = ${time(day)} a day`;
}

/** Said under a box's available time per shift when it disagrees with the map, or the map has none. */
export function shiftTimeNote(process: ProcessData, settings: DaySettings): string | null {
  const day = boxWorkingDay(process);
  if (day === null || day === settings.workingTimePerDay) return null;
  if (settings.workingTimePerDay === undefined) {
    return `${boxDay(process, day)}. The map has no available working time per day yet, and only that sets takt: enter ${time(day)} in the map settings.`;
  }
  return `${boxDay(process, day)}, but the map’s available working time per day, which sets takt, is ${time(settings.workingTimePerDay)}. Make the two agree.`;
}

/** Said under the map's working time per day: the boxes whose shifts state another day. */
export function workingDayNote(boxes: readonly { label: string; process: ProcessData }[], settings: DaySettings): string | null {
  const disagreeing = boxes.flatMap(({ label, process }) => {
    const day = boxWorkingDay(process);
    return day !== null && day !== settings.workingTimePerDay ? [{ label, day }] : [];
  });
  const [first] = disagreeing;
  if (!first) return null;
  const others = disagreeing.length - 1;
  const whose = others > 0 ? `“${first.label}” and ${others} more` : `“${first.label}”`;
  return `${whose} ${others > 0 ? 'state' : 'states'} ${time(first.day)} a day in shifts × available time.${settings.workingTimePerDay === undefined ? ' Enter it here to set takt.' : ' Make the two agree.'}`;
}

/** The working day every box that states one agrees on, to offer for the map; null if none or they differ. */
export function boxesWorkingDay(boxes: readonly { process: ProcessData }[]): number | null {
  const days = new Set(
    boxes.flatMap(({ process }) => {
      const day = boxWorkingDay(process);
      return day === null ? [] : [day];
    }),
  );
  const [only] = days;
  return days.size === 1 && only !== undefined ? only : null;
}
