import crypto from 'node:crypto';
import { makeRoomCode } from '../../shared/room/room-code';

/** A device's token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function newDeviceToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function newRoomCode(): string {
  return makeRoomCode((n) => crypto.randomInt(n));
}

/** Compares two codes in constant time, so the time of a wrong guess tells nothing about the right one. */
export function sameCode(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
