/**
 * The simulation's future events, soonest first: a binary heap over parallel typed arrays (time,
 * kind, subject), so a run of 300,000 events allocates no object per event. Ties go to the event
 * scheduled first, which keeps a run reproducible.
 *
 * Beside the heap runs a queue in order of scheduling that takes every event due no sooner than
 * the last one it took: the items in a stock's wait of days, scheduled one after the other,
 * thousands at a time, line up there at no cost instead of making the heap deep (they were most
 * of a pull line's run). The soonest event is the earlier of the heap's first and the queue's;
 * both are ordered by time and then by when they were scheduled, so the order is the one a
 * single heap gives.
 */
export class EventHeap {
  private lane = new EventLane();

  private times = new Float64Array(1024);
  private order = new Float64Array(1024);
  private kinds = new Int32Array(1024);
  private subjects = new Int32Array(1024);
  private count = 0;
  private scheduled = 0;

  get size(): number {
    return this.count + this.lane.size;
  }

  push(time: number, kind: number, subject: number): void {
    const stamp = this.scheduled;
    this.scheduled += 1;
    if (this.lane.takes(time)) {
      this.lane.push(time, stamp, kind, subject);
      return;
    }
    if (this.count === this.times.length) this.grow();
    let at = this.count;
    this.count += 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(time, stamp, parent)) break;
      this.move(parent, at);
      at = parent;
    }
    this.set(at, time, stamp, kind, subject);
  }

  /** The soonest event's time, kind and subject, removed from the heap; call only when size > 0. */
  pop(into: { time: number; kind: number; subject: number }): void {
    if (this.lane.size > 0 && (this.count === 0 || this.lane.before(this.times[0] ?? 0, this.order[0] ?? 0))) {
      this.lane.pop(into);
      return;
    }
    into.time = this.times[0] ?? 0;
    into.kind = this.kinds[0] ?? 0;
    into.subject = this.subjects[0] ?? 0;
    this.count -= 1;
    const last = this.count;
    const time = this.times[last] ?? 0;
    const stamp = this.order[last] ?? 0;
    const kind = this.kinds[last] ?? 0;
    const subject = this.subjects[last] ?? 0;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && this.earlier(right, left) ? right : left;
      if (!this.earlierThan(child, time, stamp)) break;
      this.move(child, at);
      at = child;
    }
    this.set(at, time, stamp, kind, subject);
  }

  private before(time: number, stamp: number, index: number): boolean {
    const other = this.times[index] ?? 0;
    return time < other || (time === other && stamp < (this.order[index] ?? 0));
  }

  private earlier(a: number, b: number): boolean {
    return this.before(this.times[a] ?? 0, this.order[a] ?? 0, b);
  }

  private earlierThan(index: number, time: number, stamp: number): boolean {
    const own = this.times[index] ?? 0;
    return own < time || (own === time && (this.order[index] ?? 0) < stamp);
  }

  private move(from: number, to: number): void {
    this.set(to, this.times[from] ?? 0, this.order[from] ?? 0, this.kinds[from] ?? 0, this.subjects[from] ?? 0);
  }

  private set(index: number, time: number, stamp: number, kind: number, subject: number): void {
    this.times[index] = time;
    this.order[index] = stamp;
    this.kinds[index] = kind;
    this.subjects[index] = subject;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const grown = <T extends Float64Array | Int32Array>(array: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.times = grown(this.times, (n) => new Float64Array(n));
    this.order = grown(this.order, (n) => new Float64Array(n));
    this.kinds = grown(this.kinds, (n) => new Int32Array(n));
    this.subjects = grown(this.subjects, (n) => new Int32Array(n));
  }
}

/** Events in the order they were scheduled, each due no sooner than the one before: a growing ring of typed arrays. */
class EventLane {
  private times = new Float64Array(1024);
  private order = new Float64Array(1024);
  private kinds = new Int32Array(1024);
  private subjects = new Int32Array(1024);
  private head = 0;
  private count = 0;
  private last = -Infinity;

  get size(): number {
    return this.count;
  }

  takes(time: number): boolean {
    return time >= this.last;
  }

  /** Whether the lane's first event comes before one due at `time`, scheduled as `stamp`. */
  before(time: number, stamp: number): boolean {
    const own = this.times[this.head] ?? 0;
    return own < time || (own === time && (this.order[this.head] ?? 0) < stamp);
  }

  push(time: number, stamp: number, kind: number, subject: number): void {
    if (this.count === this.times.length) this.grow();
    const at = (this.head + this.count) % this.times.length;
    this.times[at] = time;
    this.order[at] = stamp;
    this.kinds[at] = kind;
    this.subjects[at] = subject;
    this.count += 1;
    this.last = time;
  }

  pop(into: { time: number; kind: number; subject: number }): void {
    into.time = this.times[this.head] ?? 0;
    into.kind = this.kinds[this.head] ?? 0;
    into.subject = this.subjects[this.head] ?? 0;
    this.head = (this.head + 1) % this.times.length;
    this.count -= 1;
  }

  private grow(): void {
    const size = this.times.length;
    const unrolled = <T extends Float64Array | Int32Array>(array: T, make: (n: number) => T): T => {
      const next = make(size * 2);
      for (let k = 0; k < this.count; k += 1) next[k] = array[(this.head + k) % size] ?? 0;
      return next;
    };
    this.times = unrolled(this.times, (n) => new Float64Array(n));
    this.order = unrolled(this.order, (n) => new Float64Array(n));
    this.kinds = unrolled(this.kinds, (n) => new Int32Array(n));
    this.subjects = unrolled(this.subjects, (n) => new Int32Array(n));
    this.head = 0;
  }
}
