import type { DomainHandlers } from '../../shared/api/contract';
import { dismissIdea, listIdeas, mergeIdeas, parkIdea, placeIdea, restoreIdea, showIdeas } from '../store/room/room-ideas';
import { requireWorkshop } from '../store/require-existing';
import type { ApiServices } from './api-services';

/** The facilitator's side of the room; every change to the inbox reaches the phones (their own ideas' states) and the panels. */
export function createRoomHandlers({ db, clock, room }: ApiServices): DomainHandlers<'room'> {
  function ideasChanged<T>(value: T): T {
    room.changed('ideas');
    return value;
  }
  return {
    'room.interfaces': () => room.interfaces(),
    'room.open': (options) => room.open(options),
    'room.close': () => room.close(),
    'room.status': () => room.status(),
    'room.removeDevice': ({ deviceId }) => room.removeDevice(deviceId),
    'room.setIdeaMode': ({ mode }) => room.setIdeaMode(mode),
    'room.showJoinScreen': ({ shown }) => room.showJoinScreen(shown),
    'room.ideas': ({ workshopId }) => listIdeas(db(), requireWorkshop(db(), workshopId)),
    'room.placeIdea': ({ ideaId, mapId, at }) => ideasChanged(placeIdea(db(), ideaId, mapId, at, clock)),
    'room.parkIdea': ({ ideaId }) => ideasChanged(parkIdea(db(), ideaId, clock)),
    'room.mergeIdeas': ({ intoId, ideaIds }) => ideasChanged(mergeIdeas(db(), intoId, ideaIds, clock)),
    'room.dismissIdea': ({ ideaId }) => ideasChanged(dismissIdea(db(), ideaId, clock)),
    'room.restoreIdea': ({ ideaId }) => ideasChanged(restoreIdea(db(), ideaId, clock)),
    'room.showIdeas': ({ workshopId, shown }) => ideasChanged(showIdeas(db(), requireWorkshop(db(), workshopId), shown)),
    'room.voteProgress': ({ sessionId }) => room.voteProgress(sessionId),
  };
}
