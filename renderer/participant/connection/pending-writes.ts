import type { RoomInput } from '../../../shared/api/room-participant-api';
import type { RoomVote } from '../../../shared/room/participant-view';

/**
 * A write tapped on the phone and not yet acknowledged by the laptop. Writes wait here, in the
 * order they were made, while the phone is offline; each keeps the id it was given when tapped, so
 * sending it again after a dropped answer never counts it twice on the laptop.
 */
export type PendingWrite =
  | { channel: 'addIdea'; input: RoomInput<'addIdea'> & { writeId: string } }
  | { channel: 'castDot'; input: RoomInput<'castDot'> }
  | { channel: 'retractDot'; input: RoomInput<'retractDot'> }
  | { channel: 'done'; input: RoomInput<'done'>; writeId: string };

export function writeIdOf(write: PendingWrite): string {
  return write.channel === 'done' ? write.writeId : write.input.writeId;
}

/** Shape-checks writes read back from storage (another version of the page may have left something else). */
export function parsePendingWrites(value: unknown): PendingWrite[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((entry): entry is PendingWrite => {
    if (typeof entry !== 'object' || entry === null) return false;
    const { channel, input } = entry as { channel?: unknown; input?: unknown };
    return ['addIdea', 'castDot', 'retractDot', 'done'].includes(String(channel)) && typeof input === 'object' && input !== null;
  });
}

/**
 * The waiting writes the view does not hold yet. The live socket's push may bring a write's
 * effect before the write's own answer comes back: counted twice, a dot would use up the budget
 * for a moment and lock the buttons under a thumb.
 */
export function notYetStored(pending: readonly PendingWrite[], storedWriteIds: readonly string[]): PendingWrite[] {
  if (storedWriteIds.length === 0) return [...pending];
  const stored = new Set(storedWriteIds);
  return pending.filter((write) => !stored.has(writeIdOf(write)));
}

/**
 * The vote as this phone should show it: the laptop's last word plus the dots cast or taken back
 * here since, which have not reached it yet. Applies the same budget and per-item limit as the
 * laptop, so what the phone shows is what the laptop will accept.
 */
export function voteWithPending(vote: RoomVote, pending: readonly PendingWrite[]): RoomVote {
  const myDots = { ...vote.myDots };
  let left = vote.myDotsLeft;
  let done = vote.done;
  for (const write of pending) {
    if (write.channel === 'done') {
      if (write.input.sessionId === vote.sessionId) done = write.input.done;
      continue;
    }
    if (write.channel !== 'castDot' && write.channel !== 'retractDot') continue;
    if (write.input.sessionId !== vote.sessionId) continue;
    const nodeId = write.input.nodeId;
    const mine = myDots[nodeId] ?? 0;
    if (write.channel === 'castDot' && left > 0 && mine < vote.maxVotesPerItem) {
      myDots[nodeId] = mine + 1;
      left -= 1;
    } else if (write.channel === 'retractDot' && mine > 0) {
      if (mine === 1) delete myDots[nodeId];
      else myDots[nodeId] = mine - 1;
      left += 1;
    }
  }
  return { ...vote, myDots, myDotsLeft: left, done };
}
