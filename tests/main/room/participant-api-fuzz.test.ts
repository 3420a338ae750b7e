import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOM_ERROR_CODES, roomParticipantInputs, type RoomChannel, type RoomResult } from '../../../shared/api/room-participant-api';
import { hostileValue, mutate, pathsOf, type Mutation } from '../../support/api-fuzz-payloads';
import { dumpDatabase } from '../../support/store-fixtures';
import { openRoomWorld, phone, ROOM_ADDRESS, type Phone, type RoomWorld } from '../../support/room-world';

const RUNS_PER_CHANNEL = 120;
const channels = Object.keys(roomParticipantInputs) as RoomChannel[];

/**
 * The participant API under random and malformed payloads, from a phone that joined and one
 * that did not, over the real room server: every answer is a typed result, never an internal
 * failure, and a refusal changes nothing in the store.
 */
function expectWellFormed(result: unknown): asserts result is RoomResult<unknown> {
  expect(result).toBeTypeOf('object');
  const answer = result as RoomResult<unknown>;
  if (answer.ok) return;
  expect(ROOM_ERROR_CODES).toContain(answer.error.code);
  expect(answer.error.code, answer.error.message).not.toBe('internal');
  expect(answer.error.message.length).toBeGreaterThan(0);
  expect(answer.error.message.length).toBeLessThan(5_000);
}

let world: RoomWorld;
let member: Phone;
let stranger: Phone;
let tick = 0;

function withDatabase<T>(use: (db: Database.Database) => T): T {
  const db = new Database(path.join(world.dataDir, 'data', 'workshops.sqlite'), { readonly: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Valid requests of each channel, which the fuzzer then bends one place at a time. */
function examples(channel: RoomChannel): unknown[] {
  const dot = { writeId: 'fuzz-write-1', sessionId: world.session.id, nodeId: 'n1' };
  switch (channel) {
    case 'join':
      return [{ code: 'ACDE34' }];
    case 'identify':
      return [{ as: { participantId: world.people[0]!.id } }, { as: { newParticipant: { name: 'Fuzz', initials: 'FZ', color: '#123456' } } }];
    case 'state':
    case 'leave':
      return [{}];
    case 'map':
      return [{ mapId: world.mapId }];
    case 'addIdea':
      return [{ writeId: 'fuzz-idea-1', text: 'An idea', kind: 'problem' }];
    case 'castDot':
    case 'retractDot':
      return [dot];
    case 'done':
      return [{ sessionId: world.session.id, done: true }];
    default:
      return [];
  }
}

function payloadsFor(channel: RoomChannel): fc.Arbitrary<unknown> {
  const found = examples(channel);
  const mutated = fc
    .tuple(fc.constantFrom(...found), fc.nat(), fc.constantFrom<Mutation>('replace', 'remove', 'add'), hostileValue)
    .map(([example, pick, how, replacement]) => {
      const paths = pathsOf(example);
      return mutate(example, paths[pick % paths.length]!, how, replacement);
    });
  return fc.oneof({ arbitrary: mutated, weight: 3 }, { arbitrary: hostileValue, weight: 1 });
}

function safeJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item)) ?? 'null';
}

beforeAll(async () => {
  // Each reading of the clock moves it on a second, so the rate limit never hides what the fuzzer sends.
  world = await openRoomWorld({ clock: () => new Date(Date.UTC(2026, 10, 25, 9) + tick++ * 1000) });
  const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
  member = phone(origin, '127.0.5.1');
  await member.join(world.room.code, world.people[0]!.id);
  stranger = phone(origin, '127.0.5.2');
});

afterAll(() => world.close());

describe('the participant API under random and malformed payloads', () => {
  it('fuzzes every channel of the participant table', () => {
    expect(channels.length).toBeGreaterThanOrEqual(9);
  });

  it.each(channels)('%s: a typed answer to every payload, and a refusal changes nothing', async (channel) => {
    await fc.assert(
      fc.asyncProperty(payloadsFor(channel), fc.boolean(), async (input, asMember) => {
        fc.pre(channel !== 'leave' || !asMember);
        const caller = asMember ? member : stranger;
        const before = withDatabase(dumpDatabase);
        const answer = await caller.raw(channel, safeJson(input));
        expect([200, 413]).toContain(answer.status);
        const result: unknown = JSON.parse(answer.text);
        expectWellFormed(result);
        if (!result.ok) expect(withDatabase(dumpDatabase)).toEqual(before);
        if (!asMember && channel !== 'join') expect(result.ok).toBe(false);
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
  });

  it('answers unknown channels and hostile bodies with a typed refusal that changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 300 }), async (channel, body) => {
        fc.pre(/^[\w.-]+$/.test(channel));
        const before = withDatabase(dumpDatabase);
        const answer = await member.raw(channel, body);
        expect([200, 400]).toContain(answer.status);
        const result: unknown = JSON.parse(answer.text);
        expectWellFormed(result);
        if (!result.ok) expect(withDatabase(dumpDatabase)).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('never let the phone break the voting rules or the idea limits', async () => {
    const { votes } = await world.api.ok('voting.get', { sessionId: world.session.id });
    expect(votes.length).toBeLessThanOrEqual(world.session.votesPerParticipant * world.people.length);
    const ideas = await world.api.ok('room.ideas', { workshopId: world.workshopId });
    expect(ideas.every((idea) => idea.text.length <= 280 && idea.text.trim() === idea.text)).toBe(true);
  });
});
