import type { Id } from '../../model/ids';

/**
 * The line a simulation runs: plain data, built from a map (line-from-map.ts) or written by hand
 * in the tests against queueing theory. Times are working seconds: the simulation clock runs
 * only while the plant works, so a "day" is the map's working time per day.
 *
 * Every stock drawn before a step becomes that step's inbound queue: items spend the stock's
 * wait time there (a fixed delay, for the waits typed in days, or the count drawn times the time
 * between releases, for a push stock the schedule holds at its drawn level) and then queue for
 * the step. A
 * push queue is unbounded; a FIFO lane holds at most its maximum, so the step before it stops
 * when it is full; a supermarket has k kanbans, so the step before it only starts an item while
 * the supermarket and that step together hold fewer than k.
 */
export type TimeDistribution =
  | { kind: 'fixed'; value: number }
  | { kind: 'exponential'; mean: number }
  /** Min / most likely / max, as a team estimates a time it has not measured. */
  | { kind: 'triangular'; min: number; mode: number; max: number };

export type QueueDiscipline = 'push' | 'fifo' | 'supermarket';

export type InboundQueue = {
  /** The stocks drawn before the step, for the charts; empty for the queue a step has of its own. */
  stockIds: Id[];
  label: string;
  discipline: QueueDiscipline;
  /** Most items the queue holds (a FIFO lane's maximum, a supermarket's kanbans); Infinity when push. */
  capacity: number;
  /** Items already there when the run starts (the count on the triangle; a supermarket starts full). */
  initial: number;
  /**
   * Time between the turns of the items there at the start, the first one's at the start; 0
   * when they may all be worked on at once. A stock the schedule holds at its drawn level
   * lets its items go one per release, as the items behind them come in.
   */
  initialSpacing: number;
  /** Time each item spends in the stock before it can be worked on; null when none. */
  delay: TimeDistribution | null;
};

/**
 * Where a rework arrow sends an item back to: a step's queue, through its stock's delay or not,
 * after the wait of the stocks drawn on the way back (null when none).
 */
export type ReworkRoute = { toStation: number; share: number; throughDelay: boolean; delay: TimeDistribution | null };

export type Station = {
  nodeId: Id;
  label: string;
  inbound: InboundQueue;
  /** Time for one item on one server. */
  service: TimeDistribution;
  /** Items worked on side by side (a cell of operators sharing the work content). */
  servers: number;
  /** Items taken and finished together; changeover is paid once per batch. */
  batchSize: number;
  changeover: number;
  /** Share of time the step is up, 0 to 1; failures strike while it works. */
  uptime: number;
  /**
   * Share of the plant's working day the step is staffed (its shifts and available time), 0 to
   * 1: it works the first that share of every day and stands still for the rest.
   */
  availability: number;
  rework: ReworkRoute[];
  /**
   * A step off the flow's path that rework sends items through (a repair station beside the
   * line): it comes after the line's own steps and sends every item on along its one rework
   * route (share 1), never to the station after it.
   */
  detour: boolean;
};

export type Releases = {
  /** Time between releases at the start of the line. */
  interval: TimeDistribution;
  /** Demand of each working day as a multiple of the usual, repeated; empty for level demand. */
  dailyPattern: readonly number[];
};

export type LineModel = {
  stations: Station[];
  releases: Releases;
  /** Waits after the last step (shipping staging drawn after it), as a delay before leaving. */
  exitDelay: TimeDistribution | null;
  /** The working day, in seconds: for daily throughput and the demand pattern. */
  daySeconds: number;
  /** Mean time to repair a failure, in seconds; with uptime it sets how often failures come. */
  repairTime: number;
};
