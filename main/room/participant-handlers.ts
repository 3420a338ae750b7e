import type { Database } from 'better-sqlite3';
import type { RoomChannel, RoomOutput, RoomParsedInput } from '../../shared/api/room-participant-api';
import type { ParticipantView } from '../../shared/room/participant-view';
import type { IdeaMode } from '../../shared/room/room-idea';
import {
  isLockedOut,
  MAX_IDEAS_PER_DEVICE,
  MAX_WORKSHOP_PARTICIPANTS,
  NO_CODE_TRIES,
  recordWrongCode,
  type CodeTries,
} from '../../shared/room/room-limits';
import type { RoomTopic } from '../../shared/sync/map-feed';
import type { Clock } from '../store/clock';
import { addParticipants, listParticipants } from '../store/facilitation/participant-repository';
import { castVote, getVotingSession, retractVote } from '../store/facilitation/voting-repository';
import { getMapMeta, loadMap } from '../store/map-repository';
import { addDevice, revokeDevice, setDeviceParticipant, type RoomDeviceRow } from '../store/room/room-devices';
import { doneParticipants, setDone } from '../store/room/room-done';
import { addIdea, ideasOfDevice, ownIdeas } from '../store/room/room-ideas';
import { findWrite, recordWrite } from '../store/room/room-writes';
import { RoomRefusedError } from '../store/store-errors';
import { hashToken, newDeviceToken, sameCode } from './room-secrets';
import { apiRefusalWords } from '../../shared/i18n/refusals';

/** Who is calling: the device its token names (null before joining) and the network address it calls from. */
export type RoomCaller = { device: RoomDeviceRow | null; address: string };

/** The room as it is open now; it lives as long as the room server. */
export type OpenRoomState = {
  roomId: string;
  workshopId: string;
  code: string;
  ideaMode: IdeaMode;
  /** Whether the projector shows the join screen instead of the map: the facilitator's choice, the same in every window. */
  joinOnProjector: boolean;
  /** Wrong room codes per network address. */
  codeTries: Map<string, CodeTries>;
};

export type ParticipantHandlerServices = {
  db: () => Database;
  clock: Clock;
  room: OpenRoomState;
  viewOf: (participantId: string | null) => ParticipantView;
  changed: (topic: RoomTopic) => void;
  left: (deviceId: string) => void;
};

export type ParticipantHandlers = { [C in RoomChannel]: (input: RoomParsedInput<C>, caller: RoomCaller) => RoomOutput<C> };

/** Addresses with wrong codes kept before those no longer locked out are forgotten. */
const MAX_TRACKED_ADDRESSES = 5_000;

function forgetUnlocked(codeTries: Map<string, CodeTries>, nowMs: number): void {
  for (const [address, tries] of codeTries) if (!isLockedOut(tries, nowMs)) codeTries.delete(address);
}

function identified(caller: RoomCaller): RoomDeviceRow & { participant_id: string } {
  const device = caller.device;
  if (!device || device.participant_id === null) throw new RoomRefusedError('not-identified', apiRefusalWords()('phone.pickName'));
  return { ...device, participant_id: device.participant_id };
}

function joined(caller: RoomCaller): RoomDeviceRow {
  if (!caller.device) throw new RoomRefusedError('unauthorized', apiRefusalWords()('phone.joinFirst'));
  return caller.device;
}

/**
 * What a phone may do in the room, and nothing else. Every write runs in one transaction with
 * the record of its write id, so it is stored before it is acknowledged and a retry of it is
 * answered without doing it again.
 */
export function createParticipantHandlers({ db, clock, room, viewOf, changed, left }: ParticipantHandlerServices): ParticipantHandlers {
  function sessionOfRoom(sessionId: string) {
    const session = getVotingSession(db(), sessionId);
    if (session.workshopId !== room.workshopId) throw new RoomRefusedError('not-found', apiRefusalWords()('phone.voteNotInRoom'));
    return session;
  }

  /** Runs a dot write once per write id; a retry only answers the view. */
  function dotWrite(channel: 'castDot' | 'retractDot', { writeId, sessionId, nodeId }: RoomParsedInput<'castDot'>, caller: RoomCaller) {
    const device = identified(caller);
    const database = db();
    database
      .transaction(() => {
        if (findWrite(database, device.id, writeId, channel)) return;
        sessionOfRoom(sessionId);
        const ballot = { participantId: device.participant_id, nodeId };
        if (channel === 'castDot') castVote(database, sessionId, ballot, clock);
        else retractVote(database, sessionId, ballot, clock);
        recordWrite(database, device.id, writeId, channel, null, clock);
      })
      .immediate();
    changed('votes');
    return viewOf(device.participant_id);
  }

  return {
    join: ({ code }, caller) => {
      const nowMs = clock().getTime();
      const tries = room.codeTries.get(caller.address) ?? NO_CODE_TRIES;
      if (isLockedOut(tries, nowMs)) {
        throw new RoomRefusedError('locked-out', apiRefusalWords()('phone.lockedOut'));
      }
      if (!sameCode(code, room.code)) {
        if (room.codeTries.size >= MAX_TRACKED_ADDRESSES) forgetUnlocked(room.codeTries, nowMs);
        room.codeTries.set(caller.address, recordWrongCode(tries, nowMs));
        throw new RoomRefusedError('wrong-code', apiRefusalWords()('phone.wrongCode'));
      }
      const token = newDeviceToken();
      addDevice(db(), room.roomId, room.workshopId, hashToken(token), clock);
      changed('status');
      const { roster, workshopTitle } = viewOf(null);
      return { token, workshopTitle, roster };
    },

    identify: ({ as }, caller) => {
      const device = joined(caller);
      const database = db();
      const participantId = database
        .transaction(() => {
          const people = listParticipants(database, room.workshopId);
          if ('participantId' in as) {
            if (!people.some((person) => person.id === as.participantId)) {
              throw new RoomRefusedError('not-found', apiRefusalWords()('phone.nameGone'));
            }
            return as.participantId;
          }
          const sameName = people.find((person) => person.name.toLocaleLowerCase() === as.newParticipant.name.toLocaleLowerCase());
          if (sameName) return sameName.id;
          if (people.length >= MAX_WORKSHOP_PARTICIPANTS) {
            throw new RoomRefusedError('room-full', apiRefusalWords()('phone.workshopFull', { max: MAX_WORKSHOP_PARTICIPANTS }));
          }
          return addParticipants(database, room.workshopId, [as.newParticipant], clock).at(-1)!.id;
        })
        .immediate();
      setDeviceParticipant(database, device.id, participantId);
      changed('status');
      return viewOf(participantId);
    },

    state: (_input, caller) => viewOf(joined(caller).participant_id),

    map: ({ mapId }, caller) => {
      joined(caller);
      if (getMapMeta(db(), mapId).workshopId !== room.workshopId) throw new RoomRefusedError('not-found', apiRefusalWords()('phone.mapNotInRoom'));
      return loadMap(db(), mapId);
    },

    addIdea: ({ writeId, text, kind }, caller) => {
      const device = identified(caller);
      if (room.ideaMode === 'off') throw new RoomRefusedError('ideas-closed', apiRefusalWords()('phone.ideasClosed'));
      const database = db();
      const ideaId = database
        .transaction(() => {
          const earlier = findWrite(database, device.id, writeId, 'addIdea');
          if (earlier?.madeId) return earlier.madeId;
          if (ideasOfDevice(database, device.id) >= MAX_IDEAS_PER_DEVICE) {
            throw new RoomRefusedError('forbidden', apiRefusalWords()('phone.tooManyIdeas', { max: MAX_IDEAS_PER_DEVICE }));
          }
          const author = listParticipants(database, room.workshopId).find((person) => person.id === device.participant_id)?.name ?? '';
          const id = addIdea(
            database,
            {
              workshopId: room.workshopId,
              deviceId: device.id,
              participantId: device.participant_id,
              author,
              text,
              kind,
              hidden: room.ideaMode === 'silent',
            },
            clock,
          );
          recordWrite(database, device.id, writeId, 'addIdea', id, clock);
          return id;
        })
        .immediate();
      changed('ideas');
      const view = viewOf(device.participant_id);
      const idea = ownIdeas(database, room.workshopId, device.participant_id).find((own) => own.id === ideaId);
      if (!idea) throw new RoomRefusedError('not-found', apiRefusalWords()('phone.ideaRemoved'));
      return { idea, view };
    },

    castDot: (input, caller) => dotWrite('castDot', input, caller),
    retractDot: (input, caller) => dotWrite('retractDot', input, caller),

    done: ({ sessionId, done }, caller) => {
      const device = identified(caller);
      sessionOfRoom(sessionId);
      const database = db();
      const already = doneParticipants(database, sessionId).includes(device.participant_id);
      if (already !== done) {
        setDone(database, sessionId, device.participant_id, done, clock);
        changed('votes');
      }
      return viewOf(device.participant_id);
    },

    leave: (_input, caller) => {
      const device = joined(caller);
      revokeDevice(db(), device.id, clock);
      left(device.id);
      changed('status');
      return { left: true };
    },
  };
}
