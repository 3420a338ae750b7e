import type { Database } from 'better-sqlite3';
import type { ProjectorSnapshot } from '../../../shared/api/projector-contract';
import { DEFAULT_PRESENTATION, type PresentationState } from '../../../shared/facilitation/presentation';
import { definedOnly } from '../../../shared/util/defined-only';
import { getMapMeta, listMaps } from '../map-repository';
import { InvalidChangeError } from '../store-errors';
import { getWorkshop } from '../workshop-repository';
import { listAgenda } from './agenda-repository';
import { listParticipants } from './participant-repository';
import { getTimer } from './timer-repository';
import { getVotingSession, getVotingSessionDetail } from './voting-repository';
import { apiRefusalWords } from '../../../shared/i18n/refusals';

/**
 * What the projector shows. The facilitator's screen writes it; the projector window polls
 * `projectorSnapshot` twice a second and loads the map again only when its revision moves on.
 */
type PresentationRow = { map_id: string | null; results_session_id: string | null; view: PresentationState['view'] };

export function getPresentation(db: Database, workshopId: string): PresentationState {
  getWorkshop(db, workshopId);
  const row = db
    .prepare<[string], PresentationRow>('SELECT map_id, results_session_id, view FROM presentation_states WHERE workshop_id = ?')
    .get(workshopId);
  return row ? { mapId: row.map_id, resultsSessionId: row.results_session_id, view: row.view } : DEFAULT_PRESENTATION;
}

export function updatePresentation(db: Database, workshopId: string, patch: Partial<PresentationState>): PresentationState {
  const next = { ...getPresentation(db, workshopId), ...definedOnly(patch) };
  if (next.mapId !== null && getMapMeta(db, next.mapId).workshopId !== workshopId) {
    throw new InvalidChangeError(apiRefusalWords()('map.otherWorkshop'));
  }
  if (next.resultsSessionId !== null) {
    const session = getVotingSession(db, next.resultsSessionId);
    if (session.workshopId !== workshopId) throw new InvalidChangeError(apiRefusalWords()('vote.otherWorkshop'));
    if (session.status !== 'revealed') throw new InvalidChangeError(apiRefusalWords()('vote.revealFirst'));
  }
  db.prepare(
    `INSERT INTO presentation_states (workshop_id, map_id, results_session_id, view) VALUES (?, ?, ?, ?)
     ON CONFLICT (workshop_id) DO UPDATE SET map_id = excluded.map_id, results_session_id = excluded.results_session_id,
       view = excluded.view`,
  ).run(workshopId, next.mapId, next.resultsSessionId, next.view);
  return next;
}

export function projectorSnapshot(db: Database, workshopId: string): ProjectorSnapshot {
  const workshop = getWorkshop(db, workshopId);
  const presentation = getPresentation(db, workshopId);
  const maps = listMaps(db, workshopId);
  const map = maps.find((candidate) => candidate.id === presentation.mapId) ?? maps[0] ?? null;
  const current = listAgenda(db, workshopId).find((item) => item.isCurrent);
  const results = presentation.resultsSessionId ? getVotingSessionDetail(db, presentation.resultsSessionId) : null;
  return {
    workshopTitle: workshop.title,
    presentation,
    map,
    timer: getTimer(db, workshopId),
    currentActivity: current ? { id: current.id, title: current.title, plannedMinutes: current.plannedMinutes } : null,
    results: results?.session.status === 'revealed' ? results : null,
    participants: listParticipants(db, workshopId),
  };
}
