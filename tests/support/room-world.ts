import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { openAppServices, type AppServices } from '../../main/services/app-services';
import type { InterfaceSource } from '../../main/room/network-interfaces';
import type { Participant } from '../../shared/facilitation/participant';
import type { VotingSession } from '../../shared/facilitation/voting';
import type { RoomChannel, RoomInput, RoomOutput, RoomPush, RoomResult } from '../../shared/api/room-participant-api';
import type { OpenRoom } from '../../shared/room/room-status';
import { noSchedule, typedApi } from './api-services';

/** The loopback address that stands in for the room's LAN address: tests never bind a real network address. */
export const ROOM_ADDRESS = '127.0.0.2';

export const fakeInterfaces: InterfaceSource = () => ({
  lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
  wlan0: [{ address: ROOM_ADDRESS, netmask: '255.0.0.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: `${ROOM_ADDRESS}/8` }],
});

export type RoomWorld = {
  services: AppServices;
  api: ReturnType<typeof typedApi>;
  workshopId: string;
  mapId: string;
  people: Participant[];
  session: VotingSession;
  room: OpenRoom;
  dataDir: string;
  close: () => Promise<void>;
};

export const NOTES = ['n1', 'n2', 'n3', 'n4'];

export type RoomWorldOptions = {
  people?: string[];
  notes?: string[];
  visibility?: 'secret' | 'open';
  votesPerParticipant?: number;
  maxVotesPerItem?: number;
  clock?: () => Date;
};

/** A workshop with sticky notes (four by default), participants (three) and an open secret vote, and the room open on the stand-in address. */
export async function openRoomWorld(options: RoomWorldOptions = {}): Promise<RoomWorld> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsw-room-'));
  const pageDir = path.join(dataDir, 'page');
  fs.mkdirSync(pageDir);
  fs.writeFileSync(path.join(pageDir, 'index.html'), '<!doctype html><title>Room</title><script type="module" src="/app.js"></script>');
  fs.writeFileSync(path.join(pageDir, 'app.js'), 'console.log("room")');
  const services = openAppServices(path.join(dataDir, 'data'), {
    scheduler: noSchedule,
    log: () => undefined,
    networkInterfaces: fakeInterfaces,
    participantPageDir: pageDir,
  });
  await services.started;
  const api = typedApi(services);
  const { workshop } = await api.ok('workshop.create', { title: 'Order to cash', date: '2026-11-25', facilitator: 'Dana' });
  const map = await api.ok('map.create', { workshopId: workshop.id, name: 'Current state', state: 'current', template: 'blank' });
  await api.ok('map.applyChanges', {
    mapId: map.id,
    changes: (options.notes ?? NOTES).map((id, index) => ({
      op: 'putNode' as const,
      node: {
        id,
        kind: 'sticky-note' as const,
        x: index * 200,
        y: 0,
        width: 160,
        height: 120,
        z: index + 1,
        text: `Problem ${id}`,
        color: 'yellow' as const,
        originId: null,
      },
    })),
  });
  const people = await api.ok('participant.add', {
    workshopId: workshop.id,
    people: (options.people ?? ['Ana', 'Ben', 'Cy']).map((name) => ({ name })),
  });
  const session = await api.ok('voting.create', {
    workshopId: workshop.id,
    mapId: map.id,
    setup: {
      title: 'Biggest problems',
      targetKinds: ['sticky-note'],
      votesPerParticipant: options.votesPerParticipant ?? 3,
      maxVotesPerItem: options.maxVotesPerItem ?? 2,
      visibility: options.visibility ?? 'secret',
      mode: 'pass-the-laptop',
    },
  });
  const room = await api.ok('room.open', { workshopId: workshop.id, address: ROOM_ADDRESS });
  if (!room.open) throw new Error('the room did not open');
  return {
    services,
    api,
    workshopId: workshop.id,
    mapId: map.id,
    people,
    session,
    room,
    dataDir,
    close: async () => {
      await services.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A phone: calls the participant API over HTTP like the page does, from its own loopback address when given one. */
export function phone(origin: string, localAddress?: string) {
  let token: string | null = null;
  function raw(channel: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${origin}/api/${channel}`,
        {
          method: 'POST',
          localAddress,
          agent: false,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }
  async function call<C extends RoomChannel>(channel: C, input: RoomInput<C>): Promise<RoomResult<RoomOutput<C>>> {
    const { text } = await raw(channel, JSON.stringify(input));
    return JSON.parse(text) as RoomResult<RoomOutput<C>>;
  }
  async function ok<C extends RoomChannel>(channel: C, input: RoomInput<C>): Promise<RoomOutput<C>> {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }
  return {
    raw,
    call,
    ok,
    token: () => token,
    useToken: (value: string | null) => (token = value),
    /** Joins with the code and picks a name (or the first on the list). */
    async join(code: string, participantId?: string) {
      const joined = await ok('join', { code });
      token = joined.token;
      return ok('identify', { as: { participantId: participantId ?? joined.roster[0]!.id } });
    },
  };
}

export type Phone = ReturnType<typeof phone>;

/** A live socket that keeps every push it hears. */
export async function listen(
  origin: string,
  token: string,
  localAddress?: string,
): Promise<{ pushes: RoomPush[]; socket: WebSocket; closed: Promise<number>; next: (test: (push: RoomPush) => boolean) => Promise<RoomPush> }> {
  const socket = new WebSocket(`${origin.replace('http:', 'ws:')}/live`, { origin, localAddress });
  const pushes: RoomPush[] = [];
  const waiters: { test: (push: RoomPush) => boolean; resolve: (push: RoomPush) => void }[] = [];
  socket.on('message', (data: Buffer) => {
    const push = JSON.parse(data.toString()) as RoomPush;
    pushes.push(push);
    for (const waiter of [...waiters]) {
      if (waiter.test(push)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(push);
      }
    }
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ token }));
  return {
    pushes,
    socket,
    closed,
    next: (test) => {
      const seen = pushes.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
  };
}
