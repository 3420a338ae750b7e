import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { exhaustiveSwitchError } from '../../util/exhaustive';
import type { TimeDistribution } from './line-model';

/**
 * Seeded random numbers (pure-rand's xoroshiro128+, so the same seed gives the same run in the
 * worker, in the tests and in the report) and samples of the time distributions.
 */
export type Random = { next: () => number };

export function seededRandom(seed: number): Random {
  const generator: RandomGenerator = xoroshiro128plus(seed | 0);
  return { next: () => uniformFloat64(generator) };
}

export function meanOf(distribution: TimeDistribution): number {
  switch (distribution.kind) {
    case 'fixed':
      return distribution.value;
    case 'exponential':
      return distribution.mean;
    case 'triangular':
      return (distribution.min + distribution.mode + distribution.max) / 3;
    default:
      return exhaustiveSwitchError(distribution, 'time distribution');
  }
}

export function sample(distribution: TimeDistribution, random: Random): number {
  switch (distribution.kind) {
    case 'fixed':
      return distribution.value;
    case 'exponential':
      return -distribution.mean * Math.log(1 - random.next());
    case 'triangular':
      return triangular(distribution.min, distribution.mode, distribution.max, random.next());
    default:
      return exhaustiveSwitchError(distribution, 'time distribution');
  }
}

/** The inverse of the triangular distribution's cumulative function at u. */
function triangular(min: number, mode: number, max: number, u: number): number {
  const span = max - min;
  if (span <= 0) return mode;
  const split = (mode - min) / span;
  return u < split ? min + Math.sqrt(u * span * (mode - min)) : max - Math.sqrt((1 - u) * span * (max - mode));
}

export function exponential(mean: number, random: Random): number {
  return -mean * Math.log(1 - random.next());
}
