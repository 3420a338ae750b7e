import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParticipantView } from '../../../shared/room/participant-view';
import { createRoomConnection } from '../../../renderer/participant/connection/room-connection';

/**
 * The phone's link to the room, driven with a fake laptop: fetch answers (or fails, as a dropped
 * Wi-Fi does) and WebSockets that the test opens, pushes into and closes.
 */
class FakeSocket extends EventTarget {
  static all: FakeSocket[] = [];
  sent: string[] = [];
  constructor(readonly url: string) {
    super();
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.dispatchEvent(new Event('close'));
  }
  open() {
    this.dispatchEvent(new Event('open'));
  }
  push(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(data) }));
  }
}

/** The laptop's reads, numbered as the room server numbers them. */
let reads = 0;

function view(patch: Partial<ParticipantView> = {}): ParticipantView {
  return {
    built: { run: 'laptop-run-1', read: ++reads },
    workshopTitle: 'Acme stamping',
    me: { id: 'p1', name: 'Ana Silva', initials: 'AS', color: '#c62828' },
    roster: [],
    agenda: [],
    activity: null,
    timer: { durationMs: 0, status: 'idle', runningSinceMs: null, elapsedBeforeMs: 0, agendaItemId: null },
    serverNowMs: Date.now(),
    ideas: { mode: 'open', mine: [] },
    vote: null,
    mapId: null,
    storedWriteIds: [],
    ...patch,
  };
}

type Call = { channel: string; body: Record<string, unknown>; token: string | null };

let calls: Call[];
let online: boolean;
let storage: Map<string, string>;

beforeEach(() => {
  vi.useFakeTimers();
  calls = [];
  online = true;
  storage = new Map();
  FakeSocket.all = [];
  const events = new EventTarget();
  vi.stubGlobal('window', events);
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  vi.stubGlobal('location', { protocol: 'http:', host: '127.0.0.2:5000', hash: '', search: '' });
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    if (!online) throw new TypeError('Failed to fetch');
    const channel = url.replace('/api/', '');
    const body = JSON.parse(typeof init.body === 'string' ? init.body : '{}') as Record<string, unknown>;
    const auth = (init.headers as Record<string, string>).Authorization ?? null;
    calls.push({ channel, body, token: auth?.replace('Bearer ', '') ?? null });
    const value =
      channel === 'join'
        ? { token: 't'.repeat(43), workshopTitle: 'Acme stamping', roster: [] }
        : channel === 'addIdea'
          ? { idea: {}, view: view() }
          : view();
    return { json: async () => ({ ok: true, value }) };
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the phone’s link to the room', () => {
  it('joins with the code, remembers the token and says hello on the live socket', async () => {
    const connection = createRoomConnection();
    expect(connection.getState().phase).toBe('code');
    connection.join('K7Q2XM');
    await settle();
    expect(calls[0]).toMatchObject({ channel: 'join', body: { code: 'K7Q2XM' }, token: null });
    expect(storage.get('vsw-room-token')).toBe('t'.repeat(43));
    expect(connection.getState().phase).toBe('identify');
    const socket = FakeSocket.all[0]!;
    expect(socket.url).toBe('ws://127.0.0.2:5000/live');
    socket.open();
    expect(JSON.parse(socket.sent[0]!)).toEqual({ token: 't'.repeat(43) });
    socket.push({ type: 'view', view: view() });
    expect(connection.getState().phase).toBe('room');
  });

  it('keeps what is sent offline, across a reload, and sends it with the same write id when the laptop is back', async () => {
    storage.set('vsw-room-token', 't'.repeat(43));
    online = false;
    const first = createRoomConnection();
    await settle();
    first.castDot('s1', 'note-a');
    await settle();
    const waiting = first.getState().pending;
    expect(waiting).toHaveLength(1);
    expect(calls).toHaveLength(0);

    const reloaded = createRoomConnection();
    expect(reloaded.getState().pending).toEqual(waiting);
    online = true;
    window.dispatchEvent(new Event('online'));
    await settle();
    // The page before the reload is still alive here and sends too: every copy carries the id made at the tap, which the laptop counts once.
    const cast = calls.filter((call) => call.channel === 'castDot');
    expect(cast.length).toBeGreaterThan(0);
    for (const call of cast) expect(call.body).toEqual(waiting[0]!.input);
    expect(reloaded.getState().pending).toEqual([]);
  });

  it('shows the newest view when a push and an answer cross, even when both were read in the same millisecond; a restarted laptop’s views are taken', async () => {
    storage.set('vsw-room-token', 't'.repeat(43));
    const connection = createRoomConnection();
    await settle();
    const socket = FakeSocket.all[0]!;
    socket.open();
    const sameMoment = Date.now();
    const older = view({ serverNowMs: sameMoment, workshopTitle: 'read first' });
    const newer = view({ serverNowMs: sameMoment, workshopTitle: 'read second' });
    socket.push({ type: 'view', view: newer });
    socket.push({ type: 'view', view: older });
    expect(connection.getState().view?.workshopTitle).toBe('read second');

    const restarted = view({ built: { run: 'laptop-run-2', read: 1 }, workshopTitle: 'after a restart' });
    socket.push({ type: 'view', view: restarted });
    expect(connection.getState().view?.workshopTitle).toBe('after a restart');
  });

  it('sends again by itself a write that was lost on the way while the live socket stayed open', async () => {
    storage.set('vsw-room-token', 't'.repeat(43));
    const connection = createRoomConnection();
    await settle();
    FakeSocket.all[0]!.open();
    await settle();
    online = false;
    connection.castDot('s1', 'note-a');
    await settle();
    expect(connection.getState().pending).toHaveLength(1);
    online = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.filter((call) => call.channel === 'castDot')).toHaveLength(1);
    expect(connection.getState().pending).toHaveLength(0);
  });

  it('reconnects by itself when the socket drops', async () => {
    storage.set('vsw-room-token', 't'.repeat(43));
    createRoomConnection();
    await settle();
    const before = FakeSocket.all.length;
    FakeSocket.all.at(-1)!.close();
    await vi.advanceTimersByTimeAsync(5000);
    expect(FakeSocket.all.length).toBeGreaterThan(before);
  });

  it('ends the session and says why when the room is closed', async () => {
    storage.set('vsw-room-token', 't'.repeat(43));
    const connection = createRoomConnection();
    await settle();
    FakeSocket.all.at(-1)!.push({ type: 'revoked', reason: 'closed' });
    expect(connection.getState()).toMatchObject({ phase: 'code', pending: [] });
    expect(connection.getState().notice).toMatch(/closed the room/);
    expect(storage.has('vsw-room-token')).toBe(false);
  });

  it('says what could not be sent when the room closes while something still waits on the phone', async () => {
    storage.set('vsw-room-token', 't'.repeat(43));
    const connection = createRoomConnection();
    await settle();
    online = false;
    connection.addIdea('Written as the room closed', null);
    connection.castDot('s1', 'note-a');
    await settle();
    expect(connection.getState().pending).toHaveLength(2);
    FakeSocket.all.at(-1)!.push({ type: 'revoked', reason: 'closed' });
    expect(connection.getState().pending).toEqual([]);
    expect(connection.getState().notice).toMatch(/closed the room/);
    expect(connection.getState().notice).toMatch(/2 changes never reached the laptop/);
  });
});
