import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRoomCode, normalizeRoomCode, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH, RoomCodeSchema } from '../../../shared/room/room-code';

describe('room codes', () => {
  it('leave out the characters a room confuses when read off a projector', () => {
    for (const lookAlike of '0O1IL5S2Z8B') expect(ROOM_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(ROOM_CODE_ALPHABET).size).toBe(ROOM_CODE_ALPHABET.length);
  });

  it('are six characters of the alphabet, whatever the random source answers', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: ROOM_CODE_ALPHABET.length - 1 }), { minLength: ROOM_CODE_LENGTH, maxLength: ROOM_CODE_LENGTH }), (picks) => {
        let next = 0;
        const code = makeRoomCode(() => picks[next++]!);
        expect(code).toHaveLength(ROOM_CODE_LENGTH);
        expect(RoomCodeSchema.parse(code)).toBe(code);
      }),
    );
  });

  it('forgive case, spaces and dashes as typed on a phone', () => {
    expect(normalizeRoomCode(' ac-d e34 ')).toBe('ACDE34');
    expect(RoomCodeSchema.parse('acd-e34')).toBe('ACDE34');
  });

  it('refuse look-alikes, wrong lengths and anything long', () => {
    expect(RoomCodeSchema.safeParse('ACDE30').success).toBe(false);
    expect(RoomCodeSchema.safeParse('ACDE3').success).toBe(false);
    expect(RoomCodeSchema.safeParse('ACDE344').success).toBe(false);
    expect(RoomCodeSchema.safeParse('A'.repeat(41)).success).toBe(false);
    expect(RoomCodeSchema.safeParse('<b>AC</b>').success).toBe(false);
  });
});
