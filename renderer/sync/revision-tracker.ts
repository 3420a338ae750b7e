/**
 * Which revisions of the open map this window has: loaded with the map, saved by it, or applied
 * from the feed. `base` is the newest revision up to which it has all of them, the revision an
 * edit made now is made against. Revisions can arrive out of order (a save's answer after the
 * feed's next event), so those past a gap are kept until the gap fills.
 */
export type RevisionTracker = {
  base: () => number;
  has: (revision: number) => boolean;
  add: (revision: number) => void;
  reset: (revision: number) => void;
};

export function createRevisionTracker(loaded: number): RevisionTracker {
  let base = loaded;
  let ahead = new Set<number>();

  return {
    base: () => base,
    has: (revision) => revision <= base || ahead.has(revision),
    add(revision) {
      if (revision <= base) return;
      ahead.add(revision);
      while (ahead.delete(base + 1)) base += 1;
    },
    reset(revision) {
      base = revision;
      ahead = new Set();
    },
  };
}
