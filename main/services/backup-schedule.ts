/** How often a backup is taken while edits happen: at most ten minutes of work between two. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * How often the app looks for unsaved work. The first backup of each run comes within this long
 * of its first edit, so a run killed early (where no backup at quit is taken) still left one.
 */
export const BACKUP_CHECK_MS = 60 * 1000;

/** Runs `tick` every `everyMs` until the returned function is called. */
export type Scheduler = (tick: () => void, everyMs: number) => () => void;

/** A timer that never keeps the process alive on its own. */
export const intervalScheduler: Scheduler = (tick, everyMs) => {
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
