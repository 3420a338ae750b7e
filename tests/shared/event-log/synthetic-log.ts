/**
 * A seeded synthetic event log whose truth is known: every case takes Receive → Triage → Fix →
 * Review → Close, 3 % detour through a rare Escalate between Triage and Fix, and a quarter are
 * sent back from Review to Fix once. Each step's work is uniform on [low, high] minutes (median
 * and P85 known in closed form) and the wait before it exponential with a known mean (median
 * mean·ln 2, P85 −mean·ln 0.15). Each case's lead time is recorded as generated, for comparison.
 */
export const MAIN_PATH = ['Receive', 'Triage', 'Fix', 'Review', 'Close'] as const;

type Activity = (typeof MAIN_PATH)[number] | 'Escalate';

export const WORK_MINUTES: Record<Activity, [number, number]> = {
  Receive: [2, 6],
  Triage: [10, 30],
  Fix: [60, 180],
  Review: [20, 40],
  Close: [5, 15],
  Escalate: [30, 60],
};

export const MEAN_WAIT_MINUTES: Record<Activity, number> = { Receive: 0, Triage: 240, Fix: 960, Review: 480, Close: 120, Escalate: 600 };

export const REWORK_SHARE = 0.25;
export const ESCALATE_SHARE = 0.03;

export type SyntheticEvent = { caseId: string; activity: Activity; lifecycle: 'start' | 'complete'; time: number };

export type SyntheticLog = { events: SyntheticEvent[]; leadTimesSeconds: number[]; reworkedCases: number; escalatedCases: number };

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function generateLog(cases: number, seed: number): SyntheticLog {
  const random = seededRandom(seed);
  const events: SyntheticEvent[] = [];
  const leadTimesSeconds: number[] = [];
  let reworkedCases = 0;
  let escalatedCases = 0;
  const begin = Date.UTC(2026, 0, 5, 8);
  for (let index = 0; index < cases; index += 1) {
    const caseId = `C-${String(index + 1).padStart(5, '0')}`;
    const escalate = random() < ESCALATE_SHARE;
    const rework = random() < REWORK_SHARE;
    if (escalate) escalatedCases += 1;
    if (rework) reworkedCases += 1;
    const path: Activity[] = [
      'Receive',
      'Triage',
      ...(escalate ? (['Escalate'] as const) : []),
      'Fix',
      'Review',
      ...(rework ? (['Fix', 'Review'] as const) : []),
      'Close',
    ];
    const caseStart = begin + Math.floor(random() * 90 * 86_400_000);
    let clock = caseStart;
    for (const activity of path) {
      const meanWait = MEAN_WAIT_MINUTES[activity];
      clock += meanWait > 0 ? -Math.log(1 - random()) * meanWait * 60_000 : 0;
      const [low, high] = WORK_MINUTES[activity];
      const work = (low + random() * (high - low)) * 60_000;
      events.push({ caseId, activity, lifecycle: 'start', time: Math.round(clock) });
      clock += work;
      events.push({ caseId, activity, lifecycle: 'complete', time: Math.round(clock) });
    }
    leadTimesSeconds.push((Math.round(clock) - caseStart) / 1_000);
  }
  return { events: interleaveCases(events), leadTimesSeconds, reworkedCases, escalatedCases };
}

/** Sorted by time across cases, as a system exports them; each case stays in its own order. */
function interleaveCases(events: SyntheticEvent[]): SyntheticEvent[] {
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.time - b.event.time || a.order - b.order)
    .map(({ event }) => event);
}

export function toCsv(log: SyntheticLog, delimiter = ','): string {
  const lines = log.events.map((event) => [event.caseId, event.activity, new Date(event.time).toISOString(), event.lifecycle].join(delimiter));
  return [['Case ID', 'Activity', 'Timestamp', 'Lifecycle'].join(delimiter), ...lines].join('\n');
}

export function toXes(log: SyntheticLog): string {
  const byCase = new Map<string, SyntheticEvent[]>();
  for (const event of log.events) byCase.set(event.caseId, [...(byCase.get(event.caseId) ?? []), event]);
  const traces = [...byCase].map(
    ([caseId, events]) =>
      `<trace><string key="concept:name" value="${caseId}"/>` +
      events
        .map(
          (event) =>
            `<event><string key="concept:name" value="${event.activity}"/><string key="lifecycle:transition" value="${event.lifecycle}"/><date key="time:timestamp" value="${new Date(event.time).toISOString()}"/></event>`,
        )
        .join('') +
      '</trace>',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849-2016">${traces.join('\n')}</log>`;
}

export function uniformQuantile([low, high]: [number, number], q: number): number {
  return (low + q * (high - low)) * 60;
}

export function exponentialQuantile(meanMinutes: number, q: number): number {
  return -Math.log(1 - q) * meanMinutes * 60;
}

/** Feeds a CSV written by `toCsv` (no quoted fields) to a row reader, rows numbered from 2 under the header. */
export function feedCsvRows(csv: string, reader: { read(fields: readonly string[], row: number): void }, delimiter = ','): void {
  csv
    .split('\n')
    .slice(1)
    .forEach((line, index) => reader.read(line.split(delimiter), index + 2));
}
