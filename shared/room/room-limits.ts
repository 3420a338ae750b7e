/**
 * What the room lets one device, one network address and the whole room do. The room server is
 * open to anyone on the network who has the code, so every limit is a number here, tested, and
 * named in the README's threat model.
 */
export const MAX_ROOM_DEVICES = 100;

/** A sticky note's worth of text; longer is refused, not cut. */
export const MAX_IDEA_CHARS = 280;

export const MAX_IDEAS_PER_DEVICE = 100;

/** "Add myself" is refused once the workshop has this many participants. */
export const MAX_WORKSHOP_PARTICIPANTS = 200;

/** Any request body or WebSocket message larger than this is refused unread. */
export const MAX_REQUEST_BYTES = 4096;

/** Wrong room codes from one network address before it is locked out… */
export const CODE_TRIES_BEFORE_LOCKOUT = 5;

/** …within this window… */
export const CODE_TRY_WINDOW_MS = 60_000;

/** …and for this long. */
export const CODE_LOCKOUT_MS = 5 * 60_000;

/** Requests one device (or one address, before it has joined) may make per window: a tapping thumb, not a script. */
export const REQUESTS_PER_WINDOW = 40;

export const REQUEST_WINDOW_MS = 10_000;

/** Live connections one device may hold at once (a page reloaded while the old socket lingers). */
export const MAX_SOCKETS_PER_DEVICE = 3;

export type CodeTries = { failures: number[]; lockedUntilMs: number };

export const NO_CODE_TRIES: CodeTries = { failures: [], lockedUntilMs: 0 };

export function isLockedOut(tries: CodeTries, nowMs: number): boolean {
  return nowMs < tries.lockedUntilMs;
}

/** One wrong code: counted within the window, and the address is locked out when they add up. */
export function recordWrongCode(tries: CodeTries, nowMs: number): CodeTries {
  const failures = [...tries.failures.filter((at) => nowMs - at < CODE_TRY_WINDOW_MS), nowMs];
  if (failures.length >= CODE_TRIES_BEFORE_LOCKOUT) return { failures: [], lockedUntilMs: nowMs + CODE_LOCKOUT_MS };
  return { failures, lockedUntilMs: tries.lockedUntilMs };
}

export type RequestWindow = { startedMs: number; count: number };

/** Counts one request in a fixed window; `allowed` is false once the window's budget is spent. */
export function countRequest(window: RequestWindow | undefined, nowMs: number): { window: RequestWindow; allowed: boolean } {
  const current = window && nowMs - window.startedMs < REQUEST_WINDOW_MS ? window : { startedMs: nowMs, count: 0 };
  const next = { startedMs: current.startedMs, count: current.count + 1 };
  return { window: next, allowed: next.count <= REQUESTS_PER_WINDOW };
}
