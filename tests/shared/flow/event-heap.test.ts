import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/flow/simulation/distributions';
import { EventHeap } from '../../../shared/flow/simulation/event-heap';

/** The event queue gives events soonest first, ties in the order they were scheduled, however they were pushed. */
describe('the event queue', () => {
  it('pops in the order of a stable sort by time, with pops between pushes, near and far events mixed', () => {
    const random = seededRandom(4);
    const heap = new EventHeap();
    const popped: number[] = [];
    const pending: { time: number; subject: number }[] = [];
    const into = { time: 0, kind: 0, subject: 0 };
    let now = 0;
    for (let subject = 0; subject < 5_000; subject += 1) {
      // Like a run: short work times, long stock waits scheduled in order, and exact ties.
      const roll = random.next();
      const time = roll < 0.3 ? now + 1_000 + subject * 0.01 : roll < 0.4 ? now : now + Math.round(random.next() * 50);
      heap.push(time, 0, subject);
      pending.push({ time, subject });
      if (random.next() < 0.45) {
        heap.pop(into);
        popped.push(into.subject);
        now = into.time;
        const soonest = pending.reduce((best, event, index) => {
          const current = pending[best]!;
          return event.time < current.time || (event.time === current.time && event.subject < current.subject) ? index : best;
        }, 0);
        expect(into.subject).toBe(pending[soonest]!.subject);
        pending.splice(soonest, 1);
      }
    }
    const rest = [...pending].sort((a, b) => a.time - b.time || a.subject - b.subject);
    for (const event of rest) {
      heap.pop(into);
      expect([into.time, into.subject]).toEqual([event.time, event.subject]);
    }
    expect(heap.size).toBe(0);
    expect(popped.length).toBeGreaterThan(2_000);
  });
});
