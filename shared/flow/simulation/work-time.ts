import { exponential, sample, type Random } from './distributions';
import type { Station } from './line-model';

/**
 * How long a step is busy with a batch: its changeover, each item's time, slowed by the step's
 * share of the working day; then failures while it works, each followed by a repair (random:
 * failures come at the rate its uptime and the time to repair imply), or on average the work
 * divided by the uptime.
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

export function workTime(
  station: Station,
  take: number,
  random: Random,
  repairTime: number,
  breakdowns: Breakdowns,
  clock: FailureClock = newFailureClock(),
): number {
  let work = station.changeover;
  for (let k = 0; k < take; k += 1) work += sample(station.service, random);
  work /= station.availability;
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
