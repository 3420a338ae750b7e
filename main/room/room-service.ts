import type { Database } from 'better-sqlite3';
import QRCode from 'qrcode';
import type { RoomVoteProgress, NetworkInterfaceChoice, OpenRoom, RoomStatus } from '../../shared/room/room-status';
import type { IdeaMode } from '../../shared/room/room-idea';
import { participantView, type ParticipantView } from '../../shared/room/participant-view';
import type { FeedEvent, RoomTopic } from '../../shared/sync/map-feed';
import { newId } from '../../shared/model/ids';
import type { Clock } from '../store/clock';
import { getVotingSession } from '../store/facilitation/voting-repository';
import { deviceByToken, getDevice, listDevices, markDeviceSeen, revokeAllDevices, revokeDevice, workshopExists } from '../store/room/room-devices';
import { countVoters, doneParticipants } from '../store/room/room-done';
import { ideaCounts, ownIdeas } from '../store/room/room-ideas';
import { forgetOpenRoom, readOpenRoom, saveOpenRoom } from '../store/room/open-room-record';
import { latestWriteIds } from '../store/room/room-writes';
import { InvalidChangeError, NotFoundError } from '../store/store-errors';
import { getWorkshop } from '../store/workshop-repository';
import { listRoomInterfaces, type InterfaceSource } from './network-interfaces';
import { createParticipantHandlers, type OpenRoomState } from './participant-handlers';
import { createRoomDispatch } from './room-dispatch';
import { createRoomLive, type RoomLive } from './room-live';
import { hashToken, newRoomCode } from './room-secrets';
import { startRoomServer, type RoomServer } from './room-server';
import { createRoomSnapshotReader } from './room-snapshot';
import { apiRefusalWords } from '../../shared/i18n/refusals';

export type RoomOpenOptions = { workshopId: string; address: string; port?: number; ideaMode?: IdeaMode };

/** The room as the facilitator's API sees it (see ../api/room-handlers.ts). */
export type RoomService = {
  interfaces: () => NetworkInterfaceChoice[];
  open: (options: RoomOpenOptions) => Promise<RoomStatus>;
  /** At start: opens again the room a crash left open (see ../store/room/open-room-record.ts). */
  resume: () => Promise<void>;
  close: () => Promise<RoomStatus>;
  status: () => RoomStatus;
  removeDevice: (deviceId: string) => RoomStatus;
  setIdeaMode: (mode: IdeaMode) => RoomStatus;
  /** Shows the join screen on the projector, or the map again; every facilitator window and the projector follow. */
  showJoinScreen: (shown: boolean) => RoomStatus;
  voteProgress: (sessionId: string) => RoomVoteProgress;
  /** The facilitator changed something the phones may show (agenda, timer, a vote, the inbox): their views follow. */
  changed: (topic?: RoomTopic) => void;
};

export type RoomServiceOptions = {
  db: () => Database;
  clock: Clock;
  /** Tells the facilitator's windows (the change feed). */
  announce: (event: FeedEvent) => void;
  interfaces: InterfaceSource;
  /** The participant page's built files. */
  pageDir: string;
  onError?: (error: unknown) => void;
};

type Opened = { state: OpenRoomState; server: RoomServer; live: RoomLive; address: string; joinUrl: string; qrSvg: string; openedAt: string };

/** A device counts as seen again after this long, so a busy phone does not write on every tap. */
const SEEN_EVERY_MS = 15_000;

/**
 * Opens and closes the room. Off by default; one room at a time, for one workshop. Each opening
 * has a new code and a new id, and closing (or opening again, or the app quitting) revokes every
 * device's token. A crash closes nothing: the next start opens that room again as it was.
 */
export function createRoomService({ db, clock, announce, interfaces, pageDir, onError = () => undefined }: RoomServiceOptions): RoomService {
  let opened: Opened | null = null;
  const readRoomSnapshot = createRoomSnapshotReader();

  function tell(workshopId: string, topic: RoomTopic) {
    announce({ type: 'room', workshopId, topic });
  }

  function status(): RoomStatus {
    if (!opened) return { open: false };
    const { state, server, address, joinUrl, qrSvg, openedAt, live } = opened;
    const connected = live.connectedDevices();
    const devices = listDevices(db(), state.roomId).map((device) => ({
      id: device.id,
      participantId: device.participant_id,
      name: device.name,
      connected: connected.has(device.id),
      joinedAt: device.joined_at,
      lastSeenAt: device.last_seen_at,
    }));
    return {
      open: true,
      workshopId: state.workshopId,
      address,
      port: server.port,
      code: state.code,
      joinUrl,
      qrSvg,
      openedAt,
      ideaMode: state.ideaMode,
      joinOnProjector: state.joinOnProjector,
      devices,
      counts: { devices: devices.length, connected: devices.filter((device) => device.connected).length, ...ideaCounts(db(), state.workshopId) },
    } satisfies OpenRoom;
  }

  async function close(): Promise<RoomStatus> {
    const closing = opened;
    opened = null;
    if (closing) {
      forgetOpenRoom(db());
      revokeAllDevices(db(), clock);
      closing.live.revokeAll('closed');
      await closing.server.close();
      tell(closing.state.workshopId, 'status');
    } else {
      // A database restored from a backup taken while a room was open holds that room's record: it must not open again later.
      try {
        forgetOpenRoom(db());
      } catch {
        // No database that can be written: no later start can open a room from it either (see resume).
      }
    }
    return { open: false };
  }

  function viewsOf(state: OpenRoomState, participantIds: readonly (string | null)[]): Map<string | null, ParticipantView> {
    const database = db();
    const snapshot = readRoomSnapshot(database, state.workshopId, state.ideaMode, clock().getTime());
    return new Map(
      participantIds.map((id) => [
        id,
        id === null
          ? participantView(snapshot, id, [])
          : participantView(snapshot, id, ownIdeas(database, state.workshopId, id), latestWriteIds(database, state.roomId, id)),
      ]),
    );
  }

  function isOffered(address: string): boolean {
    return listRoomInterfaces(interfaces).some((choice) => choice.address === address);
  }

  async function open({ workshopId, address, port = 0, ideaMode = 'open' }: RoomOpenOptions): Promise<RoomStatus> {
    // Read before the first await: the request's language is in force only until then.
    const words = apiRefusalWords();
    getWorkshop(db(), workshopId);
    if (!isOffered(address)) {
      throw new InvalidChangeError(words('room.notOurAddress', { address }));
    }
    await close();
    revokeAllDevices(db(), clock);
    return start({ roomId: newId(), workshopId, code: newRoomCode(), ideaMode, joinOnProjector: false, codeTries: new Map() }, address, port, words);
  }

  /** Starts the server for a room, new or left open by a crash, and keeps its record until it closes. */
  async function start(state: OpenRoomState, address: string, port: number, words = apiRefusalWords()): Promise<RoomStatus> {
    const { workshopId } = state;
    const authenticate = (token: string) => deviceByToken(db(), state.roomId, hashToken(token));
    const live = createRoomLive({
      viewsOf: (ids) => viewsOf(state, ids),
      participantOf: (deviceId) => {
        const device = getDevice(db(), deviceId);
        return device ? device.participant_id : undefined;
      },
      onError,
    });
    const changed = (topic: RoomTopic) => {
      live.schedule();
      tell(workshopId, topic);
    };
    const handlers = createParticipantHandlers({
      db,
      clock,
      room: state,
      viewOf: (participantId) => viewsOf(state, [participantId]).get(participantId)!,
      changed,
      left: (deviceId) => live.revoke(deviceId, 'left'),
    });
    const dispatch = createRoomDispatch({
      handlers,
      authenticate,
      now: () => clock().getTime(),
      answered: (device) => {
        if (clock().getTime() - Date.parse(device.last_seen_at) > SEEN_EVERY_MS) markDeviceSeen(db(), device.id, clock);
      },
      onInternalError: (error, channel) => onError(new Error(`room ${channel} failed`, { cause: error })),
    });
    let server: RoomServer;
    try {
      server = await startRoomServer({ address, port, dispatch, live, authenticate, pageDir });
    } catch (error) {
      const reason = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE' ? words('room.portInUse', { port }) : String(error);
      throw new InvalidChangeError(words('room.notOpened', { address, reason }));
    }
    const joinUrl = `${server.origin}/#code=${state.code}`;
    const qrSvg = await QRCode.toString(joinUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    try {
      remember(state, address, server.port);
    } catch (error) {
      await server.close();
      throw error;
    }
    opened = { state, server, live, address, joinUrl, qrSvg, openedAt: clock().toISOString() };
    tell(workshopId, 'status');
    return status();
  }

  function remember({ roomId, workshopId, code, ideaMode, joinOnProjector }: OpenRoomState, address: string, port: number): void {
    saveOpenRoom(db(), { roomId, workshopId, code, address, port, ideaMode, joinOnProjector });
  }

  /**
   * Opens the room a crash left open, as it was, so its phones reconnect by themselves; when that
   * cannot be (the workshop is gone, the network or the port is no longer there), every token of
   * that room stops working, as a close would have done.
   */
  async function resume(): Promise<void> {
    let record: ReturnType<typeof readOpenRoom>;
    try {
      record = readOpenRoom(db());
    } catch {
      // No database to read: the start shows that problem, and no room can open on it.
      return;
    }
    if (!record || opened) return;
    const { roomId, workshopId, code, ideaMode, joinOnProjector, address, port } = record;
    try {
      if (!workshopExists(db(), workshopId) || !isOffered(address)) {
        throw new InvalidChangeError(apiRefusalWords()('room.notReopened', { address }));
      }
      await start({ roomId, workshopId, code, ideaMode, joinOnProjector, codeTries: new Map() }, address, port);
    } catch (error) {
      onError(error);
      try {
        revokeAllDevices(db(), clock);
        forgetOpenRoom(db());
      } catch (cleanup) {
        // A database that can only be read: the room stays closed, and its tokens reach no server.
        onError(cleanup);
      }
    }
  }

  function requireOpen(): Opened {
    if (!opened) throw new InvalidChangeError(apiRefusalWords()('room.notOpen'));
    return opened;
  }

  return {
    interfaces: () => listRoomInterfaces(interfaces),
    open,
    resume,
    close,
    status,
    removeDevice(deviceId) {
      const room = requireOpen();
      if (!revokeDevice(db(), deviceId, clock)) throw new NotFoundError(apiRefusalWords()('room.deviceGone'));
      room.live.revoke(deviceId, 'removed');
      tell(room.state.workshopId, 'status');
      return status();
    },
    setIdeaMode(mode) {
      const room = requireOpen();
      room.state.ideaMode = mode;
      remember(room.state, room.address, room.server.port);
      room.live.schedule();
      tell(room.state.workshopId, 'status');
      return status();
    },
    showJoinScreen(shown) {
      const room = requireOpen();
      room.state.joinOnProjector = shown;
      remember(room.state, room.address, room.server.port);
      tell(room.state.workshopId, 'status');
      return status();
    },
    voteProgress(sessionId) {
      const database = db();
      getVotingSession(database, sessionId);
      return {
        sessionId,
        votedCount: countVoters(database, sessionId),
        doneCount: doneParticipants(database, sessionId).length,
        connectedDevices: opened ? opened.live.connectedDevices().size : 0,
      };
    },
    changed(topic) {
      if (!opened) return;
      if (!workshopExists(db(), opened.state.workshopId)) {
        // The room's workshop was deleted: nothing is left for the phones to take part in.
        void close().catch(onError);
        return;
      }
      opened.live.schedule();
      if (topic) tell(opened.state.workshopId, topic);
    },
  };
}
