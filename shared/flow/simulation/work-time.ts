import { exponential, sample, type Random } from './distributions';
import type { Station } from './line-model';

/**
 * How long a step is busy with a batch: its changeover, each item's time, slowed by the step's
 * share of the working day; then failures while it works, each followed by a repair (random:
 * failures come at the rate its uptime and the time to repair imply), or on average the work
 * divided by the uptime.
 */
export type Breakdowns = 'random' | 'averaged';

export function workTime(station: Station, take: number, random: Random, repairTime: number, breakdowns: Breakdowns): number {
  let work = station.changeover;
  for (let k = 0; k < take; k += 1) work += sample(station.service, random);
  work /= station.availability;
  if (station.uptime >= 1) return work;
  if (breakdowns === 'averaged') return work / station.uptime;
  const between = (repairTime * station.uptime) / (1 - station.uptime);
  let total = work;
  for (let left = work; ; ) {
    const failure = exponential(between, random);
    if (failure >= left) break;
    left -= failure;
    total += exponential(repairTime, random);
  }
  return total;
}
