import { exponential, sample, type Random } from './distributions';
import type { Station } from './line-model';

/**
 * How long a step is busy with a batch: its changeover and each item's time, then failures while
 * it works, each followed by a repair (random: failures come at the rate its uptime and the time
 * to repair imply), or on average the work divided by the uptime. That busy time is working
 * time: on a step staffed for part of the day it is spread over the step's shifts
 * (finishOnShift), so an item that is not done when the shift ends waits for the next one.
 */
export type Breakdowns = 'random' | 'averaged';

/**
 * The working time a step has left before its next failure, carried from batch to batch. Time
 * between failures is exponential, so carrying the rest over gives the same failures as drawing
 * afresh for every batch, with one random number per failure instead of one per batch.
 */
export type FailureClock = { untilFailure: number };

export function newFailureClock(): FailureClock {
  return { untilFailure: -1 };
}

/** A batch's work when every item takes the same fixed time (no random number needed), else null. */
export function fixedBatchWork(station: Station, take: number): number | null {
  return station.service.kind === 'fixed' ? station.changeover + take * station.service.value : null;
}

export function batchWork(station: Station, take: number, random: Random): number {
  let work = station.changeover;
  for (let k = 0; k < take; k += 1) work += sample(station.service, random);
  return work;
}

/** The work with the failures that strike during it and their repairs. */
export function withFailures(
  work: number,
  station: Station,
  random: Random,
  repairTime: number,
  breakdowns: Breakdowns,
  clock: FailureClock,
): number {
  if (station.uptime >= 1) return work;
  if (breakdowns === 'averaged') return work / station.uptime;
  const between = (repairTime * station.uptime) / (1 - station.uptime);
  if (clock.untilFailure < 0) clock.untilFailure = exponential(between, random);
  let total = work;
  let left = work;
  while (clock.untilFailure < left) {
    left -= clock.untilFailure;
    total += exponential(repairTime, random);
    clock.untilFailure = exponential(between, random);
  }
  clock.untilFailure -= left;
  return total;
}

export function workTime(
  station: Station,
  take: number,
  random: Random,
  repairTime: number,
  breakdowns: Breakdowns,
  clock: FailureClock = newFailureClock(),
): number {
  return withFailures(batchWork(station, take, random), station, random, repairTime, breakdowns, clock);
}

/**
 * When `busy` seconds of work that starts at `start` are done on a step staffed for the first
 * `onShift` seconds of every working day of `day` seconds. Work started off shift begins with
 * the next shift; work reaching the end of a shift goes on at the start of the next.
 */
export function finishOnShift(start: number, busy: number, onShift: number, day: number): number {
  if (onShift >= day) return start + busy;
  let dayStart = Math.floor(start / day) * day;
  let at = start;
  if (at >= dayStart + onShift) {
    dayStart += day;
    at = dayStart;
  }
  const firstShiftLeft = dayStart + onShift - at;
  if (busy <= firstShiftLeft) return at + busy;
  const rest = busy - firstShiftLeft;
  const wholeShifts = Math.ceil(rest / onShift) - 1;
  return dayStart + (wholeShifts + 1) * day + (rest - wholeShifts * onShift);
}

/** Working time on shift between two instants, for a step staffed the first `onShift` seconds of every day. */
export function onShiftBetween(from: number, to: number, onShift: number, day: number): number {
  if (to <= from) return 0;
  if (onShift >= day) return to - from;
  const shiftTimeBefore = (time: number) => Math.floor(time / day) * onShift + Math.min(onShift, time - Math.floor(time / day) * day);
  return shiftTimeBefore(to) - shiftTimeBefore(from);
}
