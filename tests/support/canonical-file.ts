import type { WorkshopFile } from '../../shared/workshop-file/workshop-file-schema';

/**
 * A workshop file with its ids replaced by positions (`#2` is the third map, person, session …),
 * so two files can be compared for everything an import keeps: all content and every reference,
 * but not the fresh ids, the new workshop's own dates, the moment of export, or the timer's
 * running state (an import pauses it; checked on its own).
 */
function at(list: readonly { id: string }[], id: string | null): string | null {
  return id === null ? null : `#${list.findIndex((item) => item.id === id)}`;
}

export function canonicalFile(file: WorkshopFile) {
  const { maps, participants, agenda, votingSessions } = file;
  return {
    workshop: { date: file.workshop.date, facilitator: file.workshop.facilitator },
    maps: maps.map(({ id: _id, derivedFromMapId, ...map }) => ({ ...map, derivedFromMapId: at(maps, derivedFromMapId) })),
    participants: participants.map(({ id: _id, ...person }) => person),
    agenda: agenda.map(({ id: _id, ...item }) => item),
    timer: { durationMs: file.timer.durationMs, agendaItemId: at(agenda, file.timer.agendaItemId) },
    votingSessions: votingSessions.map(({ id: _id, mapId, votes, ...session }) => ({
      ...session,
      mapId: at(maps, mapId),
      votes: votes.map(({ id: _vote, participantId, ...vote }) => ({ ...vote, participantId: at(participants, participantId) })),
    })),
    parkingLot: file.parkingLot.map(({ id: _id, fromMapId, ...item }) => ({ ...item, fromMapId: at(maps, fromMapId) })),
    actions: file.actions.map(({ id: _id, mapId, ...action }) => ({ ...action, mapId: at(maps, mapId) })),
    presentation: {
      ...file.presentation,
      mapId: at(maps, file.presentation.mapId),
      resultsSessionId: at(votingSessions, file.presentation.resultsSessionId),
    },
  };
}
