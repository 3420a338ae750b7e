import type { Id } from '../model/ids';
import type { MapMeta } from '../model/vsm-map';

/**
 * Which maps to compare and what to call a new future state. A future state is compared with
 * the map it was derived from, else the workshop's first current state; from a current state the
 * comparison opens on the newest future state derived from it, else on the newest future state
 * of the workshop and the map that one was derived from.
 */
export type MapPair = { currentId: Id; futureId: Id };

export function comparisonFor(maps: readonly MapMeta[], mapId: Id): MapPair | null {
  const map = maps.find((candidate) => candidate.id === mapId);
  if (!map) return null;
  const currents = maps.filter((candidate) => candidate.state === 'current');
  const futures = maps.filter((candidate) => candidate.state === 'future');
  if (map.state === 'future') {
    const source = currents.find((candidate) => candidate.id === map.derivedFromMapId) ?? currents[0];
    return source ? { currentId: source.id, futureId: map.id } : null;
  }
  const own = futures.filter((candidate) => candidate.derivedFromMapId === map.id).at(-1);
  if (own) return { currentId: map.id, futureId: own.id };
  // No future state came from this map: open the newest one beside the map it came from, not
  // beside this one, where every step would read as removed and every figure as changed.
  const newest = futures.at(-1);
  return newest ? comparisonFor(maps, newest.id) : null;
}

/** "Future state", then "Future state 2", "Future state 3" … whichever is free. */
export function nextFutureStateName(maps: readonly MapMeta[]): string {
  const taken = new Set(maps.map((map) => map.name.trim().toLowerCase()));
  for (let count = 1; ; count += 1) {
    const name = count === 1 ? 'Future state' : `Future state ${count}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
