import type { Database } from 'better-sqlite3';
import {
  initialsFor,
  nextParticipantColor,
  sameParticipantName,
  type Participant,
  type ParticipantDetails,
} from '../../../shared/facilitation/participant';
import { newId } from '../../../shared/model/ids';
import type { Clock } from '../clock';
import { InvalidChangeError } from '../store-errors';
import { getWorkshop, touchWorkshop } from '../workshop-repository';
import { toParticipant, type ParticipantRow } from './facilitation-rows';
import { nextPosition, workshopOfRow } from './ordered-rows';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

export type NewParticipant = { name: string; initials?: string; color?: string };

export function listParticipants(db: Database, workshopId: string): Participant[] {
  return db
    .prepare<[string], ParticipantRow>('SELECT * FROM participants WHERE workshop_id = ? ORDER BY position, id')
    .all(workshopId)
    .map(toParticipant);
}

/** Adds people in the order given, each name once (a name already on the list is kept as it is); initials and colour are chosen when not given. */
export function addParticipants(db: Database, workshopId: string, people: readonly NewParticipant[], clock: Clock): Participant[] {
  getWorkshop(db, workshopId);
  const insert = db.prepare('INSERT INTO participants (id, workshop_id, position, name, initials, color) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const person of people) {
      const present = listParticipants(db, workshopId);
      // A roster pasted again, or sent by a window that had not heard of the first, must not make twins.
      if (present.some((participant) => sameParticipantName(participant.name, person.name))) continue;
      const used = present.map((participant) => participant.color);
      const initials = person.initials ?? initialsFor(person.name);
      const color = person.color ?? nextParticipantColor(used);
      insert.run(newId(), workshopId, nextPosition(db, 'participants', workshopId), person.name, initials, color);
    }
    touchWorkshop(db, workshopId, clock);
  })();
  return listParticipants(db, workshopId);
}

export function updateParticipant(db: Database, id: string, patch: Partial<ParticipantDetails>, clock: Clock): Participant[] {
  const workshopId = workshopOfRow(db, 'participants', id);
  db.transaction(() => {
    db.prepare(`UPDATE participants SET name = coalesce(?, name), initials = coalesce(?, initials), color = coalesce(?, color) WHERE id = ?`).run(
      patch.name ?? null,
      patch.initials ?? null,
      patch.color ?? null,
      id,
    );
    touchWorkshop(db, workshopId, clock);
  })();
  return listParticipants(db, workshopId);
}

/** A participant who has voted stays: removing them would change results the room has seen. */
export function removeParticipant(db: Database, id: string, clock: Clock): Participant[] {
  const workshopId = workshopOfRow(db, 'participants', id);
  const voted = db
    .prepare<[string], { title: string }>(
      `SELECT DISTINCT s.title FROM votes v JOIN voting_sessions s ON s.id = v.session_id WHERE v.participant_id = ? ORDER BY s.title`,
    )
    .all(id)
    .map((row) => `“${row.title}”`);
  if (voted.length > 0) {
    throw new InvalidChangeError(apiRefusalWords()('facilitation.hasVoted', { sessions: voted.join(', ') }));
  }
  db.transaction(() => {
    db.prepare('DELETE FROM participants WHERE id = ?').run(id);
    touchWorkshop(db, workshopId, clock);
  })();
  return listParticipants(db, workshopId);
}
