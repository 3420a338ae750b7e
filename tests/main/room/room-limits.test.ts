import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES, REQUESTS_PER_WINDOW } from '../../../shared/room/room-limits';
import { openRoomWorld, phone, ROOM_ADDRESS, type RoomWorld } from '../../support/room-world';

let world: RoomWorld;
let origin = '';

beforeEach(async () => {
  world = await openRoomWorld();
  origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
});

afterEach(async () => {
  await world.close();
});

describe('the room’s limits', () => {
  it('refuse a flood from one phone and change nothing past the limit', async () => {
    const ana = phone(origin, '127.0.4.1');
    await ana.join(world.room.code, world.people[0]!.id);
    const answers = await Promise.all(
      Array.from({ length: REQUESTS_PER_WINDOW + 20 }, (_, index) =>
        ana.call('addIdea', { writeId: `flood-${String(index).padStart(4, '0')}`, text: `Idea ${index}` }),
      ),
    );
    const refused = answers.filter((answer) => !answer.ok);
    expect(refused.length).toBeGreaterThanOrEqual(20);
    expect(refused.every((answer) => !answer.ok && answer.error.code === 'slow-down')).toBe(true);
    const stored = await world.api.ok('room.ideas', { workshopId: world.workshopId });
    expect(stored).toHaveLength(answers.filter((answer) => answer.ok).length);
    const other = phone(origin, '127.0.4.2');
    expect((await other.call('join', { code: world.room.code })).ok).toBe(true);
  });

  it('refuse a body larger than the limit unread', async () => {
    const ana = phone(origin, '127.0.4.3');
    await ana.join(world.room.code, world.people[0]!.id);
    const body = JSON.stringify({ writeId: 'big-idea-1', text: 'x'.repeat(MAX_REQUEST_BYTES) });
    const answer = await ana.raw('addIdea', body);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(await world.api.ok('room.ideas', { workshopId: world.workshopId })).toEqual([]);
  });

  it('refuse anything but JSON posted to the API', async () => {
    const ana = phone(origin, '127.0.4.4');
    expect((await ana.raw('join', `code=${world.room.code}`, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect(JSON.parse((await ana.raw('join', '{"code":')).text)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
