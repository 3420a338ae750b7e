import type { AgendaItem } from '../../../shared/facilitation/agenda';
import type { ParkingLotItem } from '../../../shared/facilitation/parking-lot';
import type { Participant } from '../../../shared/facilitation/participant';
import type { TimerState } from '../../../shared/facilitation/timer';
import { VotingSetupSchema, type Vote, type VotingSession } from '../../../shared/facilitation/voting';
import { MapNodeSchema } from '../../../shared/model/map-node';
import type { NoteColor } from '../../../shared/model/colors';

/** Row shapes of the facilitation tables as SQLite returns them, and their domain types. */
export type ParticipantRow = { id: string; workshop_id: string; position: number; name: string; initials: string; color: string };

export type AgendaItemRow = {
  id: string;
  workshop_id: string;
  position: number;
  title: string;
  planned_minutes: number;
  actual_seconds: number;
  is_current: number;
  notes: string;
};

export type TimerRow = {
  workshop_id: string;
  duration_ms: number;
  status: TimerState['status'];
  running_since_ms: number | null;
  elapsed_before_ms: number;
  agenda_item_id: string | null;
};

export type VotingSessionRow = {
  id: string;
  workshop_id: string;
  map_id: string;
  title: string;
  target_kinds: string;
  votes_per_participant: number;
  max_votes_per_item: number;
  visibility: VotingSession['visibility'];
  mode: VotingSession['mode'];
  status: VotingSession['status'];
  created_at: string;
  closed_at: string | null;
  revealed_at: string | null;
};

export type VoteRow = { id: string; workshop_id: string; session_id: string; participant_id: string | null; node_id: string; cast_at: string };

export type ParkingLotRow = {
  id: string;
  workshop_id: string;
  position: number;
  text: string;
  color: NoteColor;
  note: string | null;
  from_map_id: string | null;
  created_at: string;
};

export function toParticipant(row: ParticipantRow): Participant {
  return { id: row.id, workshopId: row.workshop_id, name: row.name, initials: row.initials, color: row.color };
}

export function toAgendaItem(row: AgendaItemRow): AgendaItem {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    title: row.title,
    plannedMinutes: row.planned_minutes,
    actualSeconds: row.actual_seconds,
    isCurrent: row.is_current === 1,
    notes: row.notes,
  };
}

export function toTimer(row: TimerRow): TimerState {
  return {
    durationMs: row.duration_ms,
    status: row.status,
    runningSinceMs: row.running_since_ms,
    elapsedBeforeMs: row.elapsed_before_ms,
    agendaItemId: row.agenda_item_id,
  };
}

export function toVotingSession(row: VotingSessionRow): VotingSession {
  const setup = VotingSetupSchema.parse({
    title: row.title,
    targetKinds: JSON.parse(row.target_kinds) as unknown,
    votesPerParticipant: row.votes_per_participant,
    maxVotesPerItem: row.max_votes_per_item,
    visibility: row.visibility,
    mode: row.mode,
  });
  return {
    ...setup,
    id: row.id,
    workshopId: row.workshop_id,
    mapId: row.map_id,
    status: row.status,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    revealedAt: row.revealed_at,
  };
}

export function toVote(row: VoteRow): Vote {
  return { id: row.id, sessionId: row.session_id, participantId: row.participant_id, nodeId: row.node_id, castAt: row.cast_at };
}

export function toParkingLotItem(row: ParkingLotRow): ParkingLotItem {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    text: row.text,
    color: row.color,
    note: row.note === null ? null : MapNodeSchema.parse(JSON.parse(row.note)),
    fromMapId: row.from_map_id,
    createdAt: row.created_at,
  };
}
