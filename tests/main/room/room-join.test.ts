import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ROOM_DEVICES, CODE_TRIES_BEFORE_LOCKOUT } from '../../../shared/room/room-limits';
import type { FeedEvent } from '../../../shared/sync/map-feed';
import { listen, openRoomWorld, phone, ROOM_ADDRESS, type RoomWorld } from '../../support/room-world';

let world: RoomWorld;

beforeEach(async () => {
  world = await openRoomWorld();
});

afterEach(async () => {
  await world.close();
});

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
      })
      .on('error', reject);
  });
}

describe('opening the room', () => {
  it('listens on the chosen address with a join address and QR code that carry the code', async () => {
    const { room } = world;
    expect(room.address).toBe(ROOM_ADDRESS);
    expect(room.joinUrl).toBe(`http://${ROOM_ADDRESS}:${room.port}/#code=${room.code}`);
    expect(room.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(room.counts).toEqual({ devices: 0, connected: 0, newIdeas: 0, hiddenIdeas: 0 });
  });

  it('refuses an address that is not one of the machine’s network interfaces, and loopback', async () => {
    for (const address of ['10.1.2.3', '127.0.0.1', '0.0.0.0']) {
      const result = await world.api.call('room.open', { workshopId: world.workshopId, address });
      expect(result.ok ? 'opened' : result.error.code, address).toBe('invalid-change');
    }
    expect(await world.api.ok('room.interfaces', {})).toEqual([{ name: 'wlan0', address: ROOM_ADDRESS }]);
  });

  it('serves the participant page with a strict Content-Security-Policy and nothing of the facilitator’s API', async () => {
    const page = await get(`${world.room.joinUrl.split('#')[0]}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
    expect((await get(`${origin}/../../etc/passwd.html`)).status).toBe(404);
    const facilitatorChannel = await phone(origin).raw('workshop.list', '{}');
    expect(JSON.parse(facilitatorChannel.text)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses requests addressed to another host name or sent from another page’s origin', async () => {
    const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
    expect((await get(origin, { host: `evil.example:${world.room.port}` })).status).toBe(403);
    const fromElsewhere = await phone(origin).raw('join', JSON.stringify({ code: world.room.code }), { origin: 'http://evil.example' });
    expect(fromElsewhere.status).toBe(403);
    const devices = await world.api.ok('room.status', {});
    expect(devices.open && devices.counts.devices).toBe(0);
  });
});

describe('joining', () => {
  it('hands a device a token, lets it pick a name, and tells the facilitator’s windows', async () => {
    const events: FeedEvent[] = [];
    const stop = world.services.feed.subscribe((event) => events.push(event));
    const ana = phone(`http://${ROOM_ADDRESS}:${world.room.port}`);
    const joined = await ana.ok('join', { code: world.room.code.toLowerCase() });
    ana.useToken(joined.token);
    expect(joined.roster.map((person) => person.name)).toEqual(['Ana', 'Ben', 'Cy']);
    const view = await ana.ok('identify', { as: { participantId: world.people[0]!.id } });
    expect(view.me?.name).toBe('Ana');
    expect(view.vote?.items.map((item) => item.nodeId)).toEqual(['n1', 'n2', 'n3', 'n4']);
    const status = await world.api.ok('room.status', {});
    expect(status.open && status.devices.map((device) => device.name)).toEqual(['Ana']);
    expect(events).toContainEqual({ type: 'room', workshopId: world.workshopId, topic: 'status' });
    stop();
  });

  it('adds a person who is not on the list, and finds one who is by name', async () => {
    const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
    const dee = phone(origin);
    dee.useToken((await dee.ok('join', { code: world.room.code })).token);
    const view = await dee.ok('identify', { as: { newParticipant: { name: 'Dee Park' } } });
    expect(view.me).toMatchObject({ name: 'Dee Park', initials: 'DP' });
    const again = phone(origin);
    again.useToken((await again.ok('join', { code: world.room.code })).token);
    expect((await again.ok('identify', { as: { newParticipant: { name: 'dee park' } } })).me?.id).toBe(view.me?.id);
    expect(await world.api.ok('participant.list', { workshopId: world.workshopId })).toHaveLength(4);
  });

  it('refuses a wrong code, and locks an address out after repeated wrong codes while others still join', async () => {
    const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
    const guesser = phone(origin, '127.0.0.3');
    const wrong = world.room.code === 'AAAAAA' ? 'CCCCCC' : 'AAAAAA';
    for (let i = 0; i < CODE_TRIES_BEFORE_LOCKOUT; i++) {
      const result = await guesser.call('join', { code: wrong });
      expect(result.ok ? 'joined' : result.error.code).toBe('wrong-code');
    }
    const locked = await guesser.call('join', { code: world.room.code });
    expect(locked.ok ? 'joined' : locked.error.code).toBe('locked-out');
    expect((await phone(origin, '127.0.0.4').call('join', { code: world.room.code })).ok).toBe(true);
    const status = await world.api.ok('room.status', {});
    expect(status.open && status.counts.devices).toBe(1);
  });

  it('takes at most the device cap, and refuses the next device without adding it', async () => {
    const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
    for (let i = 0; i < MAX_ROOM_DEVICES; i++) {
      expect((await phone(origin, `127.0.1.${i + 1}`).call('join', { code: world.room.code })).ok).toBe(true);
    }
    const late = await phone(origin, '127.0.2.1').call('join', { code: world.room.code });
    expect(late.ok ? 'joined' : late.error.code).toBe('room-full');
    const status = await world.api.ok('room.status', {});
    expect(status.open && status.counts.devices).toBe(MAX_ROOM_DEVICES);
  });
});

describe('tokens stop working', () => {
  it('when the room closes: calls are refused, the live socket is told and closed, and a new opening has a new code', async () => {
    const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
    const ana = phone(origin);
    await ana.join(world.room.code);
    const live = await listen(origin, ana.token()!);
    await live.next((push) => push.type === 'view');
    await world.api.ok('room.close', {});
    expect(await live.closed).toBe(4401);
    expect(live.pushes.at(-1)).toEqual({ type: 'revoked', reason: 'closed' });
    const reopened = await world.api.ok('room.open', { workshopId: world.workshopId, address: ROOM_ADDRESS, port: world.room.port });
    const after = await ana.call('state', {});
    expect(after.ok ? 'answered' : after.error.code).toBe('unauthorized');
    expect(reopened.open && reopened.code).not.toBe('');
  });

  it('when the facilitator removes the device, or the device leaves', async () => {
    const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
    const ana = phone(origin);
    const ben = phone(origin);
    await ana.join(world.room.code, world.people[0]!.id);
    await ben.join(world.room.code, world.people[1]!.id);
    const status = await world.api.ok('room.status', {});
    const anasDevice = status.open ? status.devices.find((device) => device.name === 'Ana')! : null;
    await world.api.ok('room.removeDevice', { deviceId: anasDevice!.id });
    const removed = await ana.call('state', {});
    expect(removed.ok ? 'answered' : removed.error.code).toBe('unauthorized');
    expect(await ben.ok('leave', {})).toEqual({ left: true });
    const left = await ben.call('state', {});
    expect(left.ok ? 'answered' : left.error.code).toBe('unauthorized');
    const after = await world.api.ok('room.status', {});
    expect(after.open && after.counts.devices).toBe(0);
  });

  it('when a backup is restored: the room closes, since its devices were in the replaced database', async () => {
    const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
    const backup = await world.api.ok('backup.create', {});
    const ana = phone(origin);
    await ana.join(world.room.code);
    await world.api.ok('backup.restore', { name: backup.name });
    expect(await world.api.ok('room.status', {})).toEqual({ open: false });
    await expect(ana.call('state', {})).rejects.toThrow();
  });

  it('when the room’s workshop is deleted', async () => {
    const ana = phone(`http://${ROOM_ADDRESS}:${world.room.port}`);
    await ana.join(world.room.code);
    await world.api.ok('workshop.delete', { id: world.workshopId });
    await expect.poll(async () => (await world.api.ok('room.status', {})).open).toBe(false);
  });

  it('for a socket that sends no token or a wrong one', async () => {
    const origin = `http://${ROOM_ADDRESS}:${world.room.port}`;
    const live = await listen(origin, 'x'.repeat(43));
    expect(await live.closed).toBe(4401);
    expect(live.pushes).toEqual([]);
  });
});
