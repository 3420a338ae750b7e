import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { vsmDayTemplate } from '../../../../shared/facilitation/agenda-template';
import { defaultVotingSetup } from '../../../../shared/facilitation/voting';
import { addAgendaItems, listAgenda } from '../../../../main/store/facilitation/agenda-repository';
import { listParkingLot, parkNote } from '../../../../main/store/facilitation/parking-lot-repository';
import { addParticipants, listParticipants } from '../../../../main/store/facilitation/participant-repository';
import { getPresentation, projectorSnapshot, updatePresentation } from '../../../../main/store/facilitation/presentation-repository';
import { getTimer, makeCurrent } from '../../../../main/store/facilitation/timer-repository';
import {
  castVote,
  createVotingSession,
  getVotingSessionDetail,
  listVotingSessions,
  setVotingStatus,
} from '../../../../main/store/facilitation/voting-repository';
import { deleteWorkshop, duplicateWorkshop } from '../../../../main/store/workshop-repository';
import { useTempDir } from '../../../support/temp-dir';
import { heldClock, openStore, workshopWithNodes, type HeldClock } from './store-fixtures';

const TABLES = ['participants', 'agenda_items', 'timers', 'voting_sessions', 'votes', 'parking_lot_items', 'presentation_states'];

function rowCounts(db: Database, workshopId: string): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((table) => [
      table,
      db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE workshop_id = ?`).get(workshopId)!.n,
    ]),
  );
}

/** A workshop in the middle of its day: agenda running, a revealed vote, a parked note, the projector set. */
function busyWorkshop(db: Database, clock: HeldClock) {
  const { workshopId, mapId } = workshopWithNodes(db, clock, { k1: 'kaizen-burst', s1: 'sticky-note', s2: 'sticky-note' });
  const agenda = addAgendaItems(db, workshopId, vsmDayTemplate('en'), clock);
  makeCurrent(db, workshopId, agenda[2]!.id, true, clock);
  const [ana, ben] = addParticipants(db, workshopId, [{ name: 'Ana' }, { name: 'Ben' }], clock);
  const session = createVotingSession(db, workshopId, mapId, defaultVotingSetup('en'), clock);
  castVote(db, session.id, { participantId: ana!.id, nodeId: 'k1' }, clock);
  castVote(db, session.id, { participantId: ben!.id, nodeId: 's1' }, clock);
  setVotingStatus(db, session.id, 'revealed', clock);
  parkNote(db, mapId, 's2', clock);
  updatePresentation(db, workshopId, { mapId, resultsSessionId: session.id, view: 'heat' });
  return { workshopId, mapId, sessionId: session.id };
}

describe('facilitation data over a workshop’s life', () => {
  const tempDir = useTempDir();

  it('a duplicate copies all of it, every reference pointing into the copy, and the original is untouched', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const original = busyWorkshop(db, clock);
    const before = rowCounts(db, original.workshopId);
    expect(Object.values(before).every((count) => count > 0)).toBe(true);

    const copy = duplicateWorkshop(db, original.workshopId, clock);
    const copyId = copy.workshop.id;
    const copyMapId = copy.maps[0]!.id;
    expect(rowCounts(db, copyId)).toEqual(before);
    expect(rowCounts(db, original.workshopId)).toEqual(before);

    const copiedPeople = listParticipants(db, copyId);
    const [session] = listVotingSessions(db, copyId);
    expect(session).toMatchObject({ mapId: copyMapId, status: 'revealed' });
    const votes = getVotingSessionDetail(db, session!.id).votes;
    expect(votes.map((vote) => vote.nodeId)).toEqual(['k1', 's1']);
    expect(votes.every((vote) => copiedPeople.some((person) => person.id === vote.participantId))).toBe(true);

    const agenda = listAgenda(db, copyId);
    expect(agenda.map((item) => item.title)).toEqual(listAgenda(db, original.workshopId).map((item) => item.title));
    expect(getTimer(db, copyId).agendaItemId).toBe(agenda.find((item) => item.isCurrent)!.id);
    expect(listParkingLot(db, copyId)[0]).toMatchObject({ text: 's2', fromMapId: copyMapId });
    expect(getPresentation(db, copyId)).toEqual({ mapId: copyMapId, resultsSessionId: session!.id, view: 'heat' });
  });

  it('deleting a workshop deletes all of it and nothing of another workshop', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const doomed = busyWorkshop(db, clock);
    const kept = busyWorkshop(db, clock);
    const keptCounts = rowCounts(db, kept.workshopId);
    deleteWorkshop(db, doomed.workshopId);
    expect(Object.values(rowCounts(db, doomed.workshopId))).toEqual(TABLES.map(() => 0));
    expect(rowCounts(db, kept.workshopId)).toEqual(keptCounts);
  });

  it('the projector sees the map, the timer, the current activity and only revealed results', () => {
    const clock = heldClock();
    const db = openStore(tempDir());
    const { workshopId, mapId, sessionId } = busyWorkshop(db, clock);
    const snapshot = projectorSnapshot(db, workshopId);
    expect(snapshot).toMatchObject({
      workshopTitle: 'Order to cash',
      presentation: { mapId, resultsSessionId: sessionId, view: 'heat' },
      map: { id: mapId },
      timer: { status: 'running' },
      currentActivity: { title: 'Map the current state', plannedMinutes: 90 },
      results: { session: { id: sessionId }, labels: { k1: 'k1', s1: 's1' } },
    });
    expect(snapshot.participants.map((person) => person.name)).toEqual(['Ana', 'Ben']);

    const open = createVotingSession(db, workshopId, mapId, defaultVotingSetup('en'), clock);
    expect(() => updatePresentation(db, workshopId, { resultsSessionId: open.id })).toThrow('Reveal the results');
    expect(getPresentation(db, workshopId).resultsSessionId).toBe(sessionId);
  });
});
