import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedEvent } from '../../../shared/sync/map-feed';
import { listen, openRoomWorld, phone, ROOM_ADDRESS, type Phone, type RoomWorld } from '../../support/room-world';

let world: RoomWorld;
let origin = '';

beforeEach(async () => {
  world = await openRoomWorld();
  origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
});

afterEach(async () => {
  await world.close();
});

async function joinAs(index: number): Promise<Phone> {
  const device = phone(origin, `127.0.3.${index + 1}`);
  await device.join(world.room.code, world.people[index]!.id);
  return device;
}

const dot = (writeId: string, nodeId: string) => ({ writeId: `write-id-${writeId}`, sessionId: world.session.id, nodeId });

describe('dots from phones', () => {
  it('count once per write id, however often a phone retries', async () => {
    const ana = await joinAs(0);
    await ana.ok('castDot', dot('a-1', 'n1'));
    const retried = await ana.ok('castDot', dot('a-1', 'n1'));
    expect(retried.vote?.myDots).toEqual({ n1: 1 });
    await ana.ok('castDot', dot('a-2', 'n1'));
    await ana.ok('retractDot', dot('a-3', 'n1'));
    const again = await ana.ok('retractDot', dot('a-3', 'n1'));
    expect(again.vote?.myDots).toEqual({ n1: 1 });
    const { votes } = await world.api.ok('voting.get', { sessionId: world.session.id });
    expect(votes.map((vote) => [vote.participantId, vote.nodeId])).toEqual([[world.people[0]!.id, 'n1']]);
  });

  it('name the write ids the laptop has stored in the view, so a phone hearing the push before the answer does not count a dot twice', async () => {
    const ana = await joinAs(0);
    const ben = await joinAs(1);
    await ana.ok('castDot', dot('a-1', 'n1'));
    const view = await ana.ok('castDot', dot('a-2', 'n2'));
    expect(view.storedWriteIds.slice(0, 2)).toEqual(['write-id-a-2', 'write-id-a-1']);
    expect((await ben.ok('state', {})).storedWriteIds).toEqual([]);
  });

  it('follow the session’s rules: most per item, dots per person, only while open', async () => {
    const ana = await joinAs(0);
    await ana.ok('castDot', dot('1', 'n1'));
    await ana.ok('castDot', dot('2', 'n1'));
    const third = await ana.call('castDot', dot('3', 'n1'));
    expect(third.ok ? 'cast' : third.error.code).toBe('vote-refused');
    await ana.ok('castDot', dot('4', 'n2'));
    const over = await ana.call('castDot', dot('5', 'n3'));
    expect(over.ok ? 'cast' : over.error.message).toContain('used all 3 dots');
    await world.api.ok('voting.setStatus', { sessionId: world.session.id, status: 'closed' });
    const closed = await ana.call('retractDot', dot('6', 'n2'));
    expect(closed.ok ? 'taken back' : closed.error.code).toBe('vote-refused');
    const { votes } = await world.api.ok('voting.get', { sessionId: world.session.id });
    expect(votes).toHaveLength(3);
  });

  it('mix with dots entered on the laptop for the same session', async () => {
    const ana = await joinAs(0);
    await ana.ok('castDot', dot('1', 'n1'));
    await world.api.ok('voting.cast', { sessionId: world.session.id, participantId: world.people[1]!.id, nodeId: 'n2', writeId: 'laptop-dot-0001' });
    const progress = await world.api.ok('room.voteProgress', { sessionId: world.session.id });
    expect(progress.votedCount).toBe(2);
  });

  it('stay secret: no phone can read another’s dots or any total before the reveal, then all see the ranking', async () => {
    const [ana, ben, cy] = [await joinAs(0), await joinAs(1), await joinAs(2)];
    const bensLive = await listen(origin, ben.token()!, '127.0.3.2');
    await ana.ok('castDot', dot('a1', 'n1'));
    await ana.ok('castDot', dot('a2', 'n1'));
    await ben.ok('castDot', dot('b1', 'n2'));
    await cy.ok('castDot', dot('c1', 'n1'));
    await ana.ok('done', { sessionId: world.session.id, done: true });
    for (const [device, mine] of [
      [ana, { n1: 2 }],
      [ben, { n2: 1 }],
      [cy, { n1: 1 }],
    ] as const) {
      const vote = (await device.ok('state', {})).vote!;
      expect(vote.myDots).toEqual(mine);
      expect(vote.ranking).toBeNull();
      expect(vote.votedCount).toBe(3);
      expect(vote.doneCount).toBe(1);
    }
    await bensLive.next((push) => push.type === 'view' && push.view.vote?.doneCount === 1);
    const seenByBen = bensLive.pushes.flatMap((push) => (push.type === 'view' ? [push.view.vote] : []));
    expect(seenByBen.length).toBeGreaterThan(0);
    expect(seenByBen.every((vote) => vote?.ranking === null && Object.keys(vote.myDots).every((nodeId) => nodeId === 'n2'))).toBe(true);
    await world.api.ok('voting.setStatus', { sessionId: world.session.id, status: 'revealed' });
    const revealed = await bensLive.next((push) => push.type === 'view' && push.view.vote?.status === 'revealed');
    expect(revealed.type === 'view' && revealed.view.vote?.ranking?.map(({ nodeId, total, rank }) => [nodeId, total, rank])).toEqual([
      ['n1', 3, 1],
      ['n2', 1, 2],
    ]);
  });

  it('reach the facilitator’s windows as a room event and the progress as counts only', async () => {
    const events: FeedEvent[] = [];
    const stop = world.services.feed.subscribe((event) => events.push(event));
    const ana = await joinAs(0);
    await ana.ok('castDot', dot('1', 'n3'));
    expect(events).toContainEqual({ type: 'room', workshopId: world.workshopId, topic: 'votes' });
    expect(await world.api.ok('room.voteProgress', { sessionId: world.session.id })).toEqual({
      sessionId: world.session.id,
      votedCount: 1,
      doneCount: 0,
      connectedDevices: 0,
    });
    stop();
  });

  it('are refused for a vote of another workshop and before a name is picked', async () => {
    const nameless = phone(origin);
    nameless.useToken((await nameless.ok('join', { code: world.room.code })).token);
    const before = await nameless.call('castDot', dot('1', 'n1'));
    expect(before.ok ? 'cast' : before.error.code).toBe('not-identified');
    const ana = await joinAs(0);
    const elsewhere = await ana.call('castDot', { writeId: 'write-id-x', sessionId: 'no-such-session', nodeId: 'n1' });
    expect(elsewhere.ok ? 'cast' : elsewhere.error.code).toBe('not-found');
    expect((await world.api.ok('voting.get', { sessionId: world.session.id })).votes).toEqual([]);
  });

  it('keep a phone’s dots when it reconnects after dropping off mid-vote', async () => {
    const ana = await joinAs(0);
    const first = await listen(origin, ana.token()!, '127.0.3.1');
    await ana.ok('castDot', dot('1', 'n4'));
    first.socket.terminate();
    await first.closed;
    const second = await listen(origin, ana.token()!, '127.0.3.1');
    const view = await second.next((push) => push.type === 'view');
    expect(view.type === 'view' && view.view.vote?.myDots).toEqual({ n4: 1 });
    second.socket.close();
  });
});
