import { uiText } from '../../ui-text/ui-text';
import { ROOM_LIVE_PATH, type RoomChannel, type RoomPush } from '../../../shared/api/room-participant-api';
import type { MapDocument } from '../../../shared/model/vsm-map';
import type { ParticipantDetails } from '../../../shared/facilitation/participant';
import { isNewerView, type ParticipantView, type RosterEntry } from '../../../shared/room/participant-view';
import type { IdeaKind } from '../../../shared/room/room-idea';
import { exhaustiveSwitchError } from '../../../shared/util/exhaustive';
import { callRoom, type RoomCallResult } from './room-api';
import { readStored, rememberedToken, rememberToken, writeStored } from './device-memory';
import { parsePendingWrites, writeIdOf, type PendingWrite } from './pending-writes';
import { newWriteId } from './write-ids';

/**
 * The phone's link to the room, outside React: the device's token, its view of the room as the
 * laptop last sent it, and the writes on their way. The live socket reconnects by itself (after
 * a dropped Wi-Fi, a sleeping phone, a restarted laptop) and every reconnect sends whatever
 * waited; a token the laptop stops accepting (room closed, device removed) ends the session and
 * says why.
 */
export type RoomPhase = 'code' | 'connecting' | 'identify' | 'room';

export type RoomConnectionState = {
  phase: RoomPhase;
  view: ParticipantView | null;
  /** Names to pick from right after joining, before the first view arrives. */
  roster: readonly RosterEntry[];
  workshopTitle: string;
  /** The live socket is open: what the screen shows is current. */
  live: boolean;
  busy: boolean;
  pending: readonly PendingWrite[];
  /** The laptop's clock minus this phone's, from the last view (the timer reads the laptop's clock). */
  clockOffsetMs: number;
  /** Something to tell the person: a refused write, a wrong code, the room closing. */
  notice: string | null;
};

const PENDING_KEY = 'vsw-room-pending';
const RECONNECT_DELAYS_MS = [300, 1000, 2000, 4000];
const SLOW_DOWN_WAIT_MS = 3000;

/** Why the laptop ended this phone's session, as the room catalogue says it. */
const REVOKED_WORDS = {
  closed: 'connection.closed',
  removed: 'connection.removed',
  left: 'connection.left',
} as const satisfies Record<Extract<RoomPush, { type: 'revoked' }>['reason'], string>;

export type RoomConnection = {
  getState: () => RoomConnectionState;
  subscribe: (listener: () => void) => () => void;
  join: (code: string) => void;
  identify: (as: { participantId: string } | { newParticipant: ParticipantDetails }) => void;
  addIdea: (text: string, kind: IdeaKind | null) => void;
  castDot: (sessionId: string, nodeId: string) => void;
  retractDot: (sessionId: string, nodeId: string) => void;
  setDone: (sessionId: string, done: boolean) => void;
  dismissNotice: () => void;
  /** The read-only map, or null while the laptop cannot be reached. */
  loadMap: (mapId: string) => Promise<MapDocument | null>;
};

export function createRoomConnection(): RoomConnection {
  let token = rememberedToken();
  let state: RoomConnectionState = {
    phase: token ? 'connecting' : 'code',
    view: null,
    roster: [],
    workshopTitle: '',
    live: false,
    busy: false,
    pending: parsePendingWritesFromStorage(),
    clockOffsetMs: 0,
    notice: null,
  };
  const listeners = new Set<() => void>();
  let socket: WebSocket | null = null;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let attempts = 0;
  let flushing = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let retries = 0;

  function set(patch: Partial<RoomConnectionState>) {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  }

  function showView(view: ParticipantView) {
    // The socket's push and a call's answer may cross: a view read before the one shown is old news.
    if (!isNewerView(state.view?.built ?? null, view.built)) return;
    set({ view, phase: view.me ? 'room' : 'identify', clockOffsetMs: view.serverNowMs - Date.now(), workshopTitle: view.workshopTitle });
  }

  function setPending(pending: PendingWrite[]) {
    writeStored(PENDING_KEY, pending);
    set({ pending });
  }

  function endSession(reason: string) {
    // What still waited on the phone is dropped with the token: say so, rather than let it vanish.
    const unsent = state.pending.length;
    const notice = unsent > 0 ? `${reason} ${uiText('room:connection.unsent', { count: unsent })}` : reason;
    token = null;
    rememberToken(null);
    socket?.close();
    socket = null;
    setPending([]);
    set({ phase: 'code', view: null, roster: [], live: false, busy: false, notice });
  }

  /** What every answer may say about the session as a whole, before the caller looks at it. */
  function answered(result: RoomCallResult<RoomChannel>): boolean {
    if (result.ok) return true;
    const { code, message } = result.error;
    if (code === 'unauthorized' || code === 'room-closed') {
      endSession(code === 'room-closed' ? uiText(`room:${REVOKED_WORDS.closed}`) : message);
      return false;
    }
    return true;
  }

  function connect() {
    if (!token || socket) return;
    if (reconnectTimer) clearTimeout(reconnectTimer);
    reconnectTimer = null;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const opened = new WebSocket(`${scheme}//${location.host}${ROOM_LIVE_PATH}`);
    socket = opened;
    const hello = token;
    opened.addEventListener('open', () => {
      opened.send(JSON.stringify({ token: hello }));
      attempts = 0;
      set({ live: true });
      void flush();
    });
    opened.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return;
      const push = JSON.parse(event.data) as RoomPush;
      if (push.type === 'view') showView(push.view);
      else endSession(uiText(`room:${REVOKED_WORDS[push.reason]}`));
    });
    opened.addEventListener('close', () => {
      if (socket !== opened) return;
      socket = null;
      set({ live: false });
      if (!token) return;
      const delay = RECONNECT_DELAYS_MS[Math.min(attempts, RECONNECT_DELAYS_MS.length - 1)] ?? 4000;
      attempts += 1;
      reconnectTimer = setTimeout(connect, delay);
      // A closed socket may mean the token stopped working while the phone slept: ask once, plainly.
      void refresh();
    });
  }

  /** Asks for the view outright: at start, on waking, and to tell a dead socket from a quiet one. */
  async function refresh() {
    if (!token) return;
    const result = await callRoom('state', {}, token);
    if (!answered(result)) return;
    if (result.ok) {
      showView(result.value);
      connect();
    } else if (result.error.code === 'unreachable') {
      socket?.close();
    }
  }

  /**
   * A write that did not get through is tried again by itself: the socket may still look open
   * while one request was lost (a reused connection the laptop had just closed, a moment of bad
   * Wi-Fi), and nothing else would send what waits.
   */
  function retryLater() {
    if (retryTimer) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(retries, RECONNECT_DELAYS_MS.length - 1)] ?? 4000;
    retries += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void flush();
    }, delay);
  }

  async function flush() {
    if (flushing || !token) return;
    flushing = true;
    try {
      while (state.pending.length > 0 && token) {
        const write = state.pending[0]!;
        const result = await send(write, token);
        if (!answered(result)) return;
        if (!result.ok && result.error.code === 'unreachable') return retryLater();
        retries = 0;
        if (!result.ok && result.error.code === 'slow-down') {
          await new Promise((resolve) => setTimeout(resolve, SLOW_DOWN_WAIT_MS));
          continue;
        }
        setPending(state.pending.filter((entry) => writeIdOf(entry) !== writeIdOf(write)));
        if (result.ok) showView(result.value);
        else set({ notice: result.error.message });
      }
    } finally {
      flushing = false;
    }
  }

  function enqueue(write: PendingWrite) {
    setPending([...state.pending, write]);
    void flush();
  }

  const wake = () => {
    if (document.visibilityState === 'hidden' || !token) return;
    void refresh();
    void flush();
  };
  window.addEventListener('online', wake);
  window.addEventListener('pageshow', wake);
  document.addEventListener('visibilitychange', wake);
  if (token) void refresh().then(() => connect());

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    join(code) {
      set({ busy: true, notice: null });
      void callRoom('join', { code }, null).then((result) => {
        if (!result.ok) return set({ busy: false, notice: result.error.message });
        token = result.value.token;
        rememberToken(token);
        set({ busy: false, phase: 'identify', roster: result.value.roster, workshopTitle: result.value.workshopTitle });
        connect();
      });
    },
    identify(as) {
      if (!token) return;
      set({ busy: true, notice: null });
      void callRoom('identify', { as }, token).then((result) => {
        if (!answered(result)) return;
        if (result.ok) showView(result.value);
        set({ busy: false, notice: result.ok ? null : result.error.message });
      });
    },
    addIdea(text, kind) {
      enqueue({ channel: 'addIdea', input: { writeId: newWriteId(), text, kind } });
    },
    castDot(sessionId, nodeId) {
      enqueue({ channel: 'castDot', input: { writeId: newWriteId(), sessionId, nodeId } });
    },
    retractDot(sessionId, nodeId) {
      enqueue({ channel: 'retractDot', input: { writeId: newWriteId(), sessionId, nodeId } });
    },
    setDone(sessionId, done) {
      enqueue({ channel: 'done', input: { sessionId, done }, writeId: newWriteId() });
    },
    dismissNotice() {
      set({ notice: null });
    },
    async loadMap(mapId) {
      if (!token) return null;
      const result = await callRoom('map', { mapId }, token);
      return answered(result) && result.ok ? result.value : null;
    },
  };
}

function parsePendingWritesFromStorage(): PendingWrite[] {
  return readStored(PENDING_KEY, parsePendingWrites) ?? [];
}

/** One waiting write, sent; every answer is the device's new view. */
async function send(write: PendingWrite, token: string): Promise<RoomCallResult<'state'>> {
  switch (write.channel) {
    case 'addIdea': {
      const result = await callRoom('addIdea', write.input, token);
      return result.ok ? { ok: true, value: result.value.view } : result;
    }
    case 'castDot':
      return callRoom('castDot', write.input, token);
    case 'retractDot':
      return callRoom('retractDot', write.input, token);
    case 'done':
      return callRoom('done', write.input, token);
    default:
      return exhaustiveSwitchError(write, 'pending write');
  }
}
