import { z } from 'zod';
import { refusal, refusalAtMost, refusalExactLength } from '../i18n/refusals';

/**
 * The room code a participant types or reads off the QR code: six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), so a code read aloud across a room or off a
 * washed-out projector is typed right the first time. Typing is forgiving: case, spaces and
 * dashes are ignored.
 */
export const ROOM_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

export const ROOM_CODE_LENGTH = 6;

/** "ab-c 123" → "ABC123": what was typed, as the code it stands for (not checked against the alphabet). */
export function normalizeRoomCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

export const RoomCodeSchema = z
  .string()
  .max(40, refusalAtMost('tooLong', 40))
  .transform(normalizeRoomCode)
  .pipe(
    z
      .string()
      .length(ROOM_CODE_LENGTH, refusalExactLength(ROOM_CODE_LENGTH))
      .regex(new RegExp(`^[${ROOM_CODE_ALPHABET}]+$`), refusal('roomCodeLetters')),
  );

/**
 * A new code from `randomIndex(n)`, which answers a uniform whole number below n (the caller
 * brings a cryptographic source: the code is what keeps the room closed to the building).
 */
export function makeRoomCode(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomIndex(ROOM_CODE_ALPHABET.length)];
  return code;
}
