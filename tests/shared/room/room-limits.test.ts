import { describe, expect, it } from 'vitest';
import {
  CODE_LOCKOUT_MS,
  CODE_TRIES_BEFORE_LOCKOUT,
  CODE_TRY_WINDOW_MS,
  countRequest,
  isLockedOut,
  NO_CODE_TRIES,
  recordWrongCode,
  REQUEST_WINDOW_MS,
  REQUESTS_PER_WINDOW,
  type CodeTries,
  type RequestWindow,
} from '../../../shared/room/room-limits';

function wrongCodes(count: number, startMs: number, stepMs: number): CodeTries {
  let tries = NO_CODE_TRIES;
  for (let i = 0; i < count; i++) tries = recordWrongCode(tries, startMs + i * stepMs);
  return tries;
}

describe('room code tries', () => {
  it('lock an address out after repeated wrong codes, for the lockout time', () => {
    const before = wrongCodes(CODE_TRIES_BEFORE_LOCKOUT - 1, 1_000, 100);
    expect(isLockedOut(before, 2_000)).toBe(false);
    const locked = recordWrongCode(before, 2_000);
    expect(isLockedOut(locked, 2_000)).toBe(true);
    expect(isLockedOut(locked, 2_000 + CODE_LOCKOUT_MS - 1)).toBe(true);
    expect(isLockedOut(locked, 2_000 + CODE_LOCKOUT_MS)).toBe(false);
  });

  it('forget wrong codes older than the window, so a few typos over a morning never lock anyone out', () => {
    const tries = wrongCodes(CODE_TRIES_BEFORE_LOCKOUT * 3, 0, CODE_TRY_WINDOW_MS / 2);
    expect(isLockedOut(tries, CODE_TRIES_BEFORE_LOCKOUT * 3 * (CODE_TRY_WINDOW_MS / 2))).toBe(false);
  });
});

describe('request windows', () => {
  it('allow the budget per window and refuse the rest until the next window', () => {
    let window: RequestWindow | undefined;
    const answers: boolean[] = [];
    for (let i = 0; i <= REQUESTS_PER_WINDOW; i++) {
      const counted = countRequest(window, 5_000);
      window = counted.window;
      answers.push(counted.allowed);
    }
    expect(answers.filter(Boolean)).toHaveLength(REQUESTS_PER_WINDOW);
    expect(answers.at(-1)).toBe(false);
    expect(countRequest(window, 5_000 + REQUEST_WINDOW_MS).allowed).toBe(true);
  });
});
