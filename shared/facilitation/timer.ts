import { z } from 'zod';
import { refusal } from '../i18n/refusals';
import { IdSchema, type Id } from '../model/ids';
import { exhaustiveSwitchError } from '../util/exhaustive';

/**
 * The countdown timer, anchored to the wall clock. The state never counts down by itself: it
 * records when the current running stretch began and how much earlier stretches added up to, so
 * the time shown is always computed from `now`. Closing the app, reopening it a minute later or a
 * busy renderer skipping frames cannot make it drift. Every function takes `now` (epoch ms) so the
 * arithmetic is tested with a held clock.
 */
export const MINUTE_MS = 60_000;

/** A timebox longer than a whole day is a typing mistake, not a workshop activity. */
export const MAX_TIMER_MS = 24 * 60 * MINUTE_MS;

export const TIMER_STATUSES = ['idle', 'running', 'paused'] as const;

export type TimerStatus = (typeof TIMER_STATUSES)[number];

const EpochMsSchema = z.number().int().min(0);

export const TimerDurationSchema = z
  .number(refusal('milliseconds'))
  .int(refusal('wholeMilliseconds'))
  .min(0, refusal('negative'))
  .max(MAX_TIMER_MS, refusal('atMost24Hours'));

export const TimerStateSchema = z.object({
  durationMs: TimerDurationSchema,
  status: z.enum(TIMER_STATUSES),
  /** When the running stretch began (epoch ms); null unless running. */
  runningSinceMs: EpochMsSchema.nullable(),
  /** Time counted by earlier running stretches, before the last pause. */
  elapsedBeforeMs: z.number().int().min(0),
  /** The agenda activity this timebox belongs to, whose actual time it records; null for an ad hoc timer. */
  agendaItemId: IdSchema.nullable(),
});

export type TimerState = z.infer<typeof TimerStateSchema>;

export const TimerCommandSchema = z.discriminatedUnion('type', [
  /** Loads a new timebox, ending whatever ran before; optionally starts it at once. */
  z.strictObject({ type: z.literal('set'), durationMs: TimerDurationSchema, agendaItemId: IdSchema.nullable(), start: z.boolean() }),
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  /** Start, pause or resume, whichever fits: what one key press does. */
  z.strictObject({ type: z.literal('toggle') }),
  z.strictObject({ type: z.literal('adjust'), deltaMs: z.number().int().min(-MAX_TIMER_MS).max(MAX_TIMER_MS) }),
  /** Back to the full timebox, not running. */
  z.strictObject({ type: z.literal('reset') }),
]);

export type TimerCommand = z.infer<typeof TimerCommandSchema>;

/** A running stretch that just ended, to be added to its agenda activity's actual time. */
export type RecordedStretch = { agendaItemId: Id; ms: number };

export type TimerStep = { timer: TimerState; recorded: RecordedStretch | null };

export const IDLE_TIMER: TimerState = {
  durationMs: 0,
  status: 'idle',
  runningSinceMs: null,
  elapsedBeforeMs: 0,
  agendaItemId: null,
};

/**
 * How long the current running stretch has lasted (zero unless running). A clock set back (a
 * time-zone or NTP correction) never makes it negative.
 */
export function runningStretchMs(timer: TimerState, now: number): number {
  return timer.status === 'running' && timer.runningSinceMs !== null ? Math.max(0, now - timer.runningSinceMs) : 0;
}

export function elapsedMs(timer: TimerState, now: number): number {
  return timer.elapsedBeforeMs + runningStretchMs(timer, now);
}

export type TimerReading = {
  status: TimerStatus;
  durationMs: number;
  elapsedMs: number;
  /** Time left in the timebox; zero once it is over. */
  remainingMs: number;
  /** Time past the end of the timebox; zero until then. */
  overtimeMs: number;
  /** The timebox has run out (a started timer at or past zero). */
  isOvertime: boolean;
};

export function readTimer(timer: TimerState, now: number): TimerReading {
  const elapsed = elapsedMs(timer, now);
  const left = timer.durationMs - elapsed;
  return {
    status: timer.status,
    durationMs: timer.durationMs,
    elapsedMs: elapsed,
    remainingMs: Math.max(0, left),
    overtimeMs: Math.max(0, -left),
    isOvertime: timer.status !== 'idle' && left <= 0,
  };
}

/** Ends the running stretch, if any: its time is folded into elapsedBeforeMs and reported. */
function stop(timer: TimerState, now: number): TimerStep {
  if (timer.status !== 'running') return { timer, recorded: null };
  const ms = runningStretchMs(timer, now);
  const recorded = timer.agendaItemId !== null && ms > 0 ? { agendaItemId: timer.agendaItemId, ms } : null;
  return { timer: { ...timer, status: 'paused', runningSinceMs: null, elapsedBeforeMs: timer.elapsedBeforeMs + ms }, recorded };
}

function run(timer: TimerState, now: number): TimerState {
  return { ...timer, status: 'running', runningSinceMs: now };
}

function clampDuration(ms: number): number {
  return Math.min(MAX_TIMER_MS, Math.max(0, ms));
}

export function applyTimerCommand(timer: TimerState, command: TimerCommand, now: number): TimerStep {
  switch (command.type) {
    case 'set': {
      const { recorded } = stop(timer, now);
      const loaded: TimerState = { ...IDLE_TIMER, durationMs: command.durationMs, agendaItemId: command.agendaItemId };
      return { timer: command.start ? run(loaded, now) : loaded, recorded };
    }
    case 'start':
    case 'resume':
      return { timer: timer.status === 'running' ? timer : run(timer, now), recorded: null };
    case 'pause':
      return stop(timer, now);
    case 'toggle':
      return timer.status === 'running' ? stop(timer, now) : { timer: run(timer, now), recorded: null };
    case 'adjust':
      return { timer: { ...timer, durationMs: clampDuration(timer.durationMs + command.deltaMs) }, recorded: null };
    case 'reset': {
      const { recorded } = stop(timer, now);
      return { timer: { ...timer, status: 'idle', runningSinceMs: null, elapsedBeforeMs: 0 }, recorded };
    }
    default:
      return exhaustiveSwitchError(command, 'timer command');
  }
}

/** True when the timebox ran out between two readings (by time, or by taking minutes off): the moment to chime, once. */
export function crossedZero(before: TimerReading, after: TimerReading): boolean {
  return after.status === 'running' && before.remainingMs > 0 && after.remainingMs === 0;
}
