import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTimerCommand,
  crossedZero,
  IDLE_TIMER,
  MINUTE_MS,
  readTimer,
  type TimerCommand,
  type TimerState,
} from '../../../shared/facilitation/timer';
import { formatClock } from '../../../shared/facilitation/format-duration';

const T0 = Date.parse('2026-11-25T09:00:00.000Z');
const seconds = (n: number) => n * 1000;

/** Runs commands at the given offsets from T0 and returns the final state and what was recorded. */
function play(start: TimerState, steps: [number, TimerCommand][]) {
  let timer = start;
  let recordedMs = 0;
  for (const [at, command] of steps) {
    const step = applyTimerCommand(timer, command, T0 + at);
    timer = step.timer;
    recordedMs += step.recorded?.ms ?? 0;
  }
  return { timer, recordedMs };
}

const tenMinutes: TimerCommand = { type: 'set', durationMs: 10 * MINUTE_MS, agendaItemId: 'a1', start: true };

describe('the wall-clock timer', () => {
  it('counts down from the moment it starts, computed from now rather than ticks', () => {
    const { timer } = play(IDLE_TIMER, [[0, tenMinutes]]);
    expect(readTimer(timer, T0 + seconds(90))).toMatchObject({ remainingMs: seconds(510), overtimeMs: 0, isOvertime: false });
    expect(readTimer(timer, T0 + 10 * MINUTE_MS)).toMatchObject({ remainingMs: 0, isOvertime: true });
  });

  it('stands still while paused and carries on from the same value after resume', () => {
    const { timer } = play(IDLE_TIMER, [
      [0, tenMinutes],
      [seconds(60), { type: 'pause' }],
    ]);
    expect(readTimer(timer, T0 + seconds(60)).remainingMs).toBe(seconds(540));
    expect(readTimer(timer, T0 + seconds(3600)).remainingMs).toBe(seconds(540));
    const resumed = applyTimerCommand(timer, { type: 'resume' }, T0 + seconds(3600)).timer;
    expect(readTimer(resumed, T0 + seconds(3630)).remainingMs).toBe(seconds(510));
  });

  it('adds and removes whole minutes without touching the time already counted', () => {
    const { timer } = play(IDLE_TIMER, [
      [0, tenMinutes],
      [seconds(30), { type: 'adjust', deltaMs: MINUTE_MS }],
      [seconds(40), { type: 'adjust', deltaMs: -3 * MINUTE_MS }],
    ]);
    expect(timer.durationMs).toBe(8 * MINUTE_MS);
    expect(readTimer(timer, T0 + seconds(60)).remainingMs).toBe(7 * MINUTE_MS);
  });

  it('never lets a timebox go below zero; removing the last minute puts a running timer into overtime', () => {
    const { timer } = play(IDLE_TIMER, [
      [0, { type: 'set', durationMs: MINUTE_MS, agendaItemId: null, start: true }],
      [seconds(20), { type: 'adjust', deltaMs: -5 * MINUTE_MS }],
    ]);
    expect(timer.durationMs).toBe(0);
    expect(readTimer(timer, T0 + seconds(25))).toMatchObject({ remainingMs: 0, overtimeMs: seconds(25), isOvertime: true });
  });

  it('counts overtime past zero and shows it', () => {
    const { timer } = play(IDLE_TIMER, [[0, tenMinutes]]);
    const reading = readTimer(timer, T0 + 10 * MINUTE_MS + seconds(75));
    expect(reading).toMatchObject({ remainingMs: 0, overtimeMs: seconds(75), isOvertime: true });
    expect(formatClock(reading.overtimeMs, 'down')).toBe('1:15');
  });

  it('reset returns to the full timebox, stopped; starting again counts from the top', () => {
    const { timer } = play(IDLE_TIMER, [
      [0, tenMinutes],
      [seconds(200), { type: 'reset' }],
    ]);
    expect(readTimer(timer, T0 + seconds(500))).toMatchObject({ status: 'idle', remainingMs: 10 * MINUTE_MS, isOvertime: false });
    const restarted = applyTimerCommand(timer, { type: 'start' }, T0 + seconds(500)).timer;
    expect(readTimer(restarted, T0 + seconds(560)).remainingMs).toBe(9 * MINUTE_MS);
  });

  it('toggle starts, pauses and resumes', () => {
    let timer: TimerState = { ...IDLE_TIMER, durationMs: 5 * MINUTE_MS };
    timer = applyTimerCommand(timer, { type: 'toggle' }, T0).timer;
    expect(timer.status).toBe('running');
    timer = applyTimerCommand(timer, { type: 'toggle' }, T0 + seconds(10)).timer;
    expect(timer.status).toBe('paused');
    timer = applyTimerCommand(timer, { type: 'toggle' }, T0 + seconds(100)).timer;
    expect(timer.status).toBe('running');
    expect(readTimer(timer, T0 + seconds(110)).elapsedMs).toBe(seconds(20));
  });

  it('records each running stretch for its agenda activity once: at pause, reset or a new timebox', () => {
    const first = applyTimerCommand(IDLE_TIMER, tenMinutes, T0);
    expect(first.recorded).toBeNull();
    const paused = applyTimerCommand(first.timer, { type: 'pause' }, T0 + seconds(100));
    expect(paused.recorded).toEqual({ agendaItemId: 'a1', ms: seconds(100) });
    expect(applyTimerCommand(paused.timer, { type: 'pause' }, T0 + seconds(200)).recorded).toBeNull();
    expect(applyTimerCommand(paused.timer, { type: 'reset' }, T0 + seconds(200)).recorded).toBeNull();
    const resumed = applyTimerCommand(paused.timer, { type: 'resume' }, T0 + seconds(300));
    const next = applyTimerCommand(resumed.timer, { type: 'set', durationMs: MINUTE_MS, agendaItemId: 'a2', start: false }, T0 + seconds(340));
    expect(next.recorded).toEqual({ agendaItemId: 'a1', ms: seconds(40) });
    expect(next.timer).toMatchObject({ agendaItemId: 'a2', status: 'idle', elapsedBeforeMs: 0 });
  });

  it('an ad hoc timer records nothing', () => {
    const started = applyTimerCommand(IDLE_TIMER, { type: 'set', durationMs: MINUTE_MS, agendaItemId: null, start: true }, T0);
    expect(applyTimerCommand(started.timer, { type: 'pause' }, T0 + seconds(30)).recorded).toBeNull();
  });

  it('a clock set back never counts negative time', () => {
    const { timer } = play(IDLE_TIMER, [[0, tenMinutes]]);
    expect(readTimer(timer, T0 - seconds(30)).elapsedMs).toBe(0);
    expect(applyTimerCommand(timer, { type: 'pause' }, T0 - seconds(30)).timer.elapsedBeforeMs).toBe(0);
  });

  it('chimes once, when the remaining time first reaches zero while running', () => {
    const { timer } = play(IDLE_TIMER, [[0, tenMinutes]]);
    const before = readTimer(timer, T0 + 10 * MINUTE_MS - 200);
    const at = readTimer(timer, T0 + 10 * MINUTE_MS + 50);
    const later = readTimer(timer, T0 + 10 * MINUTE_MS + 500);
    expect(crossedZero(before, at)).toBe(true);
    expect(crossedZero(at, later)).toBe(false);
    expect(crossedZero(readTimer(timer, T0), readTimer(timer, T0 + 1000))).toBe(false);
    const cut = applyTimerCommand(timer, { type: 'adjust', deltaMs: -10 * MINUTE_MS }, T0 + 5000).timer;
    expect(crossedZero(readTimer(timer, T0 + 5000), readTimer(cut, T0 + 5000))).toBe(true);
    const paused = applyTimerCommand(timer, { type: 'pause' }, T0 + 5000).timer;
    const pausedCut = applyTimerCommand(paused, { type: 'adjust', deltaMs: -10 * MINUTE_MS }, T0 + 5000).timer;
    expect(crossedZero(readTimer(paused, T0 + 5000), readTimer(pausedCut, T0 + 5000))).toBe(false);
  });

  const commandArb: fc.Arbitrary<TimerCommand> = fc.oneof(
    fc.record({
      type: fc.constant('set' as const),
      durationMs: fc.integer({ min: 0, max: 60 * MINUTE_MS }),
      agendaItemId: fc.constantFrom('a', 'b', null),
      start: fc.boolean(),
    }),
    fc.constantFrom<TimerCommand>({ type: 'start' }, { type: 'pause' }, { type: 'resume' }, { type: 'toggle' }, { type: 'reset' }),
    fc.record({ type: fc.constant('adjust' as const), deltaMs: fc.constantFrom(MINUTE_MS, -MINUTE_MS) }),
  );
  const scriptArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 10 * MINUTE_MS }), commandArb), { maxLength: 40 });

  it('property: elapsed time never goes backwards as the wall clock moves on, whatever is pressed', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        let timer = IDLE_TIMER;
        let now = T0;
        for (const [gap, command] of script) {
          const before = readTimer(timer, now + gap).elapsedMs;
          const probe = readTimer(timer, now + gap + 1234).elapsedMs;
          expect(probe).toBeGreaterThanOrEqual(before);
          now += gap;
          const next = applyTimerCommand(timer, command, now).timer;
          if (command.type !== 'set' && command.type !== 'reset') {
            expect(readTimer(next, now).elapsedMs).toBe(readTimer(timer, now).elapsedMs);
          }
          timer = next;
          expect(timer.durationMs).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('property: the actual time recorded for an activity equals the time its timer ran', () => {
    fc.assert(
      fc.property(scriptArb, (script) => {
        let timer: TimerState = { ...IDLE_TIMER, durationMs: 5 * MINUTE_MS, agendaItemId: 'a' };
        let now = T0;
        let recorded = 0;
        let runningMs = 0;
        for (const [gap, command] of script.filter(([, c]) => c.type !== 'set')) {
          if (timer.status === 'running') runningMs += gap;
          now += gap;
          const step = applyTimerCommand(timer, command, now);
          recorded += step.recorded?.ms ?? 0;
          timer = step.timer;
        }
        recorded += applyTimerCommand(timer, { type: 'pause' }, now).recorded?.ms ?? 0;
        expect(recorded).toBe(runningMs);
      }),
    );
  });
});

describe('formatClock', () => {
  it('rounds a countdown up to whole seconds and shows hours only when needed', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(10 * MINUTE_MS)).toBe('10:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(1999, 'down')).toBe('0:01');
  });
});
