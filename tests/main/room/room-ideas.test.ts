import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IDEA_CHARS } from '../../../shared/room/room-limits';
import { openRoomWorld, phone, ROOM_ADDRESS, type Phone, type RoomWorld } from '../../support/room-world';

let world: RoomWorld;
let ana: Phone;

beforeEach(async () => {
  world = await openRoomWorld();
  ana = phone(`http://${ROOM_ADDRESS}:${world.room.port}`);
  await ana.join(world.room.code, world.people[0]!.id);
});

afterEach(async () => {
  await world.close();
});

describe('ideas from phones', () => {
  it('arrive in the inbox once per write id, with their sender and kind, as data', async () => {
    const text = '<img src=x onerror=alert(1)> Fewer handoffs';
    const sent = await ana.ok('addIdea', { writeId: 'idea-0001', text, kind: 'idea' });
    const retried = await ana.ok('addIdea', { writeId: 'idea-0001', text, kind: 'idea' });
    expect(retried.idea.id).toBe(sent.idea.id);
    const inbox = await world.api.ok('room.ideas', { workshopId: world.workshopId });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ text, kind: 'idea', author: 'Ana', state: 'new', hidden: false });
    expect(sent.view.ideas.mine.map((idea) => idea.text)).toEqual([text]);
  });

  it('are refused when too long, and when the facilitator is not collecting, changing nothing', async () => {
    const long = await ana.call('addIdea', { writeId: 'idea-0002', text: 'x'.repeat(MAX_IDEA_CHARS + 1) });
    expect(long.ok ? 'sent' : long.error.code).toBe('invalid-input');
    await world.api.ok('room.setIdeaMode', { mode: 'off' });
    const closed = await ana.call('addIdea', { writeId: 'idea-0003', text: 'Later' });
    expect(closed.ok ? 'sent' : closed.error.code).toBe('ideas-closed');
    expect(await world.api.ok('room.ideas', { workshopId: world.workshopId })).toEqual([]);
  });

  it('stay hidden during silent brainstorming until the facilitator shows them', async () => {
    await world.api.ok('room.setIdeaMode', { mode: 'silent' });
    await ana.ok('addIdea', { writeId: 'idea-0004', text: 'Batch sizes' });
    const status = await world.api.ok('room.status', {});
    expect(status.open && status.counts).toMatchObject({ newIdeas: 1, hiddenIdeas: 1 });
    const shown = await world.api.ok('room.showIdeas', { workshopId: world.workshopId, shown: true });
    expect(shown.map((idea) => idea.hidden)).toEqual([false]);
  });

  it('go onto the map as a note of their kind’s colour, or to the parking lot, or merge and dismiss, and the sender sees where', async () => {
    const ids: string[] = [];
    for (const [index, text] of ['Waiting for approval', 'Approval waits', 'Too many forms', 'Lunch'].entries()) {
      ids.push((await ana.ok('addIdea', { writeId: `idea-10${index}0`, text, kind: 'problem' })).idea.id);
    }
    const placed = await world.api.ok('room.placeIdea', { ideaId: ids[0]!, mapId: world.mapId, at: { x: 500, y: 400 } });
    expect(placed.node).toMatchObject({ kind: 'sticky-note', text: 'Waiting for approval', color: 'pink', x: 500 - placed.node.width / 2 });
    const map = await world.api.ok('map.load', { mapId: world.mapId });
    expect(map.nodes.some((node) => node.id === placed.node.id)).toBe(true);
    const intoPlaced = await world.api.call('room.mergeIdeas', { intoId: ids[0]!, ideaIds: [ids[1]!] });
    expect(intoPlaced.ok ? 'merged' : intoPlaced.error.message).toContain('no longer in the inbox');
    const merged = await world.api.ok('room.mergeIdeas', { intoId: ids[2]!, ideaIds: [ids[1]!] });
    expect(merged.find((idea) => idea.id === ids[1])).toMatchObject({ state: 'merged', mergedInto: ids[2] });
    const parked = await world.api.ok('room.parkIdea', { ideaId: ids[2]! });
    expect(parked.parkingLot.map((item) => item.text)).toEqual(['Too many forms']);
    await world.api.ok('room.dismissIdea', { ideaId: ids[3]! });
    const twice = await world.api.call('room.placeIdea', { ideaId: ids[3]!, mapId: world.mapId, at: { x: 0, y: 0 } });
    expect(twice.ok ? 'placed' : twice.error.code).toBe('invalid-change');
    const restored = await world.api.ok('room.restoreIdea', { ideaId: ids[3]! });
    expect(restored.find((idea) => idea.id === ids[3])?.state).toBe('new');
    const mine = (await ana.ok('state', {})).ideas.mine;
    expect(Object.fromEntries(mine.map((idea) => [idea.text, idea.state]))).toEqual({
      'Waiting for approval': 'placed',
      'Approval waits': 'merged',
      'Too many forms': 'parked',
      Lunch: 'new',
    });
  });
});
