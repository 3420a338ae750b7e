/**
 * A first-in first-out queue of item numbers in a growing ring buffer, so that items waiting
 * at a step cost no allocation each.
 */
export type ItemQueue = { items: Int32Array; head: number; length: number };

export function newItemQueue(): ItemQueue {
  return { items: new Int32Array(64), head: 0, length: 0 };
}

export function enqueue(queue: ItemQueue, item: number): void {
  if (queue.length === queue.items.length) {
    const grown = new Int32Array(queue.items.length * 2);
    for (let i = 0; i < queue.length; i += 1) grown[i] = queue.items[(queue.head + i) % queue.items.length] ?? 0;
    queue.items = grown;
    queue.head = 0;
  }
  queue.items[(queue.head + queue.length) % queue.items.length] = item;
  queue.length += 1;
}

/** Takes the oldest item; call only when length > 0. */
export function dequeue(queue: ItemQueue): number {
  const item = queue.items[queue.head] ?? -1;
  queue.head = (queue.head + 1) % queue.items.length;
  queue.length -= 1;
  return item;
}
