import type { WebSocket } from 'ws';
import type { RoomPush } from '../../shared/api/room-participant-api';
import type { ParticipantView } from '../../shared/room/participant-view';
import { MAX_SOCKETS_PER_DEVICE } from '../../shared/room/room-limits';

/**
 * The phones' live connections. After any change the views are rebuilt once, shortly after (so a
 * burst of fifty dots is one rebuild, not fifty), and each phone is sent its view only when it
 * differs from the last one it was sent. Revoking a device tells its sockets why and closes them.
 */
export type LiveSocket = Pick<WebSocket, 'send' | 'close' | 'readyState'>;

type Listener = { socket: LiveSocket; deviceId: string; participantId: string | null; lastSent: string };

export type RoomLive = {
  /** Adds an authenticated socket; false when the device already holds the most sockets allowed. */
  attach: (socket: LiveSocket, deviceId: string, participantId: string | null) => boolean;
  detach: (socket: LiveSocket) => void;
  /** Something changed: views are rebuilt and sent soon. */
  schedule: () => void;
  /** Rebuilds and sends now. */
  flush: () => void;
  revoke: (deviceId: string, reason: Extract<RoomPush, { type: 'revoked' }>['reason']) => void;
  revokeAll: (reason: Extract<RoomPush, { type: 'revoked' }>['reason']) => void;
  connectedDevices: () => Set<string>;
};

export type RoomLiveOptions = {
  /** The views of these participants, built from one read of the room. */
  viewsOf: (participantIds: readonly (string | null)[]) => Map<string | null, ParticipantView>;
  /** The participant a device is now (it may have picked a name since its socket opened), or undefined once it is gone. */
  participantOf: (deviceId: string) => string | null | undefined;
  delayMs?: number;
  onError?: (error: unknown) => void;
};

const OPEN = 1;

/** The view without the server's clock reading and the read's stamp, which change every time and are no reason to send. */
function comparable(view: ParticipantView): string {
  return JSON.stringify({ ...view, serverNowMs: 0, built: null });
}

function push(socket: LiveSocket, message: RoomPush): void {
  if (socket.readyState === OPEN) socket.send(JSON.stringify(message));
}

export function createRoomLive({ viewsOf, participantOf, delayMs = 100, onError = () => undefined }: RoomLiveOptions): RoomLive {
  const listeners = new Map<LiveSocket, Listener>();
  let timer: NodeJS.Timeout | null = null;

  function flush() {
    if (timer) clearTimeout(timer);
    timer = null;
    if (listeners.size === 0) return;
    try {
      for (const listener of listeners.values()) {
        const now = participantOf(listener.deviceId);
        if (now === undefined) {
          revoke(listener.deviceId, 'removed');
          continue;
        }
        listener.participantId = now;
      }
      const views = viewsOf([...new Set([...listeners.values()].map((listener) => listener.participantId))]);
      for (const listener of listeners.values()) {
        const view = views.get(listener.participantId);
        if (!view) continue;
        const key = comparable(view);
        if (key === listener.lastSent) continue;
        listener.lastSent = key;
        push(listener.socket, { type: 'view', view });
      }
    } catch (error) {
      onError(error);
    }
  }

  function revoke(deviceId: string, reason: Extract<RoomPush, { type: 'revoked' }>['reason']) {
    for (const [socket, listener] of [...listeners]) {
      if (listener.deviceId !== deviceId) continue;
      listeners.delete(socket);
      push(socket, { type: 'revoked', reason });
      socket.close(4401, reason);
    }
  }

  return {
    attach(socket, deviceId, participantId) {
      const held = [...listeners.values()].filter((listener) => listener.deviceId === deviceId).length;
      if (held >= MAX_SOCKETS_PER_DEVICE) return false;
      listeners.set(socket, { socket, deviceId, participantId, lastSent: '' });
      this.schedule();
      return true;
    },
    detach: (socket) => listeners.delete(socket),
    schedule() {
      if (timer || listeners.size === 0) return;
      timer = setTimeout(flush, delayMs);
      timer.unref();
    },
    flush,
    revoke,
    revokeAll(reason) {
      for (const deviceId of new Set([...listeners.values()].map((listener) => listener.deviceId))) revoke(deviceId, reason);
      if (timer) clearTimeout(timer);
      timer = null;
    },
    connectedDevices: () => new Set([...listeners.values()].map((listener) => listener.deviceId)),
  };
}
