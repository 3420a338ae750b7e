import type { EventTable } from './event-table';

/**
 * Each case as its passes through activities, in the order they began. A start event opens a
 * pass of its activity; the next complete of that activity in the case closes it. A complete
 * with no open start is a pass whose start is unknown (begin = end), as in logs that record
 * completions only. A start never completed ends where it began. The events of a case arrive in
 * time order (the reader refuses a case that goes back in time), so creation order is begin order,
 * except where steps ran side by side and the export listed them by completion.
 */
export type CasePasses = {
  caseCount: number;
  activityCount: number;
  /** Passes of case c are [caseStart[c], caseStart[c + 1]). */
  caseStart: Int32Array;
  activity: Int32Array;
  begin: Float64Array;
  end: Float64Array;
  /** 1 when the pass has both a start and a complete, so its duration is a process time. */
  timed: Uint8Array;
};

export function groupPasses(table: EventTable): CasePasses {
  const caseCount = table.caseIds.length;
  const eventStart = new Int32Array(caseCount + 1);
  for (let event = 0; event < table.count; event += 1) eventStart[(table.caseOf[event] ?? 0) + 1]! += 1;
  for (let c = 0; c < caseCount; c += 1) eventStart[c + 1]! += eventStart[c] ?? 0;
  const order = new Int32Array(table.count);
  const fill = eventStart.slice(0, caseCount);
  for (let event = 0; event < table.count; event += 1) {
    const c = table.caseOf[event] ?? 0;
    order[fill[c]!] = event;
    fill[c]! += 1;
  }

  const caseStart = new Int32Array(caseCount + 1);
  const activity = new Int32Array(table.count);
  const begin = new Float64Array(table.count);
  const end = new Float64Array(table.count);
  const timed = new Uint8Array(table.count);
  const openPass = new Map<number, number>();
  let passes = 0;
  for (let c = 0; c < caseCount; c += 1) {
    caseStart[c] = passes;
    openPass.clear();
    for (let at = eventStart[c] ?? 0; at < (eventStart[c + 1] ?? 0); at += 1) {
      const event = order[at] ?? 0;
      const act = table.activityOf[event] ?? 0;
      const time = table.timeOf[event] ?? 0;
      if (table.isStart[event] === 1) {
        openPass.set(act, passes);
        activity[passes] = act;
        begin[passes] = time;
        end[passes] = time;
        passes += 1;
        continue;
      }
      const open = openPass.get(act);
      if (open !== undefined) {
        end[open] = time;
        timed[open] = 1;
        openPass.delete(act);
      } else {
        activity[passes] = act;
        begin[passes] = time;
        end[passes] = time;
        passes += 1;
      }
    }
  }
  caseStart[caseCount] = passes;
  return {
    caseCount,
    activityCount: table.activities.length,
    caseStart,
    activity: activity.subarray(0, passes),
    begin: begin.subarray(0, passes),
    end: end.subarray(0, passes),
    timed: timed.subarray(0, passes),
  };
}
