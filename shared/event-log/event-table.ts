/**
 * The events of a log held column by column, with case ids and activity names interned, so a
 * million events take about 25 MB in the worker instead of a million objects. Events keep the
 * order they were read in; `row` is the line (CSV) or the event's position (XES) for messages.
 */
export type Lifecycle = 'start' | 'complete';

export type EventTable = {
  count: number;
  caseIds: string[];
  activities: string[];
  caseOf: Int32Array;
  activityOf: Int32Array;
  /** Milliseconds since the epoch. */
  timeOf: Float64Array;
  /** 1 for a start event, 0 for a complete (or atomic) event. */
  isStart: Uint8Array;
};

export type EventTableBuilder = {
  add(caseId: string, activity: string, time: number, lifecycle: Lifecycle): void;
  /** The index of a case id, added if new; used to check each case's order while reading. */
  caseIndex(caseId: string): number;
  build(): EventTable;
};

export function createEventTableBuilder(initialCapacity = 1_024): EventTableBuilder {
  const caseIds: string[] = [];
  const activities: string[] = [];
  const caseIndexes = new Map<string, number>();
  const activityIndexes = new Map<string, number>();
  let capacity = Math.max(16, initialCapacity);
  let caseOf = new Int32Array(capacity);
  let activityOf = new Int32Array(capacity);
  let timeOf = new Float64Array(capacity);
  let isStart = new Uint8Array(capacity);
  let count = 0;

  const intern = (value: string, indexes: Map<string, number>, values: string[]) => {
    const known = indexes.get(value);
    if (known !== undefined) return known;
    indexes.set(value, values.length);
    values.push(value);
    return values.length - 1;
  };

  const grow = () => {
    capacity *= 2;
    const copy = <T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T) => {
      to.set(from);
      return to;
    };
    caseOf = copy(caseOf, new Int32Array(capacity));
    activityOf = copy(activityOf, new Int32Array(capacity));
    timeOf = copy(timeOf, new Float64Array(capacity));
    isStart = copy(isStart, new Uint8Array(capacity));
  };

  return {
    caseIndex: (caseId) => intern(caseId, caseIndexes, caseIds),
    add(caseId, activity, time, lifecycle) {
      if (count === capacity) grow();
      caseOf[count] = intern(caseId, caseIndexes, caseIds);
      activityOf[count] = intern(activity, activityIndexes, activities);
      timeOf[count] = time;
      isStart[count] = lifecycle === 'start' ? 1 : 0;
      count += 1;
    },
    build: () => ({
      count,
      caseIds,
      activities,
      caseOf: caseOf.subarray(0, count),
      activityOf: activityOf.subarray(0, count),
      timeOf: timeOf.subarray(0, count),
      isStart: isStart.subarray(0, count),
    }),
  };
}
